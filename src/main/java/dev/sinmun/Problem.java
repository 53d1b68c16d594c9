package dev.sinmun;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with one input file, said the way a person can act on it:
 * {@code file:line: what is wrong — what to do}. A line of 0 means the whole file.
 */
public record Problem(Path file, int line, String message, String hint) {

    public Problem {
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(Path file, int line, String message, String hint) {
        return new Problem(file, line, message, hint);
    }

    public static Problem of(Path file, String message, String hint) {
        return new Problem(file, 0, message, hint);
    }

    /** The one-line form printed by the CLI. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file.toString().replace('\\', '/'));
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        out.append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(" — ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
