package dev.sinmun.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code sinmun} in-process, as a user would from a shell, and keeps what it printed. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SinmunCommand.run(new PrintWriter(out), new PrintWriter(err), false, args);
        return new Cli(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
