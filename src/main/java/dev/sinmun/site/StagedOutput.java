package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build's output written into a fresh folder beside the real one, then swapped in by renaming: readers of the
 * output never see a half-written site, and a build that fails leaves the previous site as it was.
 */
final class StagedOutput {

    private static final String STAGING = ".building-";
    private static final String RETIRED = ".retired-";

    private final Path target;
    private final Path staging;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Prepares {@code .<name>.building-<n>} beside {@code target}, removing what an interrupted build left. */
    static StagedOutput beside(Path target, ProjectLayout layout) {
        Path out = target.toAbsolutePath().normalize();
        OutputDir.refuseInputs(out, layout);
        try {
            Files.createDirectories(out.getParent());
            for (Path leftover : leftovers(out)) {
                delete(leftover);
            }
            Path staging = out.resolveSibling("." + out.getFileName() + STAGING + System.nanoTime());
            return new StagedOutput(out, staging);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(out, "cannot prepare the output directory: " + e.getMessage(),
                    "check the permissions of its parent folder, or choose another output directory"), e);
        }
    }

    /** Where the build writes. */
    Path dir() {
        return staging;
    }

    /**
     * Swaps the finished build in. Folders listed in {@code keep} (site paths such as {@code about/sinmun/}) that
     * the build did not write are carried over from the previous output: another tool fills them.
     */
    void publish(List<String> keep) {
        Path retired = target.resolveSibling("." + target.getFileName() + RETIRED + System.nanoTime());
        try {
            for (String path : keep) {
                Path old = target.resolve(path).normalize();
                Path fresh = staging.resolve(path).normalize();
                if (Files.isDirectory(old) && !Files.exists(fresh)) {
                    Files.createDirectories(fresh.getParent());
                    move(old, fresh);
                }
            }
            if (Files.exists(target)) {
                move(target, retired);
            }
            move(staging, target);
            delete(retired);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(target, "cannot swap the new site in: " + e.getMessage(),
                    "check the permissions of the output directory; the new build is in " + staging.getFileName()), e);
        }
    }

    /** Deletes the unfinished build; the previous output is untouched. */
    void discard() {
        try {
            delete(staging);
        } catch (IOException e) {
            // Left for the next build's clean-up of leftovers.
        }
    }

    private static List<Path> leftovers(Path out) throws IOException {
        String prefix = "." + out.getFileName();
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), prefix + "{" + STAGING + ","
                + RETIRED + "}*")) {
            siblings.forEach(found::add);
        }
        return found;
    }

    /** Moves a file or folder in one rename where the file system can; a file already at {@code to} is replaced. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
