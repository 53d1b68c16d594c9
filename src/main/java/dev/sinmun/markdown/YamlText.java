package dev.sinmun.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sinmun.YamlMistake;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small facts about YAML source text that error messages need. */
final class YamlText {

    private YamlText() {
    }

    /** The 1-based line of a top-level {@code key:} within {@code yaml}, or 0 when it is absent. */
    static int lineOf(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(yaml);
        return m.find() ? 1 + (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count() : 0;
    }

    /** The parser's complaint on one line, without the source excerpt and caret it spreads over several. */
    static String oneLine(JsonProcessingException e) {
        return e.getOriginalMessage().lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining(": "));
    }

    /**
     * The 1-based line of the mistake, or 0 when the parser does not say: where an unclosed quote, bracket or key
     * began (SnakeYAML's context), else where the parser stopped.
     */
    static int line(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && YamlMistake.line(marked) > 0) {
            return YamlMistake.line(marked);
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
