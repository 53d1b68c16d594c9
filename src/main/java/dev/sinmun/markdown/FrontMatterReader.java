package dev.sinmun.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.Source;
import dev.sinmun.model.TagEdits;
import dev.sinmun.model.TopicRef;
import dev.sinmun.model.Translation;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Reads one article file (YAML front matter + Markdown body) into an {@link Article}, naming the line of any error. */
public final class FrontMatterReader {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})");

    /** Tag names, ids and roles read so far, one copy of each for all the articles naming them. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    /** Parses {@code text}, the content of {@code file}; the slug is the file name without {@code .md}. */
    public Article read(Path file, String text) {
        return read(file, text, true);
    }

    /** As {@link #read(Path, String)}; {@code canonical}: front matter as the writer writes it skips Jackson. */
    Article read(Path file, String text, boolean canonical) {
        FrontMatterBlock.Cut cut = FrontMatterBlock.cut(text);
        if (cut.flaw() == FrontMatterBlock.Flaw.NO_OPENING) {
            throw new SinmunException(file, 1, "no front matter",
                    "start the file with a line '---', the YAML keys (title, lang, posted, …), and another '---'");
        }
        if (cut.flaw() == FrontMatterBlock.Flaw.NO_CLOSING) {
            throw new SinmunException(file, 1, "front matter is not closed",
                    "add a line '---' after the last front-matter key");
        }
        String yaml = cut.block().orElseThrow().yaml();
        String body = cut.block().orElseThrow().body();
        JsonNode tree = canonical ? CanonicalFrontMatter.read(yaml, shared) : null;
        Fields fields = new Fields(file, yaml, tree != null ? tree : parse(file, yaml));

        String name = file.getFileName().toString();
        String slug = name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
        return new Article(
                slug,
                fields.requiredText("title", "add e.g. title: The headline"),
                fields.lang(),
                fields.timestamp("posted", true),
                fields.timestamp("updated", false),
                fields.text("byline"),
                fields.source(),
                fields.translations(),
                fields.people(),
                fields.topics(),
                fields.named("organizations"),
                fields.named("places"),
                fields.text("summary"),
                fields.words(body),
                body,
                new TagEdits(fields.tagKeys("pinned_tags"), fields.tagKeys("removed_tags")));
    }

    private static JsonNode parse(Path file, String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || !node.isObject()) {
                throw new SinmunException(file, 2, "front matter is not a set of 'key: value' lines",
                        "write one key per line, e.g. title: The headline");
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = YamlText.line(e) == 0 ? 0 : YamlText.line(e) + FrontMatterBlock.FIRST_YAML_LINE - 1;
            throw new SinmunException(Problem.of(file, line, "front matter is not valid YAML: " + YamlText.oneLine(e),
                    "fix the YAML syntax (quote values that contain ': ' or start with a special character)"), e);
        }
    }

    /** The front matter's fields, with the line of each key for messages. */
    private record Fields(Path file, String yaml, JsonNode root) {

        private SinmunException error(String key, String message, String hint) {
            return new SinmunException(file, lineOf(key), message, hint);
        }

        private int lineOf(String key) {
            int line = YamlText.lineOf(yaml, key);
            return line == 0 ? 1 : line + FrontMatterBlock.FIRST_YAML_LINE - 1;
        }

        String text(String key) {
            return scalar(root.get(key), key);
        }

        private String scalar(JsonNode node, String key) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isValueNode()) {
                throw error(key, "front matter key '" + key + "' must be a single value", "write it as " + key + ": value");
            }
            String value = node.asText().strip();
            return value.isEmpty() ? null : value;
        }

        String requiredText(String key, String hint) {
            String value = text(key);
            if (value == null) {
                throw error(key, "front matter key '" + key + "' is missing", hint);
            }
            return value;
        }

        Lang lang() {
            String code = requiredText("lang", "add lang: en or lang: ko");
            return Lang.fromCode(code).orElseThrow(() -> error("lang",
                    "front matter key 'lang' is \"" + code + "\"", "use en or ko"));
        }

        OffsetDateTime timestamp(String key, boolean required) {
            String value = required ? requiredText(key, "add e.g. " + key + ": 2020-09-14T07:34:00+09:00") : text(key);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                if (ISO_SHAPE.matcher(value).matches()) {
                    throw error(key, "front matter key '" + key + "' is not a real date and time: \"" + value + "\"",
                            "check the day, month and time (there is no 2019-11-31 or 24:30)");
                }
                throw error(key, "front matter key '" + key + "' is not a date with a time zone: \"" + value + "\"",
                        "use ISO-8601 with offset, e.g. 2020-09-14T07:34:00+09:00");
            }
        }

        Source source() {
            JsonNode source = object("source");
            if (source == null) {
                return new Source(new BilingualName(null, null), null, null);
            }
            JsonNode name = source.get("name");
            BilingualName outlet = name != null && name.isObject()
                    ? new BilingualName(scalar(name.get("en"), "source"), scalar(name.get("ko"), "source"))
                    : new BilingualName(scalar(name, "source"), null);
            return new Source(outlet, scalar(source.get("url"), "source"), scalar(source.get("file"), "source"));
        }

        List<Translation> translations() {
            JsonNode map = object("translations");
            List<Translation> out = new ArrayList<>();
            if (map == null) {
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Lang lang = Lang.fromCode(entry.getKey()).orElseThrow(() -> error("translations",
                        "translation language \"" + entry.getKey() + "\" is not supported", "use en or ko"));
                JsonNode value = entry.getValue();
                String url = value != null && value.isObject() ? scalar(value.get("url"), "translations") : null;
                out.add(new Translation(lang, url));
            }
            return out;
        }

        List<PersonRef> people() {
            List<PersonRef> out = new ArrayList<>();
            for (JsonNode p : list("people")) {
                out.add(new PersonRef(id(p, "people"), scalar(p.get("en"), "people"), scalar(p.get("ko"), "people"),
                        scalar(p.get("role"), "people")));
            }
            return out;
        }

        List<TopicRef> topics() {
            List<TopicRef> out = new ArrayList<>();
            for (JsonNode t : list("topics")) {
                out.add(new TopicRef(id(t, "topics"), scalar(t.get("en"), "topics"), scalar(t.get("ko"), "topics")));
            }
            return out;
        }

        List<NamedRef> named(String key) {
            List<NamedRef> out = new ArrayList<>();
            for (JsonNode n : list(key)) {
                out.add(new NamedRef(id(n, key), scalar(n.get("en"), key), scalar(n.get("ko"), key)));
            }
            return out;
        }

        /** A list of {@code <kind>/<id>} strings such as {@code pinned_tags: [people/kim-min-ji]}. */
        List<String> tagKeys(String key) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : list(key)) {
                String value = n.isValueNode() ? n.asText().strip() : "";
                int slash = value.indexOf('/');
                if (slash <= 0 || slash == value.length() - 1
                        || !TagEdits.KINDS.contains(value.substring(0, slash))) {
                    throw error(key, "'" + key + "' holds \"" + (n.isValueNode() ? value : n.toString())
                                    + "\", not a tag",
                            "write each tag as <kind>/<id>, kind one of people, topics, organizations, places "
                                    + "(e.g. people/kim-min-ji)");
                }
                out.add(value);
            }
            return out;
        }

        int words(String body) {
            JsonNode words = root.get("words");
            if (words != null && words.canConvertToInt()) {
                return words.asInt();
            }
            return WordCount.of(body);
        }

        private String id(JsonNode entry, String key) {
            String id = entry.isObject() ? scalar(entry.get("id"), key) : null;
            if (id == null) {
                throw error(key, "an entry of '" + key + "' has no id",
                        "write each entry as {id: some-id, en: English name, ko: 한국어 이름}");
            }
            return id;
        }

        private JsonNode object(String key) {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw error(key, "front matter key '" + key + "' must be a map", "see the front matter schema in README.md");
            }
            return node;
        }

        private List<JsonNode> list(String key) {
            JsonNode node = root.get(key);
            List<JsonNode> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                throw error(key, "front matter key '" + key + "' must be a list",
                        "write one '- {id: …, en: …, ko: …}' line per entry");
            }
            node.forEach(out::add);
            return out;
        }
    }
}
