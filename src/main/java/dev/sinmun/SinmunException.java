package dev.sinmun;

import java.nio.file.Path;

/** The one error type of every stage: it carries the {@link Problem} the CLI prints. */
public class SinmunException extends RuntimeException {

    private final Problem problem;

    public SinmunException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public SinmunException(Problem problem, Throwable cause) {
        super(problem.format(), cause);
        this.problem = problem;
    }

    public SinmunException(Path file, int line, String message, String hint) {
        this(Problem.of(file, line, message, hint));
    }

    public Problem problem() {
        return problem;
    }
}
