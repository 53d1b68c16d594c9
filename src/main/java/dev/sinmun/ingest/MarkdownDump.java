package dev.sinmun.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved as Markdown by html2text or pandoc: links as "[text](address)", images as "![alt](address)", bold
 * names, a "# " headline, paragraphs wrapped at a width and hard line breaks ("…,\" or two trailing spaces). Its
 * paragraphs are joined and its marks taken off, so that it reads as the page's visible text.
 */
final class MarkdownDump {

    /** A link or an image to a web address, a mail address or an anchor: what a Markdown writer makes of links. */
    private static final Pattern ADDRESSED = Pattern.compile("\\]\\((?:https?://|mailto:|#)[^)\\s]*\\)");
    /** How many addressed links show that the text was written as Markdown. */
    private static final int MIN_LINKS = 2;
    /** At least one line in this many is blank in Markdown, which sets its blocks apart by blank lines. */
    private static final int MIN_BLANK_SHARE = 5;
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)?[^<>\\s@]+(?:@[^<>\\s]+)?)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?$");
    private static final Pattern SETEXT_RULE = Pattern.compile("^\\s{0,3}(?:=+|-+)\\s*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile(
            "^\\s{0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(?:[*+-]\\s|\\d{1,3}[.)]\\s|>|#|\\|)");

    private MarkdownDump() {
    }

    /**
     * Whether the lines were written as Markdown: links to addresses in the "[text](address)" form, and blocks set
     * apart by blank lines (a copy with a paragraph a line keeps its lines: a link pasted into it is no sign).
     */
    static boolean isDump(String[] lines) {
        int links = 0;
        int blank = 0;
        for (String line : lines) {
            Matcher m = ADDRESSED.matcher(line);
            while (m.find()) {
                links++;
            }
            blank += line.isBlank() ? 1 : 0;
        }
        return links >= MIN_LINKS && blank * MIN_BLANK_SHARE >= lines.length;
    }

    /**
     * The lines as visible text: each paragraph joined onto its first line (the lines it took left empty, so that
     * every line keeps its number), links as their text, an image as its alt text unless the caption under it repeats
     * it, without emphasis, escapes, heading marks and rules.
     */
    static String[] plain(String[] lines) {
        String[] joined = new String[lines.length];
        int paragraph = -1;
        boolean brokenHere = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            joined[i] = "";
            if (line.isBlank() || THEMATIC_BREAK.matcher(line).matches()) {
                paragraph = -1;
                continue;
            }
            if (paragraph >= 0 && SETEXT_RULE.matcher(line).matches()) {
                paragraph = -1;
                continue;
            }
            boolean hardBreak = line.endsWith("\\") || line.endsWith("  ");
            String text = line.endsWith("\\") ? line.substring(0, line.length() - 1) : line;
            if (paragraph >= 0 && !brokenHere && !BLOCK_START.matcher(line).lookingAt()) {
                joined[paragraph] = joined[paragraph].stripTrailing() + " " + text.strip();
            } else {
                joined[i] = text.stripTrailing();
                paragraph = HEADING.matcher(line).matches() ? -1 : i;
            }
            brokenHere = hardBreak;
        }
        for (int i = 0; i < joined.length; i++) {
            joined[i] = inline(joined[i], nextText(joined, i));
        }
        return joined;
    }

    private static String nextText(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return lines[j];
            }
        }
        return "";
    }

    private static String inline(String line, String next) {
        if (line.isEmpty()) {
            return line;
        }
        Matcher heading = HEADING.matcher(line);
        String text = heading.matches() ? heading.group(1) : line;
        Matcher image = IMAGE.matcher(text);
        if (image.matches() && (image.group(1).isBlank() || plainText(image.group(1)).equals(plainText(next)))) {
            return "";
        }
        text = IMAGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = AUTOLINK.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1).replaceFirst("^mailto:", "")));
        return plainText(text);
    }

    private static String plainText(String text) {
        String plain = STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        plain = EMPHASIS.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return ESCAPE.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1))).strip();
    }
}
