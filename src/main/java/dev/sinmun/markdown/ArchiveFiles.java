package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** File-system access for the archive: sorted listings, strict UTF-8 reads, atomic writes. */
public final class ArchiveFiles {

    private ArchiveFiles() {
    }

    /** Every regular, non-hidden file below {@code dir} with the given suffix (any when empty), sorted. */
    public static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir, p))
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHidden(Path dir, Path file) {
        for (Path part : dir.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads a UTF-8 file, naming the file when it is not valid UTF-8 or cannot be read. */
    public static String readUtf8(Path file, Path shownAs) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // the lenient decoder (much the faster) marks bad input with U+FFFD; only then is the strict one needed
            return text.indexOf('\uFFFD') < 0 ? text
                    : StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SinmunException(Problem.of(shownAs, "not valid UTF-8", "re-save the file as UTF-8"), e);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(shownAs, "cannot read the file: " + e.getMessage(),
                    "check that it exists and is readable"), e);
        }
    }

    /** Writes through a temporary file in the same folder, so a reader never sees half a file. */
    public static void writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
