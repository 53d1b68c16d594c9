package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TopicRef;
import dev.sinmun.model.Translation;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes an article as Markdown with YAML front matter, keys in a fixed order, so that the same
 * article always gives the same bytes. The schema is the one in the README.
 */
public final class FrontMatterWriter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** The whole file: front matter between {@code ---} lines, a blank line, the body. */
    public String write(Article article) {
        StringBuilder out = new StringBuilder("---\n");
        key(out, "title", YamlScalar.block(article.title()));
        key(out, "lang", article.lang().code());
        key(out, "posted", timestamp(article.posted()));
        key(out, "updated", timestamp(article.updated()));
        key(out, "byline", YamlScalar.block(article.byline()));
        key(out, "source", flowMap(
                "name", flowMap("en", YamlScalar.flow(article.source().name().en()),
                        "ko", YamlScalar.flow(article.source().name().ko())),
                "url", YamlScalar.flow(article.source().url()),
                "file", YamlScalar.flow(article.source().file())));
        key(out, "translations", translations(article.translations()));
        list(out, "people", article.people().stream().map(FrontMatterWriter::person).toList());
        list(out, "topics", article.topics().stream().map(FrontMatterWriter::topic).toList());
        list(out, "organizations", article.organizations().stream().map(FrontMatterWriter::named).toList());
        list(out, "places", article.places().stream().map(FrontMatterWriter::named).toList());
        if (!article.tagEdits().pinned().isEmpty()) {
            key(out, "pinned_tags", flowList(article.tagEdits().pinned()));
        }
        if (!article.tagEdits().removed().isEmpty()) {
            key(out, "removed_tags", flowList(article.tagEdits().removed()));
        }
        key(out, "summary", YamlScalar.block(article.summary()));
        key(out, "words", Integer.toString(article.words()));
        out.append("---\n\n").append(article.body());
        if (!article.body().endsWith("\n")) {
            out.append('\n');
        }
        return out.toString();
    }

    /** One tag list ({@code people}, {@code topics}, {@code organizations} or {@code places}) as this writer writes it. */
    String tagList(String kind, Article article) {
        StringBuilder out = new StringBuilder();
        switch (kind) {
            case "people" -> list(out, kind, article.people().stream().map(FrontMatterWriter::person).toList());
            case "topics" -> list(out, kind, article.topics().stream().map(FrontMatterWriter::topic).toList());
            case "organizations" -> list(out, kind, article.organizations().stream().map(FrontMatterWriter::named)
                    .toList());
            case "places" -> list(out, kind, article.places().stream().map(FrontMatterWriter::named).toList());
            default -> throw new IllegalArgumentException("not a tag list: " + kind);
        }
        return out.toString();
    }

    private static String flowList(List<String> values) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        values.forEach(v -> list.add(YamlScalar.flow(v)));
        return list.toString();
    }

    private static void key(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    private static void list(StringBuilder out, String key, List<String> items) {
        if (items.isEmpty()) {
            key(out, key, "[]");
            return;
        }
        out.append(key).append(":\n");
        for (String item : items) {
            out.append("  - ").append(item).append('\n');
        }
    }

    private static String timestamp(OffsetDateTime time) {
        return time == null ? "null" : TIMESTAMP.format(time);
    }

    private static String translations(List<Translation> translations) {
        StringJoiner map = new StringJoiner(", ", "{", "}");
        translations.stream()
                .sorted(Comparator.comparing(Translation::lang))
                .forEach(t -> map.add(t.lang().code() + ": " + flowMap("url", YamlScalar.flow(t.url()))));
        return map.toString();
    }

    private static String person(PersonRef p) {
        return flowMap("id", YamlScalar.flow(p.id()), "en", YamlScalar.flow(p.en()),
                "ko", YamlScalar.flow(p.ko()), "role", YamlScalar.flow(p.role()));
    }

    private static String topic(TopicRef t) {
        return flowMap("id", YamlScalar.flow(t.id()), "en", YamlScalar.flow(t.en()), "ko", YamlScalar.flow(t.ko()));
    }

    private static String named(NamedRef n) {
        return flowMap("id", YamlScalar.flow(n.id()), "en", YamlScalar.flow(n.en()), "ko", YamlScalar.flow(n.ko()));
    }

    /** {@code {k1: v1, k2: v2}} from alternating keys and already-written values. */
    private static String flowMap(String... keysAndValues) {
        StringJoiner map = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.add(keysAndValues[i] + ": " + keysAndValues[i + 1]);
        }
        return map.toString();
    }
}
