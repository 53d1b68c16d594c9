package dev.sinmun.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A Sinmun project in a temporary folder, with raw files written by the test. */
record TestProject(Path root) {

    static TestProject in(Path dir) {
        try {
            Files.createDirectories(dir.resolve("content/inbox"));
            Files.createDirectories(dir.resolve("content/registry"));
            return new TestProject(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path inbox(String name, String text) {
        return write("content/inbox/" + name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article ({@code .md} file) below {@code content/articles/}, relative to it, sorted. */
    List<String> articles() {
        Path dir = root.resolve("content/articles");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Cli sinmun(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = root.toString();
        return Cli.run(all);
    }

    /** A text dump in the English edition's format, with the given title, date line and body. */
    static String englishDump(String title, String posted, String body, String email) {
        return "Go to contents\n\n" + title + "\n\n" + title + "\n\n" + posted + "\n\n한국어\n\n" + body + "\n\n\n" + email;
    }

    /** Copies a folder with everything in it (this repository's content/, site/, templates/ into a test project). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
