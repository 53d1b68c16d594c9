package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A text dump saved with its lines broken at a fixed width (a terminal browser's or a reader view's copy): each
 * paragraph is a run of lines, all but its last filled up to about the width. Such runs are joined back into one line;
 * so is a headline printed twice and broken over two lines each time. Widths are display columns: Hangul and other
 * wide characters take two, as in the terminal or reader view that broke the lines.
 */
final class WrappedLines {

    /** Wider lines than this are a page's own paragraphs, never broken at a width. */
    private static final int MAX_WIDTH = 100;
    private static final DateLineParser DATES = new DateLineParser();
    private static final BylineReader BYLINES = new BylineReader();
    private static final int MIN_WIDTH = 40;
    /** A broken line is filled to within this of the width: the next word did not fit. */
    private static final int SLACK = 20;
    /** A word "would not have fitted" this close to the widest line too: tools differ by a column or two. */
    private static final int FIT_SLACK = 2;
    /** How many filled lines, not ending a sentence and followed by more text, show the text was broken. */
    private static final int MIN_BROKEN = 3;

    /** Syllables that mostly close a Korean word (particles and endings), so a line ending in one ends a word. */
    private static final String WORD_ENDINGS = "을를은는의에와로고며";
    private static final String CLOSING_QUOTES = "”’\"'";
    /** The syllable most Korean sentences end in ("했다."). */
    private static final String SENTENCE_ENDING = "다";
    /** Marks that close what comes before them, so a line never starts with one unless broken inside a word. */
    private static final String CLOSING_MARKS = ".,?!)”’…";

    /** How far down a page its headline is looked for, in lines. */
    private static final int MAX_TITLE_LINE = 80;
    /** A headline's first line is at least this long: a menu's items repeated are shorter. */
    private static final int MIN_TITLE_START = 20;

    private WrappedLines() {
    }

