package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.render.RenderedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output directory of one build, never the same file twice: either emptied once and written file by file, or
 * (an updating build) kept as it is, with each file whose bytes differ written into a staging folder until
 * {@link #commit} moves it in; an unchanged file is never rewritten. Names are claimed on the calling thread (any
 * thread may write), the files written on a {@link BackgroundWrites} thread: {@link #finishWriting} waits for them.
 */
final class OutputDir {

    private final Path root;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final ProgressListener onPage;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();
    private final Set<String> deleted = new TreeSet<>();
    /** Touched by {@link #writes} only (and by {@link #commit} once they are done), as is {@link #staged}. */
    private final Set<Path> folders = new HashSet<>();
    private final BackgroundWrites writes = new BackgroundWrites();
    private int pages;

    private OutputDir(Path root, ProgressListener onPage, Path staging) {
        this.root = root;
        this.onPage = onPage;
        this.staging = staging;
    }

    /** The existing output at {@code root}, to update: changed files wait in {@code staging} for {@link #commit}. */
    static OutputDir update(Path root, Path staging, ProgressListener onPage) {
        return new OutputDir(root.toAbsolutePath().normalize(), onPage, staging.toAbsolutePath().normalize());
    }

    /**
     * Moves the changed files of an updating build into the output (each in one rename) and deletes the files it
     * removed; with {@code removeStale} (a full build) also every file it did not write, except under the site paths
     * in {@code keep}. Returns how many files changed.
     */
    int commit(boolean removeStale, List<String> keep) {
        finishWriting();
        int changed = 0;
        try {
            for (String file : staged) {
                Path target = root.resolve(file);
                folderOf(target);
                StagedOutput.move(staging.resolve(file), target);
                changed++;
            }
            for (String file : deleted) {
                changed += Files.deleteIfExists(root.resolve(file)) ? 1 : 0;
            }
            if (removeStale) {
                changed += removeStale(keep);
            }
        } catch (IOException e) {
            throw cannotWrite(root, e);
        }
        staged.clear();
        folders.clear();
        return changed;
    }

    private int removeStale(List<String> keep) throws IOException {
        int removed = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                String file = root.relativize(p).toString().replace('\\', '/');
                if (p.equals(root) || keep.stream().anyMatch(k -> (file + "/").startsWith(k))) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    try (Stream<Path> inside = Files.list(p)) {
                        if (inside.findAny().isEmpty()) {
                            Files.delete(p);
                        }
                    }
                } else if (!written.contains(file)) {
                    Files.delete(p);
                    removed++;
                }
            }
        }
        return removed;
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
        write(page.file(), page.bytes());
        if (page.file().endsWith(".html")) {
            onPage.progress(++pages, 0);
        }
    }

    void write(String file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Claims {@code file} and writes it on the {@link BackgroundWrites} thread (a failure there is thrown by a later
     * write or by {@link #finishWriting}).
     */
    void write(String file, byte[] content) {
        Path target = claim(file);
        writes.submit(() -> {
            if (staging != null) {
                stage(file, target, content);
                return;
            }
            try {
                folderOf(target);
                Files.write(target, content);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        });
    }

    void copy(Path source, String file) {
        Path target = claim(file);
        writes.submit(() -> {
            if (staging != null) {
                try {
                    stage(file, target, Files.readAllBytes(source));
                } catch (IOException e) {
                    throw cannotWrite(source, e);
                }
                return;
            }
            try {
                folderOf(target);
                Files.copy(source, target);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        });
    }

    /** Waits until every file handed to {@link #write} or {@link #copy} is written; throws the first that failed. */
    void finishWriting() {
        writes.finish();
    }

    /** The build failed: skips the files still waiting to be written and waits for the one under way. */
    void abandonWriting() {
        writes.abandon();
    }

    /** Makes the folder of {@code file}, asking the file system once per folder (an existing one costs it an exception). */
    private void folderOf(Path file) throws IOException {
        if (folders.add(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
    }

    private void stage(String file, Path target, byte[] content) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Path next = staging.resolve(file);
            folderOf(next);
            Files.write(next, content);
            staged.add(file);
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
