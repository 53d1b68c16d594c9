package dev.sinmun.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The raw files import merged into another article (duplicates, earlier wire editions), kept in
 * {@code content/articles/.merged-sources} — one path relative to {@code content/} per line — so that they are not
 * taken for new files on the next run. Commit it with the articles.
 */
final class MergedSources {

    static final String FILE = ".merged-sources";
    private static final String HEADER = "# Raw files that sinmun import merged into another article; it does not "
            + "import them again.\n";

    private MergedSources() {
    }

    static Set<String> read(Path articlesDir) {
        Path file = articlesDir.resolve(FILE);
        Set<String> sources = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return sources;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String source = line.strip();
                if (!source.isEmpty() && !source.startsWith("#")) {
                    sources.add(source);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code sources} to the list, sorted, written only when it changes. */
    static void add(Path articlesDir, Collection<String> sources) {
        Set<String> all = read(articlesDir);
        if (!all.addAll(sources)) {
            return;
        }
        ArchiveFiles.writeAtomically(articlesDir.resolve(FILE), HEADER + String.join("\n", all) + "\n");
    }
}