    /**
     * The lines with a headline printed twice and broken over two lines each time ("first half" / "second half" /
     * "first half" / "second half", blank lines aside) joined into one line each time; else the lines unchanged.
     */
    static String[] joinBrokenTitle(String[] lines) {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.length, MAX_TITLE_LINE); i++) {
            if (!lines[i].isBlank()) {
                text.add(i);
            }
        }
        for (int k = 0; k + 3 < text.size(); k++) {
            String first = lines[text.get(k)].strip();
            String second = lines[text.get(k + 1)].strip();
            if (first.length() >= MIN_TITLE_START && !first.equals(second) && !SentenceEnd.endsSentence(first)
                    && first.equals(lines[text.get(k + 2)].strip()) && second.equals(lines[text.get(k + 3)].strip())) {
                String[] joined = lines.clone();
                joined[text.get(k)] = first + " " + second;
                joined[text.get(k + 2)] = first + " " + second;
                joined[text.get(k + 1)] = "";
                joined[text.get(k + 3)] = "";
                return joined;
            }
        }
        return lines;
    }

    /**
     * The lines with each broken paragraph joined onto its first line; the lines it took are left empty, so that
     * every line keeps its number. The lines unchanged when they were not broken at a width.
     */
    static String[] unwrap(String[] lines) {
        return unwrap(lines, MIN_BROKEN, false);
    }

    /**
     * The lines of a terminal browser's dump, which always breaks them at its width and between words (Hangul too),
     * with each paragraph joined.
     */
    static String[] unwrapDump(String[] lines) {
        return unwrap(lines, 1, true);
    }

    private static String[] unwrap(String[] lines, int minBroken, boolean betweenWords) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, columns(line.strip()));
        }
        if (width > MAX_WIDTH || width < MIN_WIDTH || broken(lines, width) < minBroken) {
            return lines;
        }
        boolean byCharacter = !betweenWords && isBrokenByCharacter(lines, width);
        boolean inWords = !betweenWords && breaksInsideWords(lines, width);
        String[] joined = lines.clone();
        int paragraph = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean continues = paragraph >= 0 && !line.isEmpty() && isBrokenBefore(lines[i - 1], line, width)
                    && !(byCharacter && hasRoomForSyllable(lines[i - 1].strip(), width))
                    && !isDateLine(lines[i - 1]) && !isDateLine(line) && BYLINES.read(line).isEmpty();
            if (continues) {
                String above = joined[paragraph].stripTrailing();
                String previous = lines[i - 1].strip();
                boolean inWord = !betweenWords && (startsInsideWord(previous, line)
                        || inWords && isBrokenInWord(previous, line, width));
                joined[paragraph] = above + (inWord ? "" : " ") + line;
                joined[i] = "";
            } else {
                paragraph = line.isEmpty() ? -1 : i;
            }
        }
        return joined;
    }

    /**
     * Whether the lines were broken at the width whatever the character (as terminals break Korean text): no line
     * broken inside a sentence had room left for the syllable starting the next, so a line with room ended its
     * paragraph.
     */
    private static boolean isBrokenByCharacter(String[] lines, int width) {
        boolean korean = false;
        for (int i = 0; i + 1 < lines.length; i++) {
            String next = lines[i + 1].strip();
            if (isBrokenBefore(lines[i], next, width) && !SentenceEnd.endsSentence(lines[i]) && isHangul(next.charAt(0))
                    && !isDateLine(lines[i]) && !isDateLine(next)) {
                if (hasRoomForSyllable(lines[i].strip(), width)) {
                    return false;
                }
                korean = true;
            }
        }
        return korean;
    }

    /**
     * Whether some line was plainly broken inside a word, its next starting with what only ends one, or inside a
     * number ("… 202" / "5년 …"); full lines alone do not show it, as a short text broken between words may fill
     * every line.
     */
    private static boolean breaksInsideWords(String[] lines, int width) {
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            String next = lines[i + 1].strip();
            if (isBrokenBefore(lines[i], next, width) && (startsInsideWord(line, next) || splitsNumber(line, next))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Korean text's line ends inside a number the next line goes on with ("… 202" / "5년 말까지"). */
    private static boolean splitsNumber(String line, String next) {
        return line.length() > 1 && Character.isDigit(line.charAt(line.length() - 1))
                && Character.isDigit(line.charAt(line.length() - 2)) && Character.isDigit(next.charAt(0))
                && next.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /**
     * Whether a line after a Korean one starts with the rest of a word: a closing mark ("." "," "”") or a lone
     * particle or ending ("는 …", "다.").
     */
    private static boolean startsInsideWord(String line, String next) {
        if (line.isEmpty() || !isHangul(line.charAt(line.length() - 1))) {
            return false;
        }
        if (CLOSING_MARKS.indexOf(next.charAt(0)) >= 0) {
            return true;
        }
        return (WORD_ENDINGS + SENTENCE_ENDING).indexOf(next.charAt(0)) >= 0
                && (next.length() == 1 || !Character.isLetterOrDigit(next.charAt(1)));
    }

    /**
     * Whether one more wide character (a Hangul syllable) would still have fitted on the line; each character of
     * ambiguous width (“ ” · …, wide in a Korean terminal) may have taken a column more than counted.
     */
    private static boolean hasRoomForSyllable(String line, int width) {
        long ambiguous = line.chars().filter(WrappedLines::isAmbiguous).count();
        return width - columns(line) >= 2 + Math.min(ambiguous, FIT_SLACK);
    }

    private static boolean isAmbiguous(int c) {
        return c == 0xB7 || c >= 0x2010 && c <= 0x203B || c >= 0x2190 && c <= 0x21FF || c >= 0x2460 && c <= 0x24FF
                || c >= 0x25A0 && c <= 0x26FF;
    }

    private static int broken(String[] lines, int width) {
        int count = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (isBrokenBefore(lines[i], lines[i + 1], width) && !SentenceEnd.endsSentence(lines[i])) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code line} was broken before {@code next}: it is filled to about the width, and the next line's first
     * word would not have fitted on it (a headline above a shorter date line is not broken, though long).
     */
    private static boolean isBrokenBefore(String line, String next, int width) {
        String filled = line.strip();
        String following = next.strip();
        if (following.isEmpty() || columns(filled) < width - SLACK) {
            return false;
        }
        int firstWord = following.indexOf(' ');
        return columns(filled) + 1 + columns(firstWord < 0 ? following : following.substring(0, firstWord))
                > width - FIT_SLACK;
    }

    /**
     * Whether a Korean line was broken inside a word rather than at a space, which the copy no longer shows: a line
     * with room left for one more syllable was broken at a space; a full one, most likely inside the word (most
     * syllables are not a word's last), unless it ends in a particle or ending that closes words ("을", "는", "고");
     * a quote closed without a period is followed by its particle ("듣겠다”" / "고"); a full line ending in a digit was
     * broken inside the number or before its counter ("202" / "1년", "28" / "명").
     */
    private static boolean isBrokenInWord(String line, String next, int width) {
        if (line.isEmpty() || next.isEmpty() || hasRoomForSyllable(line, width)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (Character.isDigit(last)) {
            return Character.isDigit(next.charAt(0)) || isHangul(next.charAt(0));
        }
        if (!isHangul(next.charAt(0))) {
            return false;
        }
        if (CLOSING_QUOTES.indexOf(last) >= 0) {
            return line.length() > 1 && isHangul(line.charAt(line.length() - 2));
        }
        return isHangul(last) && WORD_ENDINGS.indexOf(last) < 0;
    }

    /** The display width of a line: wide characters (Hangul, CJK, full-width forms) take two columns. */
    static int columns(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            columns += isWide(line.charAt(i)) ? 2 : 1;
        }
        return columns;
    }

    private static boolean isWide(char c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6;
    }

    private static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** A date line ("Posted on : Apr.11,2024 17:20 KST …") is a line of its own, however long; so is a byline. */
    private static boolean isDateLine(String line) {
        return DATES.isDateLine(line) || DATES.parseLoose(line).isPresent();
    }
}
