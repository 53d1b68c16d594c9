package dev.sinmun.site;

import java.io.IOException;
import java.nio.file.Path;

/** A second process for {@link BuildLockTest}: takes the lock on the file it is given, says so, holds it until its input ends. */
final class BuildLockHolder {

    private BuildLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (BuildLock lock = BuildLock.acquire(Path.of(args[0]), holder -> { })) {
            System.out.println("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
