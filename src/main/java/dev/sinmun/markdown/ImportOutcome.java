package dev.sinmun.markdown;

import dev.sinmun.Problem;
import java.nio.file.Path;

/**
 * What import did with one raw file.
 *
 * @param input   the raw file, as shown to the user
 * @param article the Markdown file written or kept (null when the import failed)
 * @param status  what happened
 * @param problem why it failed (null unless {@code status == FAILED})
 */
public record ImportOutcome(Path input, Path article, Status status, Problem problem) {

    public enum Status { CREATED, UPDATED, UNCHANGED, FAILED }

    static ImportOutcome failed(Path input, Problem problem) {
        return new ImportOutcome(input, null, Status.FAILED, problem);
    }
}
