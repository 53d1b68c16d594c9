package dev.sinmun.markdown;

import dev.sinmun.model.ProjectLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which inbox files the archive holds an article from, each with that article's file and its size and modification
 * time when it was found naming the inbox file as its source. While the article file keeps its size and time it
 * still names that source, so finding what is new in the inbox does not read every article again. Kept in
 * {@code target/sinmun-cache/imported-inbox.tsv} (one line per inbox file: source, article, size, time); a missing or
 * damaged file only means the articles are read once more.
 */
final class ImportedInbox {

    static final String FILE = "imported-inbox.tsv";

    private record Entry(String article, long size, long modified) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private boolean changed;

    private ImportedInbox(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** What the last look at the inbox of this project found. */
    static ImportedInbox read(ProjectLayout layout) {
        Path file = layout.buildCache().resolve(FILE);
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 4) {
                        entries.put(f[0], new Entry(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
                    }
                }
            } catch (IOException | NumberFormatException | UncheckedIOException e) {
                entries.clear();
            }
        }
        return new ImportedInbox(file, entries);
    }

    /**
     * Whether an article still holds {@code source} (a path relative to {@code content/}) as far as this record can
     * tell without reading articles: the article file remembered for it has the same size and time as then.
     */
    boolean holds(ProjectLayout layout, String source) {
        Entry entry = entries.get(source);
        if (entry == null) {
            return false;
        }
        Path article = layout.articles().resolve(entry.article()).normalize();
        return article.startsWith(layout.articles())
                && stamp(article).filter(s -> s.size() == entry.size() && s.modified() == entry.modified()).isPresent();
    }

    /** Notes that {@code article} was found naming {@code source} as its source. */
    void remember(ProjectLayout layout, String source, Path article) {
        String key = layout.articles().relativize(article.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (source.contains("\t") || source.contains("\n") || key.contains("\t") || key.contains("\n")) {
            return;
        }
        stamp(article).ifPresent(s -> {
            Entry entry = new Entry(key, s.size(), s.modified());
            if (!entry.equals(entries.put(source, entry))) {
                changed = true;
            }
        });
    }

    /** Writes the record if something was noted; a project whose {@code target/} cannot be written goes without. */
    void save() {
        if (!changed) {
            return;
        }
        StringBuilder text = new StringBuilder();
        entries.forEach((source, e) -> text.append(source).append('\t').append(e.article()).append('\t')
                .append(e.size()).append('\t').append(e.modified()).append('\n'));
        try {
            ArchiveFiles.writeAtomically(file, text.toString());
        } catch (UncheckedIOException e) {
            // only a shortcut: without it the next build reads the articles again
        }
        changed = false;
    }

    private record Stamp(long size, long modified) {
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? Optional.of(new Stamp(a.size(), a.lastModifiedTime().toMillis()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
