package dev.sinmun;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.regex.Pattern;

/** Where a YAML syntax mistake is, for messages about any YAML file (front matter, site config, registry). */
public final class YamlMistake {

    /** SnakeYAML's contexts that begin at the mistake: a key without its colon, an unclosed quote or bracket. */
    private static final Pattern UNCLOSED = Pattern.compile("simple key|quoted scalar|flow (mapping|sequence)");

    private YamlMistake() {
    }

    /**
     * The 1-based line of the mistake, or 0 when the parser does not say: where an unclosed quote, bracket or key
     * began (SnakeYAML's context), else where the parser stopped.
     */
    public static int line(MarkedYAMLException e) {
        Mark at = e.getContextMark() != null && UNCLOSED.matcher(String.valueOf(e.getContext())).find()
                ? e.getContextMark() : e.getProblemMark();
        return at == null ? 0 : at.getLine() + 1;
    }
}
