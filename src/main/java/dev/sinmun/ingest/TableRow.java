package dev.sinmun.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of a table a page printed as lines: cells parted by tabs, as a saved page's table comes out, or by bars
 * ("| KB금융 | 1조6140억원 |"). Two or more rows in a row with as many cells become a Markdown table.
 *
 * @param cells the row's cells, trimmed
 */
record TableRow(List<String> cells) {

    private static final int MIN_CELLS = 2;
    /** Tabbed lines are a table from this many in a row ("입력\t…" over "수정\t…" is a page's date lines). */
    private static final int MIN_TABBED_ROWS = 3;
    private static final Pattern TABS = Pattern.compile("\\t+");
    private static final Pattern BARRED = Pattern.compile("^\\|(.+)\\|$");

    /** The paragraph as a table row, or empty when it has no tab between cells and is not "| … | … |". */
    static Optional<TableRow> of(String paragraph) {
        Matcher barred = BARRED.matcher(paragraph.strip());
        String[] cells = paragraph.contains("\t") ? TABS.split(paragraph.strip())
                : barred.matches() ? barred.group(1).split("\\|", -1) : new String[0];
        return cells.length >= MIN_CELLS ? Optional.of(new TableRow(Arrays.stream(cells).map(String::strip).toList()))
                : Optional.empty();
    }

    /**
     * Which of the page's lines are rows of a tabbed table: runs of at least {@value #MIN_TABBED_ROWS} lines with the
     * same number of tab-parted cells, at least two. Their tabs are kept; elsewhere a tab is a space.
     */
    static boolean[] tabbedRows(String[] lines) {
        boolean[] rows = new boolean[lines.length];
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && i > start && tabbedCells(lines[i]) >= MIN_CELLS
                    && tabbedCells(lines[i]) == tabbedCells(lines[start])) {
                continue;
            }
            if (i - start >= MIN_TABBED_ROWS && tabbedCells(lines[start]) >= MIN_CELLS) {
                Arrays.fill(rows, start, i, true);
            }
            start = i;
        }
        return rows;
    }

    private static int tabbedCells(String line) {
        String s = line.strip();
        return s.contains("\t") ? TABS.split(s).length : 0;
    }

    /** Whether {@code other} is a row of the same table: as many cells. */
    boolean sameTableAs(Optional<TableRow> other) {
        return other.isPresent() && other.get().cells.size() == cells.size();
    }

    /** The row in Markdown, each cell escaped. */
    String markdown(MarkdownEscaper escaper) {
        return "| " + String.join(" | ", cells.stream().map(escaper::escape).toList()) + " |";
    }
}
