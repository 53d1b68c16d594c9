package dev.sinmun.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code content/articles/} already holds: which slugs are taken and which raw file each article
 * was imported from. Tolerates broken files (their slug still counts as taken).
 */
final class ArchiveIndex {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final Set<String> slugs = new HashSet<>();
    private final Map<String, Path> bySource = new HashMap<>();

    static ArchiveIndex scan(Path articlesDir) {
        ArchiveIndex index = new ArchiveIndex();
        for (Path file : ArchiveFiles.list(articlesDir, ".md")) {
            index.slugs.add(slugOf(file));
            sourceFileOf(file).ifPresent(source -> index.bySource.put(source, file));
        }
        return index;
    }

    static String slugOf(Path markdownFile) {
        return markdownFile.getFileName().toString().replaceFirst("\\.md$", "");
    }

    boolean contains(String sourceFile) {
        return bySource.containsKey(sourceFile);
    }

    Optional<Path> articleFor(String sourceFile) {
        return Optional.ofNullable(bySource.get(sourceFile));
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

    void forget(Path article) {
        bySource.values().remove(article);
    }

    private static Optional<String> sourceFileOf(Path file) {
        try {
            Optional<FrontMatterBlock> block = FrontMatterBlock.of(Files.readString(file));
            if (block.isEmpty()) {
                return Optional.empty();
            }
            JsonNode source = YAML.readTree(block.get().yaml()).path("source").path("file");
            return source.isTextual() ? Optional.of(source.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
