package dev.sinmun.ingest;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal browser's dump of a page ({@code lynx -dump}): each link's text after its number in brackets
 * ("[14]한국어"), an image without a text as "[IMG]", and the links' addresses listed at the end under "References".
 * The numbers, the placeholders and the list are the browser's, not the page's.
 */
final class LinkNumbers {

    private static final Pattern REFERENCES = Pattern.compile("^\\s*References\\s*$");
    /** "   1. https://…", "  15. mailto:…", "  16. javascript:void(0)", and the list's "Visible links:" / "Hidden links:" headings. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^\\s*(?:\\d{1,4}\\.\\s+[a-z][a-z\\d+.-]{1,15}:\\S*|(?:Visible|Hidden) links:)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\[(\\d{1,4})](?=\\S)");
    /** A line of numbered links only ("[12]기사 듣기 [13]공유하기"): a row of buttons. */
    private static final Pattern LINK_ROW = Pattern.compile("^\\s*\\[\\d{1,4}][^\\[]+(?:\\[\\d{1,4}][^\\[]+)+$");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\s*\\[\\d{1,4}]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:IMG|INLINE|LINK|BUTTON|EMBED|iframe)]\\s?");
    /** Numbered links a dump without its list shows at least, each number above the one before. */
    private static final int MIN_NUMBERS = 5;

    private LinkNumbers() {
    }

    /** Whether the lines are a terminal browser's dump: a list of references at the end, or numbered links. */
    static boolean isDump(String[] lines) {
        return references(lines) >= 0 || numbered(lines);
    }

    /** The lines above a dump's list of references, all of them when there is none. */
    static String[] withoutReferences(String[] lines) {
        int references = references(lines);
        return references < 0 ? lines : Arrays.copyOf(lines, references);
    }

    /**
     * The lines without a dump's link numbers and placeholders; a line that held only those is empty, and a line of
     * links only keeps them apart as a row of buttons ("기사 듣기 | 공유하기").
     */
    static String[] withoutNumbers(String[] lines) {
        String[] stripped = lines.clone();
        for (int i = 0; i < stripped.length; i++) {
            String numbered = stripped[i];
            String unnumbered = LINK_ROW.matcher(numbered).matches()
                    ? ROW_NUMBER.matcher(NUMBER.matcher(numbered.strip()).replaceFirst("")).replaceAll(" | ")
                    : NUMBER.matcher(numbered).replaceAll("");
            String line = PLACEHOLDER.matcher(unnumbered).replaceAll("");
            stripped[i] = line.isBlank() ? "" : line;
        }
        return stripped;
    }

    /** The index of the "References" line heading the list of addresses that ends the dump, or -1. */
    private static int references(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (REFERENCES.matcher(lines[i]).matches()) {
                boolean listed = false;
                for (int j = i + 1; j < lines.length; j++) {
                    if (!lines[j].isBlank() && !REFERENCE.matcher(lines[j]).matches()) {
                        return -1;
                    }
                    listed |= !lines[j].isBlank();
                }
                return listed ? i : -1;
            }
        }
        return -1;
    }

    /** Whether the lines carry link numbers counting up from the top, as a dump whose list was cut off does. */
    private static boolean numbered(String[] lines) {
        int count = 0;
        int last = 0;
        for (String line : lines) {
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n <= last) {
                    return false;
                }
                last = n;
                count++;
            }
        }
        return count >= MIN_NUMBERS;
    }
}
