package dev.sinmun.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes one paragraph of plain text so that CommonMark (flexmark, with or without tables and strikethrough)
 * renders exactly that text: inline markup characters always, block markers only at the paragraph's start,
 * {@code &} only before something that looks like an entity.
 */
public final class MarkdownEscaper {

    private static final String ALWAYS = "\\`*_[]<>|~";
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern HEADING_OR_QUOTE = Pattern.compile("^([#>+\\-=:])");

    /** The Markdown for one paragraph; line breaks inside the text become spaces. */
    public String escape(String paragraph) {
        String text = paragraph.replaceAll("[\\r\\n]+", " ").strip();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
        Matcher ordered = ORDERED_MARKER.matcher(escaped);
        if (ordered.find()) {
            return ordered.replaceFirst("$1\\\\$2");
        }
        return HEADING_OR_QUOTE.matcher(escaped).replaceFirst("\\\\$1");
    }
}
