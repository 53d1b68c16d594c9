package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.render.RenderedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The output directory of one build, never the same file twice: either emptied once and written file by file, or
 * (an incremental build) kept, with the new files held until {@link #commit} writes those whose bytes changed.
 */
final class OutputDir {

    private final Path root;
    private final Set<String> written = new HashSet<>();
    private final ProgressListener onPage;
    private final Map<String, byte[]> pending;
    private final Set<String> deleted = new TreeSet<>();
    private int pages;

    private OutputDir(Path root, ProgressListener onPage, Map<String, byte[]> pending) {
        this.root = root;
        this.onPage = onPage;
        this.pending = pending;
    }

    /** The existing output at {@code root}, to update: nothing on disk changes until {@link #commit}. */
    static OutputDir update(Path root, ProgressListener onPage) {
        return new OutputDir(root.toAbsolutePath().normalize(), onPage, new LinkedHashMap<>());
    }

    /**
     * Writes the files an updating build produced whose bytes differ from those on disk (each replaced in one
     * rename) and deletes the files it removed; returns how many files changed.
     */
    int commit() {
        int changed = 0;
        for (Map.Entry<String, byte[]> file : pending.entrySet()) {
            Path target = root.resolve(file.getKey());
            try {
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".sinmun-tmp");
                Files.write(temp, file.getValue());
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed++;
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
        for (String file : deleted) {
            try {
                changed += Files.deleteIfExists(root.resolve(file)) ? 1 : 0;
            } catch (IOException e) {
                throw cannotWrite(root.resolve(file), e);
            }
        }
        pending.clear();
        return changed;
    }

    /** Removes a file an updating build no longer produces. */
    void delete(String file) {
        if (written.contains(file)) {
            throw new IllegalArgumentException("deleting a file this build wrote: " + file);
        }
        deleted.add(file);
    }

    /** The current bytes of a file in the output, as the previous build left it (null if there is none). */
    byte[] previous(String file) {
        try {
            Path path = root.resolve(file);
            return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        } catch (IOException e) {
            throw new SinmunException(Problem.of(root.resolve(file), "cannot read: " + e,
                    "check the permissions of the output directory, or run a full build with --full"), e);
        }
    }

    /** Creates {@code root} or deletes everything inside it; refuses a directory that holds the project's inputs. */
    static OutputDir clean(Path root, ProjectLayout layout) {
        return clean(root, layout, ProgressListener.NONE);
    }

    /** As {@link #clean(Path, ProjectLayout)}; {@code onPage} hears the count of HTML pages written. */
    static OutputDir clean(Path root, ProjectLayout layout, ProgressListener onPage) {
        Path dir = root.toAbsolutePath().normalize();
        refuseInputs(dir, layout);
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    List<Path> stale = walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
                    for (Path p : stale) {
                        Files.delete(p);
                    }
                }
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new SinmunException(Problem.of(dir, "cannot clean the output directory: " + e.getMessage(),
                    "check its permissions, or choose another output directory"), e);
        }
        return new OutputDir(dir, onPage, null);
    }

    /** Throws when {@code dir} holds one of the project's inputs or lies inside one: it must never be emptied. */
    static void refuseInputs(Path dir, ProjectLayout layout) {
        Path abs = dir.toAbsolutePath().normalize();
        for (Path input : List.of(layout.content(), layout.site(), layout.templates())) {
            if (input.startsWith(abs) || abs.startsWith(input)) {
                throw new SinmunException(Problem.of(abs, "refusing to empty the output directory: it holds "
                        + layout.relative(input) + " or lies inside it",
                        "choose an output directory outside content/, site/ and templates/, e.g. target/site"));
            }
        }
    }

    Path root() {
        return root;
    }

    void write(RenderedPage page) {
        write(page.file(), page.content());
        if (page.file().endsWith(".html")) {
            onPage.progress(++pages, 0);
        }
    }

    void write(String file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String file, byte[] content) {
        Path target = claim(file);
        if (pending != null) {
            pending.put(file, content);
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    void copy(Path source, String file) {
        if (pending != null) {
            throw new IllegalStateException("an updating build copies no static files: " + file);
        }
        Path target = claim(file);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    boolean contains(String file) {
        return written.contains(file);
    }

    int pages() {
        return pages;
    }

    int files() {
        return written.size();
    }

    private static SinmunException cannotWrite(Path target, IOException e) {
        return new SinmunException(Problem.of(target, "cannot write: " + e, "check free space and permissions"), e);
    }

    private Path claim(String file) {
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output file outside the output directory: " + file);
        }
        if (!written.add(file)) {
            throw new SinmunException(Problem.of(target, "two outputs want the same file " + file,
                    "remove the static file of that name, or rename the page that collides"));
        }
        return target;
    }
}
