package dev.sinmun.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sinmun.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code content/articles/} already holds: which slugs are taken, which raw file each article was imported
 * from, and the articles themselves (for duplicates, later editions and translations). Tolerates broken files:
 * their slug still counts as taken.
 */
final class ArchiveIndex {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern SOURCE_FILE_LINE = Pattern.compile("(?m)^source:.*?\\bfile:\\s*(\"?)([^\"},\\n]+)\\1");

    /** One Markdown file of the archive and its article (null when the file cannot be read). */
    record Entry(Path file, Article article) {
    }

    private final Set<String> slugs = new HashSet<>();
    private final Map<String, Path> bySource = new HashMap<>();
    private final Map<Path, Entry> entries = new HashMap<>();
    private final List<Path> order = new ArrayList<>();
    private final Set<String> merged = new HashSet<>();

    static ArchiveIndex scan(Path articlesDir) {
        ArchiveIndex index = new ArchiveIndex();
        FrontMatterReader reader = new FrontMatterReader();
        for (Path file : ArchiveFiles.list(articlesDir, ".md")) {
            index.slugs.add(slugOf(file));
            Article article = null;
            try {
                article = reader.read(file, ArchiveFiles.readUtf8(file, file));
            } catch (RuntimeException e) {
                // an unreadable file still holds its slug; the build reports it
                sourceFileOf(file).ifPresent(source -> index.bySource.put(source, file));
            }
            index.put(file, article);
        }
        index.merged.addAll(MergedSources.read(articlesDir));
        return index;
    }

    static String slugOf(Path markdownFile) {
        return markdownFile.getFileName().toString().replaceFirst("\\.md$", "");
    }

    /** Whether an article was imported from the raw file, or the file was merged into one. */
    boolean contains(String sourceFile) {
        return bySource.containsKey(sourceFile) || merged.contains(sourceFile);
    }

    Optional<Path> articleFor(String sourceFile) {
        return Optional.ofNullable(bySource.get(sourceFile));
    }

    /** Every readable article, in file order. */
    List<Entry> entries() {
        return order.stream().map(entries::get).filter(e -> e != null && e.article() != null).toList();
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … whichever is free; the slug is then taken. */
    String claimSlug(String base) {
        String slug = base;
        for (int n = 2; slugs.contains(slug); n++) {
            slug = base + "-" + n;
        }
        slugs.add(slug);
        return slug;
    }

    void record(String sourceFile, Path article) {
        slugs.add(slugOf(article));
        bySource.put(sourceFile, article);
    }

    /** Records what import has written (or would write) at {@code file}. */
    void put(Path file, Article article) {
        if (!entries.containsKey(file)) {
            order.add(file);
        }
        entries.put(file, new Entry(file, article));
        if (article != null && article.source() != null && article.source().file() != null) {
            bySource.values().remove(file);
            bySource.put(article.source().file(), file);
        }
    }

    /**
     * The raw file a broken article names in {@code source.file}: from its YAML when that parses, else from its
     * {@code source:} line as import writes it — so that a typo elsewhere in the front matter does not make import
     * take the raw file for a new one and create the article a second time.
     */
    private static Optional<String> sourceFileOf(Path file) {
        Optional<FrontMatterBlock> block;
        try {
            block = FrontMatterBlock.of(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (block.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode source = YAML.readTree(block.get().yaml()).path("source").path("file");
            return source.isTextual() ? Optional.of(source.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            Matcher line = SOURCE_FILE_LINE.matcher(block.get().yaml());
            return line.find() ? Optional.of(line.group(2).strip()) : Optional.empty();
        }
    }

    void forget(Path article) {
        bySource.values().remove(article);
        entries.remove(article);
        order.remove(article);
    }
}
