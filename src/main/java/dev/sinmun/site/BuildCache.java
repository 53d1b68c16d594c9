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
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the last build into one output folder knew, kept under {@code target/sinmun-cache/} in files read only when
 * needed: the inputs it saw ({@link Inputs}, read first), its articles without their bodies, which pages show which
 * article ({@link SiteGraph}), and which search shards hold which article's words ({@link SearchShards}). An update
 * appends what it changed to the articles and shard lists, so it neither reads nor writes the whole cache, until
 * the appended records outnumber half the articles: that update writes both files afresh, so edits never grow the
 * cache past a small multiple of what a full build writes. A cache that is missing, unreadable or from another version is simply
 * not used: the build is then a full one.
 */
final class BuildCache {

    private static final String INPUTS = "inputs.bin";
    private static final String ARTICLES = "articles.bin";
    private static final String GRAPH = "pages.bin";
    private static final String SHARDS = "shards.bin";
    /** The single file of earlier versions, removed when the cache is written. */
    private static final String OLD_MODEL = "model.bin";

    /** Records a small archive's files may hold beyond the bound, so that they are not compacted at every edit. */
    private static final int SLACK = 4;

    private final Path dir;
    /** How many records the files held when read (-1: not read), which tells when to compact them. */
    private volatile int articleRecords = -1;
    private volatile int shardRecords = -1;

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
     * @param environment a digest of everything but the articles and the registry: code, site config, templates,
     *                    static files
     * @param registry    a digest of the registry's files: pages show the names the articles' front matter holds,
     *                    so a registry edit alone changes no page (until {@code sinmun tags --retag})
     * @param articles    each article file (relative to {@code content/articles/}) → its size and modification time
     */
    record Inputs(String code, String environment, String registry, Map<String, FileStamp> articles) {
    }

    /** A file's size and modification time (milliseconds): changed when either differs. */
    record FileStamp(long size, long modified) {
    }

    /** What a cache file holds, and in how many records (an update appends records that replace earlier ones). */
    record Records<T>(T value, int records) {
    }

    Optional<Inputs> inputs() {
        return read(INPUTS, BuildCacheFormat::readInputs);
    }

    /** Each article of the last build (without its body) by file key, in the order the build read them. */
    Optional<Map<String, Article>> articles() {
        return read(ARTICLES, BuildCacheFormat::readArticles).map(read -> {
            articleRecords = read.records();
            return read.value();
        });
    }

    /** The size and modification time of the file {@link #articles} reads (-1 for both when there is none). */
    FileStamp articlesStamp() {
        return InputScan.stamp(dir.resolve(ARTICLES));
    }

    /** Which pages of the last build show which article. */
    Optional<SiteGraph> graph() {
        return read(GRAPH, BuildCacheFormat::readGraph);
    }

    /** The search shard names and the shard lists of the articles (by page path) in {@code articles}. */
    Optional<SearchShards> shards(Set<String> articles) {
        return read(SHARDS, in -> BuildCacheFormat.readShards(in, articles::contains)).map(read -> {
            shardRecords = read.records();
            return read.value();
        });
    }

    /**
     * Saves what a full build made. The inputs go last, so inputs on disk never describe other files than these:
     * a build that stops half-way leaves no inputs, and the next build is a full one.
     */
    void save(Inputs inputs, Map<String, Article> articles, SiteGraph graph, SearchShards shards) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(INPUTS));
            Files.deleteIfExists(dir.resolve(OLD_MODEL));
            write(ARTICLES, out -> BuildCacheFormat.writeArticles(out, articles, true));
            write(GRAPH, out -> BuildCacheFormat.writeGraph(out, graph));
            write(SHARDS, out -> BuildCacheFormat.writeShards(out, shards.names(), shards.all(), true));
            write(INPUTS, out -> BuildCacheFormat.writeInputs(out, inputs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir, e);
        }
    }

    /**
     * Saves what an update changed: the articles whose cached form changed ({@code changed}, over {@code before},
     * the articles {@link #articles()} read) and the shard lists it rewrote are appended (the page graph stays as it
     * was), then the new inputs written. When the files would then hold half as many records again as they need,
     * both are written afresh instead.
     */
    void saveUpdate(Inputs inputs, Map<String, Article> before, Map<String, Article> changed, SearchShards shards) {
        try {
            Files.deleteIfExists(dir.resolve(INPUTS));
            if (outgrown(articleRecords + changed.size(), before.size())
                    || outgrown(shardRecords + shards.changed().size(), before.size())) {
                if (!compact(before, changed, shards)) {
                    clear();
                    return;
                }
            } else {
                if (!changed.isEmpty()) {
                    append(ARTICLES, out -> BuildCacheFormat.writeArticles(out, changed, false));
                }
                if (!shards.changed().isEmpty() || !shards.newNames().isEmpty()) {
                    append(SHARDS, out -> BuildCacheFormat.writeShards(out, shards.newNames(), shards.changed(),
                            false));
                }
            }
            write(INPUTS, out -> BuildCacheFormat.writeInputs(out, inputs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir, e);
        }
    }

    private static boolean outgrown(int records, int articles) {
        return records > articles + articles / 2 + SLACK;
    }

    /**
     * Writes the articles and shard lists afresh, each article and list once, as a full build would; false when the
     * shard lists cannot be read again (the cache is then of no use).
     */
    private boolean compact(Map<String, Article> before, Map<String, Article> changed, SearchShards shards)
            throws IOException {
        Optional<Records<SearchShards>> all = read(SHARDS, in -> BuildCacheFormat.readShards(in, a -> true));
        if (all.isEmpty()) {
            return false;
        }
        Map<String, Article> articles = new LinkedHashMap<>(before);
        articles.putAll(changed);
        Map<String, byte[]> lists = new LinkedHashMap<>(all.get().value().all());
        lists.putAll(shards.changed());
        write(ARTICLES, out -> BuildCacheFormat.writeArticles(out, articles, true));
        write(SHARDS, out -> BuildCacheFormat.writeShards(out, shards.names(), lists, true));
        return true;
    }

    /** Remembers {@code inputs} as the last build's, the rest of the cache as it is (nothing was rendered). */
    void saveInputs(Inputs inputs) {
        try {
            write(INPUTS, out -> BuildCacheFormat.writeInputs(out, inputs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + dir, e);
        }
    }

    /** Forgets the last build, so the next one is a full one. */
    void clear() {
        try {
            for (String name : List.of(INPUTS, ARTICLES, GRAPH, SHARDS, OLD_MODEL)) {
                Files.deleteIfExists(dir.resolve(name));
            }
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

    private void append(String name, Writer writer) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                dir.resolve(name), StandardOpenOption.APPEND), 1 << 16))) {
            writer.write(out);
        }
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
