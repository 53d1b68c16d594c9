package dev.sinmun.cli;

import dev.sinmun.Problem;
import dev.sinmun.markdown.ImportOutcome;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tells the user how an import goes: on a terminal, a counter updated in place; elsewhere (CI logs),
 * one line per file written or merged. Problems and warnings always go to the error stream, one line each.
 */
final class ImportProgress implements Consumer<ImportOutcome> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final int total;
    private final long started = System.nanoTime();
    private final Map<ImportOutcome.Status, Integer> counts = new EnumMap<>(ImportOutcome.Status.class);
    private final boolean dryRun;
    private int done;

    ImportProgress(PrintWriter out, PrintWriter err, boolean interactive, int total) {
        this(out, err, interactive, total, false);
    }

    /** With {@code dryRun}, lines say what would be done ("would create …"). */
    ImportProgress(PrintWriter out, PrintWriter err, boolean interactive, int total, boolean dryRun) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.total = total;
        this.dryRun = dryRun;
    }

    @Override
    public void accept(ImportOutcome outcome) {
        done++;
        counts.merge(outcome.status(), 1, Integer::sum);
        if (interactive) {
            out.print("\r\033[K");
            out.flush();
        }
        if (outcome.problem() != null) {
            err.println(outcome.problem().format());
        }
        for (Problem warning : outcome.warnings()) {
            err.println("warning: " + warning.format());
        }
        err.flush();
        if (outcome.status() == ImportOutcome.Status.MERGED) {
            out.println(verb(outcome.status()) + " " + slashes(outcome.input()) + " → " + slashes(outcome.article())
                    + (outcome.note() == null ? "" : " (" + outcome.note() + ")"));
        } else if (outcome.status() == ImportOutcome.Status.CREATED || outcome.status() == ImportOutcome.Status.UPDATED) {
            if (!interactive || outcome.note() != null) {
                out.println(verb(outcome.status()) + " " + slashes(outcome.article()) + " ← "
                        + slashes(outcome.input()) + (outcome.note() == null ? "" : " (" + outcome.note() + ")"));
            }
        }
        if (interactive) {
            String of = total > 0 ? "/" + total : "";
            out.printf(Locale.ROOT, "\r\033[KImporting %d%s (%.0f files/s)", done, of, done / seconds());
            out.flush();
        }
    }

    /** Files that were not written because of a problem: failed or skipped to keep a hand edit. */
    int failed() {
        return count(ImportOutcome.Status.FAILED) + count(ImportOutcome.Status.SKIPPED);
    }

    /** e.g. {@code Imported 4 files in 0.4 s: 2 imported, 0 updated, 1 merged, 0 skipped, 1 failed (0 unchanged).} */
    String summary() {
        return String.format(Locale.ROOT, "%s %d file%s in %.1f s: %d imported, %d updated, %d merged, %d skipped, "
                        + "%d failed (%d unchanged).", dryRun ? "Dry run (nothing written): read" : "Imported", done,
                done == 1 ? "" : "s", seconds(), count(ImportOutcome.Status.CREATED),
                count(ImportOutcome.Status.UPDATED), count(ImportOutcome.Status.MERGED),
                count(ImportOutcome.Status.SKIPPED), count(ImportOutcome.Status.FAILED),
                count(ImportOutcome.Status.UNCHANGED));
    }

    void finish() {
        if (interactive && done > 0) {
            out.print("\r\033[K");
        }
        out.flush();
    }

    private String verb(ImportOutcome.Status status) {
        String verb = switch (status) {
            case CREATED -> "create";
            case UPDATED -> "update";
            default -> "merge";
        };
        return dryRun ? "would " + verb : verb + "d";
    }

    private int count(ImportOutcome.Status status) {
        return counts.getOrDefault(status, 0);
    }

    private double seconds() {
        return Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    }

    private static String slashes(Object path) {
        return String.valueOf(path).replace('\\', '/');
    }
}
