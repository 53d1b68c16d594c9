package dev.sinmun.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A warm JVM that runs one project's builds, one at a time, for {@code sinmun build} run from a terminal
 * ({@link BuildServerClient}): a build in a JVM whose classes are loaded and code compiled takes a fraction of a
 * cold start. It listens on a socket file in a folder of the project's build cache only its owner may open, and stops after
 * {@link #IDLE} without a build, when it is asked with another stamp (another jar, JDK or JVM options), or when the
 * socket file goes (e.g. {@code mvn clean}).
 *
 * <p>The exchange: the client sends {@link #VERSION}, its stamp, whether it runs in a terminal and the arguments
 * (paths absolute); the server answers with frames, each a kind byte ({@link #OUT}, {@link #ERR} with a length and
 * bytes, {@link #EXIT} with the exit code, or {@link #STALE}: run the build yourself).
 */
final class BuildServer {

    static final int VERSION = 1;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte STALE = 4;
    static final Duration IDLE = Duration.ofMinutes(30);
    /** More arguments than a build takes: not a client of ours. */
    private static final int MAX_ARGS = 100;

    private final Path socket;
    private final String stamp;
    private final Duration idle;
    private final BooleanSupplier codeChanged;
    private volatile long lastUsed = System.nanoTime();
    private volatile boolean busy;

    /**
     * A server on {@code socket} for clients with {@code stamp}; it stops after {@code idle} without a build, or when
     * {@code codeChanged} says its jar was replaced.
     */
    BuildServer(Path socket, String stamp, Duration idle, BooleanSupplier codeChanged) {
        this.socket = socket;
        this.stamp = stamp;
        this.idle = idle;
        this.codeChanged = codeChanged;
    }

    /** Serves builds until it should stop; returns at once when another server already answers on the socket. */
    void serve() throws IOException {
        if (answers(socket)) {
            return;
        }
        ownersFolder(socket.getParent());
        Files.deleteIfExists(socket);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread watchdog = new Thread(() -> watch(server), "sinmun-server-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            boolean serving = true;
            while (serving) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (IOException closedByWatchdog) {
                    break;
                }
                busy = true;
                try (client) {
                    serving = handle(client);
                } catch (IOException | RuntimeException clientWentAway) {
                    // the client stopped (e.g. Ctrl-C) or sent nonsense; the next one is served as usual
                } catch (Error e) {
                    e.printStackTrace();
                    serving = false;
                } finally {
                    busy = false;
                    lastUsed = System.nanoTime();
                }
                System.gc();
            }
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    /**
     * Runs one client's build (nothing but {@code build}); false when the server should stop: the client has another
     * stamp, or the build failed outright (out of memory among the causes), after which a fresh JVM is the safe one.
     */
    private boolean handle(SocketChannel client) throws IOException {
        DataInputStream in = new DataInputStream(Channels.newInputStream(client));
        DataOutputStream frames = new DataOutputStream(Channels.newOutputStream(client));
        int version = in.readInt();
        String clientStamp = in.readUTF();
        if (version != VERSION || !clientStamp.equals(stamp)) {
            frames.writeByte(STALE);
            frames.flush();
            return false;
        }
        boolean interactive = in.readBoolean();
        int count = in.readInt();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_ARGS); i++) {
            args.add(in.readUTF());
        }
        if (count > MAX_ARGS || args.isEmpty() || !args.get(0).equals("build")) {
            frames.writeByte(STALE);
            frames.flush();
            return true;
        }
        PrintWriter out = writer(frames, OUT);
        PrintWriter err = writer(frames, ERR);
        AtomicBoolean building = new AtomicBoolean(true);
        stopIfClientLeaves(client, building);
        int exit = SinmunCommand.run(out, err, interactive, args.toArray(String[]::new));
        out.flush();
        err.flush();
        building.set(false);
        synchronized (frames) {
            frames.writeByte(EXIT);
            frames.writeInt(exit);
            frames.flush();
        }
        return exit != ExitCode.ERROR.code();
    }

    /**
     * A client stopped mid-build (Ctrl-C) stops the server with it, as it would have stopped a build in its own JVM:
     * the output folder keeps what the last finished build wrote, and the next build starts a server again. Reads
     * the channel itself: a stream over it would hold the lock the build's output needs to be written.
     */
    private static void stopIfClientLeaves(SocketChannel client, AtomicBoolean building) {
        Thread watcher = new Thread(() -> {
            try {
                client.read(ByteBuffer.allocate(1));
            } catch (IOException gone) {
                // the same as the end of the stream
            }
            if (building.get()) {
                System.err.println("sinmun build server: the client left in the middle of a build; stopping");
                Runtime.getRuntime().halt(ExitCode.ERROR.code());
            }
        }, "sinmun-server-client");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Closes the server when it has been idle too long, its socket file is gone or its jar was replaced. */
    private void watch(ServerSocketChannel server) {
        while (server.isOpen()) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                return;
            }
            boolean idleTooLong = !busy && System.nanoTime() - lastUsed > idle.toNanos();
            if (idleTooLong || (!busy && (!Files.exists(socket) || codeChanged.getAsBoolean()))) {
                try {
                    server.close();
                } catch (IOException e) {
                    return;
                }
            }
        }
    }

    /** Whether a server answers on {@code socket}. */
    static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return probe.isConnected();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Creates {@code folder} for the socket and the log, open to its owner only: nobody else may ask the server to
     * build (and so write files as its owner).
     */
    static void ownersFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system's own access rules apply
        }
    }

    /** A writer whose text reaches the client as frames of {@code kind}. */
    private static PrintWriter writer(DataOutputStream frames, byte kind) {
        OutputStream framed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (frames) {
                    frames.writeByte(kind);
                    frames.writeInt(length);
                    frames.write(bytes, offset, length);
                    frames.flush();
                }
            }
        };
        return new PrintWriter(new OutputStreamWriter(framed, StandardCharsets.UTF_8), true);
    }
}
