package dev.sinmun.site;

import java.time.Duration;
import java.util.Locale;

/** How long one named stage of a build took. */
public record StageTime(String name, Duration took) {

    /** e.g. {@code render articles 0.12 s}. */
    public String format() {
        return String.format(Locale.ROOT, "%s %.2f s", name, took.toNanos() / 1e9);
    }
}
