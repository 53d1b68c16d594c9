package dev.sinmun;

import java.io.IOException;
import java.nio.file.Path;

/** A second process for {@link ProjectLockTest}: takes the lock on the file it is given, says so, holds it until its input ends. */
final class ProjectLockHolder {

    private ProjectLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (ProjectLock lock = ProjectLock.acquire(Path.of(args[0]), holder -> { })) {
            System.out.println("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
