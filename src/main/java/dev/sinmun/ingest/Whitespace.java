package dev.sinmun.ingest;

import java.util.regex.Pattern;

/** Page text whitespace: non-breaking and other odd spaces become plain spaces, invisible characters go. */
final class Whitespace {

    private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");
    private static final Pattern RUNS = Pattern.compile(" {2,}");

    private Whitespace() {
    }

    /** Odd spaces to plain spaces, invisible characters removed, ends trimmed; inner runs kept. */
    static String clean(String line) {
        return ODD_SPACE.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
    }

    /** Like {@link #clean}, and runs of spaces collapsed to one. */
    static String normalize(String line) {
        return RUNS.matcher(clean(line)).replaceAll(" ");
    }
}
