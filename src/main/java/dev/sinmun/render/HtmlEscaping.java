package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * The templates' auto-escaping: the five characters that are markup in HTML text and attribute values, each as
 * Pebble's own {@code html} strategy writes it (unbescape's {@code escapeHtml4Xml}), without that library's tables
 * of named entities, which a JVM builds when it first escapes (a twentieth of the CPU of a one-page build).
 */
final class HtmlEscaping implements EscapingStrategy {

    @Override
    public String escape(String input) {
        int i = 0;
        while (i < input.length() && replacement(input.charAt(i)) == null) {
            i++;
        }
        if (i == input.length()) {
            return input;
        }
        StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, i);
        for (; i < input.length(); i++) {
            char c = input.charAt(i);
            String escaped = replacement(c);
            if (escaped == null) {
                out.append(c);
            } else {
                out.append(escaped);
            }
        }
        return out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
