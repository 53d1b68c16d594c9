package dev.sinmun.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The folder a browser's "Save page, complete" writes beside the page ({@code Title.html} and {@code Title_files/}
 * with its images, scripts, styles and framed ads saved as {@code .html}): its files belong to the page and are never
 * articles of their own.
 */
final class SavedPageFolder {

    private static final String SUFFIX = "_files";

    private SavedPageFolder() {
    }

    /** Whether {@code file} lies inside a page's saved folder below {@code root} (the page itself does not). */
    static boolean holds(Path root, Path file) {
        Path relative = root.relativize(file);
        Path dir = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            dir = dir.resolve(relative.getName(i));
            if (isPageFolder(dir)) {
                return true;
            }
        }
        return false;
    }

    /** "Title_files" beside a "Title.html" (or ".htm", ".xhtml", ".shtml", …). */
    private static boolean isPageFolder(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            return false;
        }
        String page = name.substring(0, name.length() - SUFFIX.length()) + ".";
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            return siblings.anyMatch(s -> Files.isRegularFile(s) && s.getFileName().toString().startsWith(page)
                    && s.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.[a-z]*html?"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
