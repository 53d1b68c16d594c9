package dev.sinmun.site;

import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project's inputs as a build cache compares them, without reading them: each article file's size and
 * modification time, a digest of the registry's files, and one digest of everything else (Sinmun's own code, the
 * site config, templates and static files).
 */
final class InputScan {

    private InputScan() {
    }

    /** The inputs of a build, given its article files' stamps ({@link #articles}). */
    static BuildCache.Inputs of(ProjectLayout layout, SiteConfig config, Map<String, BuildCache.FileStamp> articles) {
        String code = code();
        StringBuilder environment = new StringBuilder("config ").append(config).append('\n');
        environment.append("code ").append(code).append('\n');
        for (Path dir : List.of(layout.templates(), layout.site())) {
            stamps(layout, dir, environment);
        }
        return new BuildCache.Inputs(BuildCache.digest(code), BuildCache.digest(environment.toString()),
                BuildCache.digest(stamps(layout, layout.registry(), new StringBuilder()).toString()),
                Collections.unmodifiableMap(articles));
    }

    /** Each article file (its key, see {@link #key(Path, Path)}) with its size and modification time. */
    static Map<String, BuildCache.FileStamp> articles(ProjectLayout layout) {
        Map<String, BuildCache.FileStamp> articles = new HashMap<>(1 << 14);
        Path root = layout.articles();
        int prefix = root.toString().length() + 1;
        if (Files.isDirectory(root)) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String path = file.toString();
                        if (attrs.isRegularFile() && path.endsWith(".md")
                                && !path.startsWith(".", path.lastIndexOf(File.separatorChar) + 1)) {
                            articles.put(key(path, prefix),
                                    new BuildCache.FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    /** Appends each file under {@code dir} with its size and modification time, a line each. */
    private static StringBuilder stamps(ProjectLayout layout, Path dir, StringBuilder lines) {
        for (Path file : files(dir)) {
            BuildCache.FileStamp s = stamp(file);
            lines.append(layout.relative(file)).append(' ').append(s.size()).append(' ').append(s.modified())
                    .append('\n');
        }
        return lines;
    }

    /** As {@code ArchiveFiles.list}: names starting with '.' are not articles, nor is anything below them. */
    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** An article file's key: its path under {@code content/articles/}, with '/' separators. */
    static String key(Path articles, Path file) {
        return articles.relativize(file).toString().replace('\\', '/');
    }

    /** As {@link #key(Path, Path)} for a file found under the articles folder, whose path is {@code prefix} longer. */
    private static String key(String file, int prefix) {
        String key = file.substring(prefix);
        return File.separatorChar == '/' ? key : key.replace(File.separatorChar, '/');
    }

    static BuildCache.FileStamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new BuildCache.FileStamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new BuildCache.FileStamp(-1, -1);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where Sinmun's classes come from, with the size and time of a jar: a new version means a full build. */
    private static String code() {
        CodeSource source = InputScan.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            BuildCache.FileStamp s = Files.isRegularFile(location) ? stamp(location) : new BuildCache.FileStamp(0, 0);
            return location + " " + s.size() + " " + s.modified();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
