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
        if (!hasOddCharacter(line)) {
            return line.strip();
        }
        return ODD_SPACE.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * The line without the spaces, odd spaces and invisible characters at its end; the rest kept as it is, and tabs
     * too (a table row's empty last cell).
     */
    static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isSpaceOrInvisible(line.charAt(end - 1))) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    /** Like {@link #clean}, and runs of spaces collapsed to one. */
    static String normalize(String line) {
        String clean = clean(line);
        return clean.contains("  ") ? RUNS.matcher(clean).replaceAll(" ") : clean;
    }

    /** Whether {@link #ODD_SPACE} or {@link #INVISIBLE} would find something: most lines have neither. */
    private static boolean hasOddCharacter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isOdd(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOdd(char c) {
        return c < 0xA0 ? c == '\t' || c == 0x0B || c == '\f'
                : c == 0xA0 || c == 0xAD || c == 0x1680 || c >= 0x2000 && c <= 0x200B || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
    }

    private static boolean isSpaceOrInvisible(char c) {
        return c == ' ' || c != '\t' && isOdd(c);
    }
}
