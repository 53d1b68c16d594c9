package dev.sinmun.ingest;

/**
 * A text dump saved with its lines broken at a fixed width (a terminal browser's or a reader view's copy): each
 * paragraph is a run of lines, all but its last filled up to about the width. Such runs are joined back into one line.
 */
final class WrappedLines {

    /** Wider lines than this are a page's own paragraphs, never broken at a width. */
    private static final int MAX_WIDTH = 100;
    private static final int MIN_WIDTH = 50;
    /** A broken line is filled to within this of the width: the next word did not fit. */
    private static final int SLACK = 20;
    /** How many filled lines, not ending a sentence and followed by more text, show the text was broken. */
    private static final int MIN_BROKEN = 4;

    private WrappedLines() {
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
            boolean continues = paragraph >= 0 && !line.isEmpty() && isFilled(lines[i - 1], width);
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
            if (isFilled(lines[i], width) && !SentenceEnd.endsSentence(lines[i]) && !lines[i + 1].isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static boolean isFilled(String line, int width) {
        return line.strip().length() >= width - SLACK;
    }
}
