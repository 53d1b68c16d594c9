package dev.sinmun.site;

/** Hears how far a long stage (rendering, validating) has got; {@code total} is 0 when not known yet. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
