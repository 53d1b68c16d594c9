package dev.sinmun.cli;

import dev.sinmun.model.ProjectLayout;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code sinmun build} through the project's {@link BuildServer}: a build typed in a terminal is sent to the warm JVM
 * the last one left running, or, when there is none, runs as usual and then starts one for the next. Scripts and
 * CI (no terminal) run every build in a JVM of its own, as does everyone with {@code SINMUN_BUILD_SERVER=off};
 * {@code SINMUN_BUILD_SERVER=on} uses the server without a terminal too.
 */
final class BuildServerClient {

    static final String SWITCH = "SINMUN_BUILD_SERVER";
    static final String COMMAND = "build-server";

    /** Longer socket paths than this do not fit the operating system's address (108 bytes on Linux, 104 on macOS). */
    private static final int SOCKET_PATH_LIMIT = 100;

    private final List<String> args;
    private final boolean interactive;
    private final Path project;
    private final String stamp;

    /** A client sending {@code args} (paths absolute, see {@link #absolute}) to {@code project}'s server. */
    BuildServerClient(List<String> args, boolean interactive, Path project, String stamp) {
        this.args = args;
        this.interactive = interactive;
        this.project = project;
        this.stamp = stamp;
    }

    /**
     * The client for {@code args} run from {@code classPath}, or empty when they are not a build to hand over: not
     * {@code build}, a request for help, the switch off (or unset without a terminal), not run from one jar, told to
     * keep the JVM as it is, or a project whose path is too long for a socket's address.
     */
    static Optional<BuildServerClient> of(String[] args, boolean interactive, String switchValue, String classPath,
                                          List<String> jvmOptions) {
        if (args.length == 0 || !args[0].equals("build") || BatchJvm.asksForHelp(List.of(args))
                || System.getProperty(BatchJvm.PROPERTY) != null || !wanted(switchValue, interactive)) {
            return Optional.empty();
        }
        if (classPath == null || classPath.isEmpty() || classPath.contains(File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return Optional.empty();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path jar = cwd.resolve(classPath).normalize();
        List<String> absolute = absolute(List.of(args), cwd);
        Path project = BatchJvm.project(absolute);
        if (socket(project).toString().getBytes(StandardCharsets.UTF_8).length > SOCKET_PATH_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(new BuildServerClient(absolute, interactive, project,
                stamp(jar, jvmOptions)));
    }

    /** Whether the switch's value (null when unset) asks for the server. */
    static boolean wanted(String switchValue, boolean interactive) {
        if (switchValue == null || switchValue.isBlank()) {
            return interactive;
        }
        return switchValue.strip().equalsIgnoreCase("on");
    }

    /**
     * The arguments as the server, in another folder, must read them: {@code --project} and {@code --out} made
     * absolute against {@code cwd}, and {@code --project} added when missing.
     */
    static List<String> absolute(List<String> args, Path cwd) {
        List<String> result = new ArrayList<>();
        boolean project = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--project") || arg.equals("--out")) && i + 1 < args.size()) {
                project |= arg.equals("--project");
                result.add(arg);
                result.add(cwd.resolve(args.get(++i)).normalize().toString());
            } else if (arg.startsWith("--project=") || arg.startsWith("--out=")) {
                int eq = arg.indexOf('=');
                project |= arg.startsWith("--project=");
                result.add(arg.substring(0, eq + 1) + cwd.resolve(arg.substring(eq + 1)).normalize());
            } else {
                result.add(arg);
            }
        }
        if (!project) {
            result.add("--project");
            result.add(cwd.toString());
        }
        return result;
    }

    /** What a server must share with a client to run its build: the same jar (by size and time), JDK and options. */
    static String stamp(Path jar, List<String> jvmOptions) {
        StringBuilder key = new StringBuilder(jar.toString());
        try {
            key.append('|').append(Files.size(jar)).append('|').append(Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException e) {
            key.append("|?");
        }
        key.append('|').append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        jvmOptions.forEach(o -> key.append('|').append(o));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the project's server listens. */
    static Path socket(Path project) {
        return new ProjectLayout(project).buildCache().resolve("server").resolve("socket");
    }

    /**
     * Runs the build in the project's server, its output written to {@code out} and {@code err}; empty when no server
     * took it (none running, or one of another stamp, which then stops): the caller runs it itself.
     */
    OptionalInt run(PrintStream out, PrintStream err) {
        Path socket = socket(project);
        if (!Files.exists(socket)) {
            return OptionalInt.empty();
        }
        boolean started = false;
        try (SocketChannel server = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(server));
            request.writeInt(BuildServer.VERSION);
            request.writeUTF(stamp);
            request.writeBoolean(interactive);
            request.writeInt(args.size());
            for (String arg : args) {
                request.writeUTF(arg);
            }
            request.flush();
            DataInputStream frames = new DataInputStream(Channels.newInputStream(server));
            while (true) {
                byte kind = frames.readByte();
                switch (kind) {
                    case BuildServer.OUT, BuildServer.ERR -> {
                        byte[] bytes = frames.readNBytes(frames.readInt());
                        PrintStream to = kind == BuildServer.OUT ? out : err;
                        to.write(bytes, 0, bytes.length);
                        to.flush();
                        started = true;
                    }
                    case BuildServer.EXIT -> {
                        return OptionalInt.of(frames.readInt());
                    }
                    default -> {
                        return OptionalInt.empty();
                    }
                }
            }
        } catch (EOFException e) {
            if (!started) {
                return OptionalInt.empty();
            }
            err.println("sinmun: the build server stopped in the middle of the build — run the build again");
            return OptionalInt.of(ExitCode.ERROR.code());
        } catch (IOException | RuntimeException e) {
            return started ? OptionalInt.of(ExitCode.ERROR.code()) : OptionalInt.empty();
        }
    }

    /**
     * Starts the project's server for the next builds, in the background, tuned as {@code tuning} says (the batch
     * JVM's options, the user's after them); says so in one line on {@code out}. Quietly does nothing when it cannot.
     * The server runs in a session of its own where the system has {@code setsid}, so closing the terminal that
     * started it does not stop it.
     */
    void start(List<String> tuning, PrintStream out) {
        Path socket = socket(project);
        if (!Files.isDirectory(project) || BuildServer.answers(socket)) {
            return;
        }
        List<String> command = new ArrayList<>(newSession(System.getenv("PATH")));
        command.addAll(tuning);
        command.addAll(List.of(COMMAND, "--project", project.toString(), "--stamp", stamp));
        try {
            BuildServer.ownersFolder(socket.getParent());
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(socket.resolveSibling("log").toFile()))
                    .start();
            server.getOutputStream().close();
            out.printf("Started a build server for this project: the next builds reuse its warm JVM (it stops "
                    + "after %d idle minutes; %s=off turns it off).%n", BuildServer.IDLE.toMinutes(), SWITCH);
        } catch (IOException | RuntimeException e) {
            // the next build runs in a JVM of its own, as this one did
        }
    }

    /**
     * The command that runs the rest of a command line in a new session, with no terminal to hang up on it:
     * {@code setsid} from {@code searchPath} (the {@code PATH} variable's value); none when it has none.
     */
    static List<String> newSession(String searchPath) {
        if (searchPath == null) {
            return List.of();
        }
        for (String folder : searchPath.split(File.pathSeparator)) {
            try {
                Path setsid = Path.of(folder, "setsid");
                if (!folder.isEmpty() && Files.isRegularFile(setsid) && Files.isExecutable(setsid)) {
                    return List.of(setsid.toString());
                }
            } catch (InvalidPathException e) {
                // not a folder: the next one
            }
        }
        return List.of();
    }
}
