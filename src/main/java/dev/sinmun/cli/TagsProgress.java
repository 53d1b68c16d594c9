package dev.sinmun.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A counter for long runs over the archive: updated in place on a terminal; elsewhere (CI logs) one line per
 * thousand articles.
 */
final class TagsProgress implements IntConsumer {

    private final PrintWriter out;
    private final boolean interactive;
    private final String verb;
    private final int total;
    private boolean shown;

    TagsProgress(PrintWriter out, boolean interactive, String verb, int total) {
        this.out = out;
        this.interactive = interactive;
        this.verb = verb;
        this.total = total;
    }

    @Override
    public void accept(int done) {
        if (interactive && (done % 50 == 0 || done == total)) {
            out.printf(Locale.ROOT, "\r\033[K%s %d/%d", verb, done, total);
            out.flush();
            shown = true;
        } else if (!interactive && done % 1000 == 0 && done < total) {
            out.printf(Locale.ROOT, "%s %d/%d%n", verb, done, total);
        }
    }

    /** Clears the in-place counter before the results are printed. */
    void finish() {
        if (shown) {
            out.print("\r\033[K");
            out.flush();
        }
    }
}
