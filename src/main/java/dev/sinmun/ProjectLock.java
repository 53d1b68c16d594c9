package dev.sinmun;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * One command that writes a project at a time, across processes: a lock on a file, held while a build, an import or
 * a re-tagging runs ({@code sinmun serve} rebuilding while {@code sinmun build} runs would delete each other's
 * staging folder; two imports of one inbox file would make two articles). The operating system lets go of it when
 * the process ends, however it ends; a second command waits for it, saying once who holds it.
 */
public final class ProjectLock implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;

    private ProjectLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock on {@code file}, waiting while another command holds it; {@code onWait} hears once who does
     * (e.g. {@code process 4242, since 13:05:12}). On a file system without locks the command goes ahead unlocked.
     */
    public static ProjectLock acquire(Path file, Consumer<String> onWait) {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            boolean told = false;
            while (!locked(channel)) {
                if (!told) {
                    onWait.accept(holder(channel));
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since "
                    + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new ProjectLock(channel);
        } catch (IOException e) {
            close(channel);
            throw new SinmunException(Problem.of(file, "cannot take the project lock: " + e.getMessage(),
                    "check that target/ in the project is writable"), e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new SinmunException(Problem.of(file, "stopped while waiting for another command on this project",
                    "run the command again once the other one has finished"), e);
        }
    }

    /** Whether this process now holds the lock; true where the file system cannot lock (nothing to wait for). */
    private static boolean locked(FileChannel channel) {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        } catch (IOException unsupported) {
            return true;
        }
    }

    /** What the holder wrote into the file, or "another process" when it has not yet. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(200);
        channel.read(bytes, 0);
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "another process" : text;
    }

    /** Lets go of the lock (closing the file releases it). */
    @Override
    public void close() {
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing releases the lock whatever the outcome; nothing to report
        }
    }
}
