package dev.sinmun.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one YAML scalar: plain where every YAML 1.1 and 1.2 reader reads it back as the same string,
 * double-quoted otherwise ({@code "yes"}, {@code "007"}, {@code "a: b"}, {@code "[x]"}).
 */
final class YamlScalar {

    private static final Set<String> RESERVED = Set.of(
            "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=");
    private static final int RESERVED_LENGTH = 5;
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_:.,eE+-]*|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|\\.(inf|nan))", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

    private YamlScalar() {
    }

    /** A scalar for block context ({@code key: value} on its own line). */
    static String block(String value) {
        return value == null ? "null" : isPlainSafe(value, false) ? value : quoted(value);
    }

    /** A scalar inside a flow collection ({@code {a: value, b: value}}). */
    static String flow(String value) {
        return value == null ? "null" : isPlainSafe(value, true) ? value : quoted(value);
    }

    /** Whether {@code s} written plain reads back as itself in any YAML reader ({@code flow}: inside {@code {}} or {@code []}). */
    static boolean isPlainSafe(String s, boolean flow) {
        if (s.isEmpty() || !s.strip().equals(s)) {
            return false;
        }
        if (s.length() <= RESERVED_LENGTH && RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if ("-+.0123456789".indexOf(s.charAt(0)) >= 0 // what a number or a date starts with
                && (NUMBER_LIKE.matcher(s).matches() || DATE_LIKE.matcher(s).matches())) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\u00A0') {
                return false;
            }
            if (flow && ",[]{}?".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
