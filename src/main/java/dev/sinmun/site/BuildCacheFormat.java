package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.Source;
import dev.sinmun.model.TagEdits;
import dev.sinmun.model.TopicRef;
import dev.sinmun.model.Translation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The build cache's files, written field by field (a tenth of the size and time of Java serialization): a
 * header naming the format and its version, then the values. A file of another version reads as no cache.
 */
final class BuildCacheFormat {

    private static final String MAGIC = "sinmun-build-cache";
    private static final int VERSION = 6;

    private BuildCacheFormat() {
    }

    /** Thrown for a file written by another version of the format: the cache is then ignored. */
    static final class OtherVersion extends IOException {
        OtherVersion() {
            super("a build cache of another format version");
        }
    }

    static void writeInputs(DataOutputStream out, BuildCache.Inputs inputs) throws IOException {
        header(out);
        str(out, inputs.code());
        str(out, inputs.environment());
        str(out, inputs.registry());
        out.writeInt(inputs.articles().size());
        for (Map.Entry<String, BuildCache.FileStamp> e : inputs.articles().entrySet()) {
            str(out, e.getKey());
            out.writeLong(e.getValue().size());
            out.writeLong(e.getValue().modified());
        }
    }

    static BuildCache.Inputs readInputs(DataInputStream in) throws IOException {
        checkHeader(in);
        String code = str(in);
        String environment = str(in);
        String registry = str(in);
        int n = count(in);
        Map<String, BuildCache.FileStamp> articles = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            articles.put(str(in), new BuildCache.FileStamp(in.readLong(), in.readLong()));
        }
        return new BuildCache.Inputs(code, environment, registry, Collections.unmodifiableMap(articles));
    }

    /**
     * Writes articles by file key; with {@code header} a new file, else records to append to one: a key read again
     * later in the file replaces the article read before it, in its place.
     */
    static void writeArticles(DataOutputStream out, Map<String, Article> articles, boolean header) throws IOException {
        Map<String, Integer> said = header ? new HashMap<>() : null;
        if (header) {
            header(out);
        }
        for (Map.Entry<String, Article> e : articles.entrySet()) {
            str(out, e.getKey());
            article(out, e.getValue(), said);
        }
    }

    /**
     * Every article by file key, in the order first written, the last record of each key winning; and how many
     * records the file held.
     */
    static BuildCache.Records<Map<String, Article>> readArticles(DataInputStream in) throws IOException {
        checkHeader(in);
        Map<String, Article> articles = new LinkedHashMap<>();
        List<String> said = new ArrayList<>();
        int records = 0;
        while (in.available() > 0) {
            articles.put(str(in), article(in, said));
            records++;
        }
        return new BuildCache.Records<>(articles, records);
    }

    static void writeGraph(DataOutputStream out, SiteGraph graph) throws IOException {
        header(out);
        strings(out, graph.pages());
        indexes(out, graph.shownOn());
    }

    static SiteGraph readGraph(DataInputStream in) throws IOException {
        checkHeader(in);
        return new SiteGraph(strings(in), indexes(in));
    }

    private static final int SHARD_NAME = 0;
    private static final int SHARD_LIST = 1;

    /**
     * Writes shard names (numbered on in the order written) and articles' shard lists; with {@code header} a new
     * file, else records to append to one (a later list of an article replaces the earlier).
     */
    static void writeShards(DataOutputStream out, List<String> names, Map<String, byte[]> lists, boolean header)
            throws IOException {
        if (header) {
            header(out);
        }
        for (String name : names) {
            out.writeByte(SHARD_NAME);
            str(out, name);
        }
        for (Map.Entry<String, byte[]> e : lists.entrySet()) {
            out.writeByte(SHARD_LIST);
            str(out, e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
    }

    /**
     * Every shard name, and the lists of the articles {@code wanted} accepts (the others are skipped); and how many
     * article lists the file held.
     */
    static BuildCache.Records<SearchShards> readShards(DataInputStream in, Predicate<String> wanted)
            throws IOException {
        checkHeader(in);
        List<String> names = new ArrayList<>();
        Map<String, byte[]> lists = new HashMap<>();
        int records = 0;
        while (in.available() > 0) {
            int kind = in.readByte();
            if (kind == SHARD_NAME) {
                names.add(str(in));
            } else if (kind == SHARD_LIST) {
                records++;
                String key = str(in);
                int length = count(in);
                if (wanted.test(key)) {
                    lists.put(key, in.readNBytes(length));
                } else {
                    in.skipNBytes(length);
                }
            } else {
                throw new IOException("damaged build cache: a shard record of kind " + kind);
            }
        }
        return new BuildCache.Records<>(SearchShards.of(names, lists), records);
    }

    private static void header(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
    }

    private static void checkHeader(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
            throw new OtherVersion();
        }
    }

    /**
     * An article; the strings articles share (names, roles, bylines) go through {@code said}: written once, then as
     * their number (null: always written out, as appended records are).
     */
    private static void article(DataOutputStream out, Article a, Map<String, Integer> said) throws IOException {
        str(out, a.slug());
        str(out, a.title());
        out.writeByte(a.lang().ordinal());
        time(out, a.posted());
        time(out, a.updated());
        shared(out, a.byline(), said);
        out.writeBoolean(a.source() != null);
        if (a.source() != null) {
            out.writeBoolean(a.source().name() != null);
            if (a.source().name() != null) {
                shared(out, a.source().name().en(), said);
                shared(out, a.source().name().ko(), said);
            }
            str(out, a.source().url());
            str(out, a.source().file());
        }
        out.writeInt(a.translations().size());
        for (Translation t : a.translations()) {
            shared(out, t.lang().code(), said);
            str(out, t.url());
        }
        list(out, a.people(), p -> new String[] {p.id(), p.en(), p.ko(), p.role()}, said);
        list(out, a.topics(), t -> new String[] {t.id(), t.en(), t.ko()}, said);
        list(out, a.organizations(), o -> new String[] {o.id(), o.en(), o.ko()}, said);
        list(out, a.places(), p -> new String[] {p.id(), p.en(), p.ko()}, said);
        str(out, a.summary());
        out.writeInt(a.words());
        list(out, a.tagEdits().pinned(), p -> new String[] {p}, said);
        list(out, a.tagEdits().removed(), r -> new String[] {r}, said);
    }

    /** An article as {@link #article(DataOutputStream, Article, Map)} wrote it; {@code said}: the strings so far. */
    private static Article article(DataInputStream in, List<String> said) throws IOException {
        String slug = str(in);
        String title = str(in);
        Lang lang = Lang.values()[in.readByte()];
        OffsetDateTime posted = time(in);
        OffsetDateTime updated = time(in);
        String byline = shared(in, said);
        Source source = null;
        if (in.readBoolean()) {
            BilingualName name = in.readBoolean() ? new BilingualName(shared(in, said), shared(in, said)) : null;
            source = new Source(name, str(in), str(in));
        }
        int n = count(in);
        List<Translation> translations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            translations.add(new Translation(Lang.fromCode(shared(in, said)).orElseThrow(), str(in)));
        }
        List<PersonRef> people = list(in, 4, f -> new PersonRef(f[0], f[1], f[2], f[3]), said);
        List<TopicRef> topics = list(in, 3, f -> new TopicRef(f[0], f[1], f[2]), said);
        List<NamedRef> organizations = list(in, 3, f -> new NamedRef(f[0], f[1], f[2]), said);
        List<NamedRef> places = list(in, 3, f -> new NamedRef(f[0], f[1], f[2]), said);
        String summary = str(in);
        int words = in.readInt();
        TagEdits edits = new TagEdits(list(in, 1, f -> f[0], said), list(in, 1, f -> f[0], said));
        return new Article(slug, title, lang, posted, updated, byline, source, translations, people, topics,
                organizations, places, summary, words, null, edits);
    }

    private static <T> void list(DataOutputStream out, List<T> items, Function<T, String[]> fields,
                                 Map<String, Integer> said) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            for (String field : fields.apply(item)) {
                shared(out, field, said);
            }
        }
    }

    private static <T> List<T> list(DataInputStream in, int width, Function<String[], T> make, List<String> said)
            throws IOException {
        int n = count(in);
        List<T> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] fields = new String[width];
            for (int f = 0; f < width; f++) {
                fields[f] = shared(in, said);
            }
            items.add(make.apply(fields));
        }
        return items;
    }

    /** A string written out the first time ({@code said} then numbers it), as its number after. */
    private static void shared(DataOutputStream out, String s, Map<String, Integer> said) throws IOException {
        Integer number = s == null || said == null ? null : said.get(s);
        if (number != null) {
            out.writeInt(-2 - number);
            return;
        }
        str(out, s);
        if (s != null && said != null) {
            said.put(s, said.size());
        }
    }

    private static String shared(DataInputStream in, List<String> said) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < -1) {
            int number = -2 - length;
            if (number >= said.size()) {
                throw new IOException("damaged build cache: string " + number + " of " + said.size());
            }
            return said.get(number);
        }
        String s = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        said.add(s);
        return s;
    }

    private static void time(DataOutputStream out, OffsetDateTime time) throws IOException {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeLong(time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
            out.writeInt(time.getNano());
            out.writeInt(time.getOffset().getTotalSeconds());
        }
    }

    private static OffsetDateTime time(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        long local = in.readLong();
        int nano = in.readInt();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(local, nano, ZoneOffset.UTC), offset);
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            str(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(str(in));
        }
        return strings;
    }

    private static void indexes(DataOutputStream out, Map<String, int[]> indexes) throws IOException {
        out.writeInt(indexes.size());
        for (Map.Entry<String, int[]> e : indexes.entrySet()) {
            str(out, e.getKey());
            out.writeInt(e.getValue().length);
            for (int i : e.getValue()) {
                out.writeInt(i);
            }
        }
    }

    private static Map<String, int[]> indexes(DataInputStream in) throws IOException {
        int n = count(in);
        Map<String, int[]> indexes = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            String key = str(in);
            int[] values = new int[count(in)];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readInt();
            }
            indexes.put(key, values);
        }
        return indexes;
    }

    /** A count read back: a damaged file must not make the reader allocate gigabytes. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000_000) {
            throw new IOException("damaged build cache: a count of " + n);
        }
        return n;
    }

    /** A string of any length, or null. */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String str(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
