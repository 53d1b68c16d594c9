package dev.sinmun.ingest;

import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Translation;
import java.util.stream.Collectors;

/** A stable, readable rendering of a {@link RawArticle} for golden files: one "key: value" line per field, then the body. */
final class RawArticleFormat {

    private RawArticleFormat() {
    }

    static String format(RawArticle a) {
        StringBuilder out = new StringBuilder();
        line(out, "title", a.title());
        line(out, "lang", a.lang());
        line(out, "posted", a.posted());
        line(out, "updated", a.updated());
        line(out, "byline", a.byline());
        line(out, "source.name.en", a.source().name().en());
        line(out, "source.name.ko", a.source().name().ko());
        line(out, "source.url", a.source().url());
        line(out, "source.file", a.source().file());
        line(out, "translations", a.translations().stream().map(RawArticleFormat::translation)
                .collect(Collectors.joining(", ", "[", "]")));
        line(out, "slug", a.slug());
        line(out, "summary", a.summary());
        line(out, "outletId", a.outletId());
        for (var warning : a.warnings()) {
            line(out, "warning", warning.format());
        }
        line(out, "paragraphs", a.paragraphs().size());
        for (int i = 0; i < a.paragraphs().size(); i++) {
            line(out, "paragraph." + (i + 1), a.paragraphs().get(i));
        }
        return out.append("---\n").append(a.body()).toString();
    }

    private static String translation(Translation t) {
        return t.lang() + (t.url() == null ? "" : " " + t.url());
    }

    private static void line(StringBuilder out, String key, Object value) {
        out.append(key).append(": ").append(value == null ? "null" : value).append('\n');
    }
}
