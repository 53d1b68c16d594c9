package dev.sinmun.cli;

import dev.sinmun.markdown.ImportOutcome;
import dev.sinmun.model.Article;
import dev.sinmun.model.PersonRef;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code sinmun import --report}: one aligned row per file with what import found — outlet, title, posted, updated,
 * byline, language, paragraphs, people, warnings — so an editor can review a batch at a glance.
 */
final class ImportReport {

    private static final List<String> HEADER = List.of("file", "status", "outlet", "title", "posted", "updated",
            "byline", "lang", "paras", "people", "warnings");
    private static final int MAX_CELL = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<List<String>> rows = new ArrayList<>();

    void add(ImportOutcome outcome) {
        ImportOutcome.Found found = outcome.found();
        Article a = found == null ? null : found.article();
        List<String> warnings = new ArrayList<>();
        if (outcome.problem() != null) {
            warnings.add(outcome.problem().message());
        }
        outcome.warnings().forEach(w -> warnings.add(w.message()));
        if (outcome.note() != null) {
            warnings.add(outcome.note());
        }
        rows.add(List.of(
                outcome.input().toString().replace('\\', '/'),
                outcome.status().name().toLowerCase(java.util.Locale.ROOT),
                a == null || a.source() == null ? "-" : orDash(a.source().name().en() != null ? a.source().name().en()
                        : a.source().name().ko()),
                a == null ? "-" : a.title(),
                a == null ? "-" : date(a.posted()),
                a == null ? "-" : date(a.updated()),
                a == null ? "-" : orDash(a.byline()),
                a == null ? "-" : a.lang().code(),
                found == null ? "-" : String.valueOf(found.paragraphs()),
                a == null || a.people().isEmpty() ? "-"
                        : a.people().stream().map(PersonRef::en).collect(Collectors.joining(", ")),
                warnings.isEmpty() ? "-" : String.join("; ", warnings)));
    }

    void print(PrintWriter out) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row.stream().map(ImportReport::cut).toList());
            cells.set(0, row.get(0));
            cells.set(cells.size() - 1, row.get(row.size() - 1));
            all.add(cells);
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size() - 1; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String cut(String cell) {
        String s = cell.replaceAll("\\s+", " ");
        int used = 0;
        for (int i = 0; i < s.length(); i++) {
            used += isWide(s.charAt(i)) ? 2 : 1;
            if (used > MAX_CELL) {
                return s.substring(0, i) + "…";
            }
        }
        return s;
    }

    /** Columns a terminal gives the text: Hangul and CJK characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    private static String date(OffsetDateTime d) {
        return d == null ? "-" : d.format(WHEN);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
