package dev.sinmun.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A counter with its rate, updated in place on a terminal ({@code Rendering 120/480 pages (350 pages/s)});
 * silent when not on a terminal, so CI logs get only the lines that matter.
 */
final class Progress {

    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final boolean interactive;
    private final String verb;
    private final String unit;
    private final String units;
    private final long started = System.nanoTime();
    private long shown;
    private boolean dirty;

    /** {@code unit} and {@code units}: what is counted, one and more (e.g. "page", "pages"). */
    Progress(PrintWriter out, boolean interactive, String verb, String unit, String units) {
        this.out = out;
        this.interactive = interactive;
        this.verb = verb;
        this.unit = unit;
        this.units = units;
    }

    /** {@code done} of {@code total} (0: unknown) are done; redraws at most ten times a second. */
    void update(int done, int total) {
        long now = System.nanoTime();
        if (!interactive || (now - shown < EVERY_NANOS && done != total)) {
            return;
        }
        shown = now;
        dirty = true;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        out.printf(Locale.ROOT, "\r\033[K%s %d%s %s (%.0f %s/s)", verb, done, total > 0 ? "/" + total : "",
                (total > 0 ? total : done) == 1 ? unit : units, done / seconds, units);
        out.flush();
    }

    /** Clears the counter line, so what follows starts on a clean line. */
    void finish() {
        if (dirty) {
            out.print("\r\033[K");
            dirty = false;
        }
        out.flush();
    }
}
