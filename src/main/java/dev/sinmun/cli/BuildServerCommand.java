package dev.sinmun.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sinmun build-server}: the {@link BuildServer} a build started (not for people to type; hidden from help). */
@Command(name = BuildServerClient.COMMAND, hidden = true, mixinStandardHelpOptions = true,
        description = "Runs the builds of one project in a warm JVM; started by sinmun build itself.")
final class BuildServerCommand implements Callable<Integer> {

    @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project whose builds it runs.")
    Path project;

    @Option(names = "--stamp", required = true, description = "What its clients must share with it (jar, JDK, options).")
    String stamp;

    @Override
    public Integer call() throws IOException {
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        String code = codeStamp(jar);
        new BuildServer(BuildServerClient.socket(project), stamp, BuildServer.IDLE,
                () -> !codeStamp(jar).equals(code)).serve();
        return ExitCode.OK.code();
    }

    private static String codeStamp(Path jar) {
        try {
            return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return "gone";
        }
    }
}
