package dev.sinmun.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small facts about YAML source text that error messages need. */
final class YamlText {

    /** SnakeYAML's contexts that begin at the mistake: a key without its colon, an unclosed quote or bracket. */
    private static final Pattern UNCLOSED = Pattern.compile("simple key|quoted scalar|flow (mapping|sequence)");

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
        if (e.getCause() instanceof MarkedYAMLException marked) {
            Mark at = marked.getContextMark() != null && UNCLOSED.matcher(String.valueOf(marked.getContext())).find()
                    ? marked.getContextMark() : marked.getProblemMark();
            if (at != null) {
                return at.getLine() + 1;
            }
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
