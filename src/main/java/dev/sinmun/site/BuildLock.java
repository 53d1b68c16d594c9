package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;

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
 * One build of a project at a time, across processes ({@code sinmun serve} rebuilding while {@code sinmun build}
 * runs would otherwise delete each other's staging folder and interleave the build cache): a lock on a file held
 * while a build runs. The operating system lets go of it when the process ends, however it ends; a second build
 * waits for it, saying once who holds it.
 */
final class BuildLock implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;

    private BuildLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock on {@code file}, waiting while another build holds it; {@code onWait} hears once who does (e.g.
     * {@code process 4242, since 13:05:12}). On a file system without locks the build goes ahead unlocked.
     */
    static BuildLock acquire(Path file, Consumer<String> onWait) {
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
            return new BuildLock(channel);
        } catch (IOException e) {
            close(channel);
            throw new SinmunException(Problem.of(file, "cannot take the build lock: " + e.getMessage(),
                    "check that target/ in the project is writable"), e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new SinmunException(Problem.of(file, "stopped while waiting for another build of this project",
                    "run the build again once the other one has finished"), e);
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
