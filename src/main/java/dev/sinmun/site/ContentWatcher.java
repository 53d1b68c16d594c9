package dev.sinmun.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them (new subfolders included) with the JDK's {@link WatchService}, and
 * reports each burst of changes once, after a short quiet period, on its own thread.
 */
public final class ContentWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 150;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Set<Path> roots = new HashSet<>();
    private final Set<Path> awaited = new HashSet<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * Starts watching {@code roots}; their parent folders are watched too, for a root made (again) later.
     * {@code onChange} gets the changed paths, sorted.
     */
    public ContentWatcher(List<Path> roots, Consumer<Set<Path>> onChange) {
        this.onChange = onChange;
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                Path abs = root.toAbsolutePath().normalize();
                this.roots.add(abs);
                if (Files.isDirectory(abs)) {
                    registerTree(abs);
                }
                if (Files.isDirectory(abs.getParent()) && awaited.add(abs.getParent())) {
                    dirs.put(abs.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE), abs.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::loop, "sinmun-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                for (WatchKey key; (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    collect(key, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (awaited.contains(dir) && !roots.contains(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path).forEach(changed::add);
                } catch (IOException | UncheckedIOException e) {
                    // It went away again before we could watch it: nothing to rebuild from.
                }
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    /**
     * Watches every folder below {@code root} and returns the files already in them: in a folder that was just
     * created, files and folders made before it was watched would otherwise go unnoticed. Each folder is watched
     * before it is listed, so nothing falls between the two.
     */
    private List<Path> registerTree(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Stops watching; returns once the watcher thread has ended. */
    @Override
    public void close() {
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
