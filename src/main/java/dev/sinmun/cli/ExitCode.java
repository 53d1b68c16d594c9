package dev.sinmun.cli;

/** What {@code sinmun} tells the shell; the README lists the same table. */
public enum ExitCode {
    /** Everything was done. */
    OK(0),
    /** Nothing was done: the project, its configuration or its registry is broken. */
    ERROR(1),
    /** The command line is wrong; the usage is printed. */
    USAGE(2),
    /** Some files failed and were reported; the rest were written. */
    PARTIAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
