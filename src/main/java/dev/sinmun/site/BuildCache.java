package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * What the last build into one output folder knew, kept under {@code target/sinmun-cache/}: the inputs it saw
 * ({@link Inputs}, small, read first) and the site it made ({@link Model}: every article without its body, which
 * pages show which article, which search shards hold which article). A cache that is missing, unreadable or from
 * another version is simply not used: the build is then a full one.
 */
final class BuildCache {

    private static final String INPUTS = "inputs.bin";
    private static final String MODEL = "model.bin";

    private final Path dir;

    private BuildCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of builds into {@code outDir}, in {@code cacheRoot}: one folder per output folder. */
    static BuildCache of(Path cacheRoot, Path outDir) {
        return new BuildCache(cacheRoot.resolve(digest(outDir.toAbsolutePath().normalize().toString()).substring(0, 16)));
    }

    /**
     * The inputs of a build.
     *
     * @param code        a digest of Sinmun's own code: the articles read by the same code can be used again
     * @param environment a digest of everything but the articles: code, site config, registry, templates, static files
     * @param articles    each article file (relative to {@code content/articles/}) → its size and modification time
     */
    record Inputs(String code, String environment, Map<String, FileStamp> articles) {
    }

    /** A file's size and modification time (milliseconds): changed when either differs. */
    record FileStamp(long size, long modified) {
    }

    /**
     * The site a build made.
     *
     * @param articles article file (as in {@link Inputs#articles()}) → the article, without its body
     * @param graph    which pages and search shards show which article
     */
    record Model(Map<String, Article> articles, SiteGraph graph) {
    }

    Optional<Inputs> inputs() {
        return read(INPUTS, BuildCacheFormat::readInputs);
    }

    Optional<Model> model() {
        return read(MODEL, BuildCacheFormat::readModel);
    }

    /** Saves both; the model first, so inputs on disk never describe a model that is not there. */
    void save(Inputs inputs, Model model) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(INPUTS));
            write(MODEL, out -> BuildCacheFormat.writeModel(out, model));
            write(INPUTS, out -> BuildCacheFormat.writeInputs(out, inputs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir, e);
        }
    }

    /** Forgets the last build, so the next one is a full one. */
    void clear() {
        try {
            Files.deleteIfExists(dir.resolve(INPUTS));
            Files.deleteIfExists(dir.resolve(MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the build cache in " + dir, e);
        }
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private <T> Optional<T> read(String name, Reader<T> reader) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return Optional.of(reader.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(String name, Writer writer) throws IOException {
        Path temp = dir.resolve(name + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                1 << 16))) {
            writer.write(out);
        }
        StagedOutput.move(temp, dir.resolve(name));
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
