package dev.sinmun.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;

/** Reads {@code site/sinmun.yml}; every key is optional and its default is stated in {@link #DEFAULTS}. */
public final class SiteConfigReader {

    /** What a project without {@code site/sinmun.yml} gets. */
    public static final SiteConfig DEFAULTS = new SiteConfig(
            new BilingualName("Sinmun Archive", "신문 아카이브"),
            new BilingualName("A bilingual news archive", "한영 뉴스 아카이브"),
            "http://localhost:8000/", ZoneId.of("Asia/Seoul"), Lang.EN, false);

    private static final List<String> KEYS = List.of("title", "description", "base_url", "time_zone", "default_lang", "docs");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The file's settings, or {@link #DEFAULTS} when it does not exist. */
    public SiteConfig read(Path file, Path shownAs) {
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        return parse(ArchiveFiles.readUtf8(file, shownAs), shownAs);
    }

    public SiteConfig parse(String yaml, Path shownAs) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new SinmunException(Problem.of(shownAs, YamlText.line(e), "not valid YAML: " + YamlText.oneLine(e),
                    "fix the syntax; see the configuration keys in README.md"), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return DEFAULTS;
        }
        if (!root.isObject()) {
            throw new SinmunException(shownAs, 1, "expected 'key: value' lines", "see the configuration keys in README.md");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new SinmunException(shownAs, YamlText.lineOf(yaml, key), "unknown key '" + key + "'",
                        "the keys are " + String.join(", ", KEYS));
            }
        }
        String baseUrl = text(root, "base_url", DEFAULTS.baseUrl());
        try {
            return new SiteConfig(
                    bilingual(root, "title", DEFAULTS.title()),
                    bilingual(root, "description", DEFAULTS.description()),
                    baseUrl,
                    zone(root, yaml, shownAs),
                    lang(root, yaml, shownAs),
                    docs(root, yaml, shownAs));
        } catch (IllegalArgumentException e) {
            throw new SinmunException(shownAs, YamlText.lineOf(yaml, "base_url"), "base_url \"" + baseUrl + "\" is not an absolute URL",
                    "write it like https://user.github.io/archive/");
        }
    }

    private static boolean docs(JsonNode root, String yaml, Path shownAs) {
        JsonNode node = root.get("docs");
        if (node == null || node.isNull()) {
            return DEFAULTS.docs();
        }
        if (!node.isBoolean()) {
            throw new SinmunException(shownAs, YamlText.lineOf(yaml, "docs"), "docs must be true or false",
                    "write docs: true when mvn site publishes this project's documentation with the archive");
        }
        return node.booleanValue();
    }

    private static BilingualName bilingual(JsonNode root, String key, BilingualName fallback) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isValueNode()) {
            return new BilingualName(node.asText(), node.asText());
        }
        return new BilingualName(text(node, "en", fallback.en()), text(node, "ko", fallback.ko()));
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText().strip();
    }

    private static ZoneId zone(JsonNode root, String yaml, Path shownAs) {
        String zone = text(root, "time_zone", DEFAULTS.timeZone().getId());
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new SinmunException(shownAs, YamlText.lineOf(yaml, "time_zone"), "unknown time zone \"" + zone + "\"",
                    "use a zone id such as Asia/Seoul or an offset such as +09:00");
        }
    }

    private static Lang lang(JsonNode root, String yaml, Path shownAs) {
        String code = text(root, "default_lang", DEFAULTS.defaultLang().code());
        return Lang.fromCode(code).orElseThrow(() -> new SinmunException(shownAs, YamlText.lineOf(yaml, "default_lang"),
                "default_lang \"" + code + "\" is not supported", "use en or ko"));
    }

}
