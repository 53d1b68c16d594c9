package dev.sinmun.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** The jar's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt tuned = BatchJvm.run(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(SinmunCommand.run(out, err, System.console() != null, args));
    }
}
