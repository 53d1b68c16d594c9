package dev.sinmun.cli;

import dev.sinmun.markdown.ImportOutcome;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tells the user how an import goes: on a terminal, a counter updated in place; elsewhere (CI logs),
 * one line per file written. Problems always go to the error stream, one line each.
 */
final class ImportProgress implements Consumer<ImportOutcome> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final int total;
    private final long started = System.nanoTime();
    private final Map<ImportOutcome.Status, Integer> counts = new EnumMap<>(ImportOutcome.Status.class);
    private int done;

    ImportProgress(PrintWriter out, PrintWriter err, boolean interactive, int total) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.total = total;
    }

    @Override
    public void accept(ImportOutcome outcome) {
        done++;
        counts.merge(outcome.status(), 1, Integer::sum);
        if (outcome.status() == ImportOutcome.Status.FAILED) {
            if (interactive) {
                out.print("\r\033[K");
                out.flush();
            }
            err.println(outcome.problem().format());
            err.flush();
        } else if (!interactive && outcome.status() != ImportOutcome.Status.UNCHANGED) {
            out.println(outcome.status().name().toLowerCase(Locale.ROOT) + " " + slashes(outcome.article())
                    + " ← " + slashes(outcome.input()));
        }
        if (interactive) {
            String of = total > 0 ? "/" + total : "";
            out.printf(Locale.ROOT, "\r\033[KImporting %d%s (%.0f files/s)", done, of, done / seconds());
            out.flush();
        }
    }

    int failed() {
        return counts.getOrDefault(ImportOutcome.Status.FAILED, 0);
    }

    /** e.g. {@code Imported 3 files in 0.4 s: 2 created, 1 unchanged, 0 updated, 1 failed.} */
    String summary() {
        return String.format(Locale.ROOT, "Imported %d file%s in %.1f s: %d created, %d updated, %d unchanged, %d failed.",
                done, done == 1 ? "" : "s", seconds(), count(ImportOutcome.Status.CREATED),
                count(ImportOutcome.Status.UPDATED), count(ImportOutcome.Status.UNCHANGED), failed());
    }

    void finish() {
        if (interactive && done > 0) {
            out.print("\r\033[K");
        }
        out.flush();
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
