package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A text dump saved with its lines broken at a fixed width (a terminal browser's or a reader view's copy): each
 * paragraph is a run of lines, all but its last filled up to about the width. Such runs are joined back into one line;
 * so is a headline printed twice and broken over two lines each time.
 */
final class WrappedLines {

    /** Wider lines than this are a page's own paragraphs, never broken at a width. */
    private static final int MAX_WIDTH = 100;
    private static final DateLineParser DATES = new DateLineParser();
    private static final BylineReader BYLINES = new BylineReader();
    private static final int MIN_WIDTH = 50;
    /** A broken line is filled to within this of the width: the next word did not fit. */
    private static final int SLACK = 20;
    /** A word "would not have fitted" this close to the widest line too: tools differ by a column or two. */
    private static final int FIT_SLACK = 2;
    /** How many filled lines, not ending a sentence and followed by more text, show the text was broken. */
    private static final int MIN_BROKEN = 4;

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
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.strip().length());
        }
        if (width > MAX_WIDTH || width < MIN_WIDTH || broken(lines, width) < MIN_BROKEN) {
            return lines;
        }
        String[] joined = lines.clone();
        int paragraph = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean continues = paragraph >= 0 && !line.isEmpty() && isBrokenBefore(lines[i - 1], line, width)
                    && !isDateLine(lines[i - 1]) && !isDateLine(line) && BYLINES.read(line).isEmpty();
            if (continues) {
                joined[paragraph] = joined[paragraph].stripTrailing() + " " + line;
                joined[i] = "";
            } else {
                paragraph = line.isEmpty() ? -1 : i;
            }
        }
        return joined;
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
        if (following.isEmpty() || filled.length() < width - SLACK) {
            return false;
        }
        int firstWord = following.indexOf(' ');
        return filled.length() + 1 + (firstWord < 0 ? following.length() : firstWord) > width - FIT_SLACK;
    }

    /** A date line ("Posted on : Apr.11,2024 17:20 KST …") is a line of its own, however long; so is a byline. */
    private static boolean isDateLine(String line) {
        return DATES.isDateLine(line) || DATES.parseLoose(line).isPresent();
    }
}
