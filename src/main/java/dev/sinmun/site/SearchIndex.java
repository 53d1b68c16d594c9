package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The search index as a build makes it: whole in a full build, or, when an update changed a few articles, by
 * rewriting only the shards that held or now hold their words. Remembers which shards hold each article's words.
 */
final class SearchIndex {

    private final SearchIndexWriter writer = new SearchIndexWriter();
    private final SiteRenderer.Update update;
    private final Map<String, Integer> ids = new HashMap<>();
    private final SearchShards shards;
    private final List<Changed> changed = new ArrayList<>();
    private final Map<String, String> docFiles = new TreeMap<>();
    private Background<Boolean> finished;

    private record Changed(int id, Map<String, Map<String, Integer>> weights, Set<String> shards) {
    }

    /**
     * {@code newest}: every article, newest first (its place is its document number); {@code update} null for a
     * full build, else the shard lists it starts from.
     */
    SearchIndex(List<Article> newest, SiteRenderer.Update update) {
        this.update = update;
        for (int i = 0; update != null && i < newest.size(); i++) {
            if (update.changed(newest.get(i))) {
                ids.put(newest.get(i).path(), i);
            }
        }
        shards = update == null ? SearchShards.empty() : update.shards();
    }

    /** An article's search document with its tokens' weights, ready to {@link #add}. */
    record Doc(String path, SearchDoc doc, WeightedTokens weights) {
    }

    /**
     * Works out what {@link #add} needs of an article rendered in this build; null when this build leaves its
     * entry as it is. Safe to call from any thread.
     */
    Doc prepare(Article article, Supplier<SearchDoc> doc) {
        if (update != null && !update.changed(article)) {
            return null;
        }
        SearchDoc searchDoc = doc.get();
        return new Doc(article.path(), searchDoc, SearchIndexWriter.weights(searchDoc));
    }

    /** Indexes a {@link #prepare prepared} article (in a full build every one, newest first); null is skipped. */
    void add(Doc prepared, OutputDir out) {
        if (prepared == null) {
            return;
        }
        String path = prepared.path();
        SearchDoc doc = prepared.doc();
        WeightedTokens weights = prepared.weights();
        if (update == null) {
            SearchIndexWriter.Added added = writer.add(doc, weights, shards::id);
            if (added.file() != null) {
                out.write(SearchIndexWriter.docPath(added.id()), added.file());
            }
            shards.put(path, pack(added.shards()));
            return;
        }
        Map<String, Map<String, Integer>> byShard = SearchIndexWriter.byShard(weights);
        Set<String> touched = new TreeSet<>(byShard.keySet());
        for (int old : unpack(shards.of(path))) {
            touched.add(shards.name(old));
        }
        changed.add(new Changed(ids.get(path), byShard, touched));
        String file = SearchIndexWriter.docPath(ids.get(path));
        String before = docFiles.containsKey(file) ? docFiles.get(file) : previous(out, file);
        docFiles.put(file, writer.patchDoc(file, before, ids.get(path), doc));
        shards.put(path, pack(byShard.keySet().stream().mapToInt(shards::id).sorted().toArray()));
    }

    /**
     * In a full build, once every article is added: starts writing the shards and {@code meta.json} to {@code out}
     * from a thread of their own, each as it is made; {@link #finish} waits for them. Nothing may be added after.
     */
    void finishInBackground(OutputDir out) {
        if (update == null && finished == null) {
            finished = Background.start("sinmun-search-index", () -> {
                writer.finish(out::write);
                return true;
            });
        }
    }

    /**
     * Writes the shards and {@code meta.json} (full build), or the shards whose postings the changed articles changed
     * (update: each shard they held or now hold is read and patched on {@code pool}'s threads).
     */
    void finish(OutputDir out, RenderPool pool) {
        if (update == null) {
            if (finished != null) {
                finished.get();
            } else {
                writer.finish(out::write);
            }
            return;
        }
        Map<String, List<Changed>> byShard = new TreeMap<>();
        for (Changed c : changed) {
            c.shards().forEach(shard -> byShard.computeIfAbsent(shard, k -> new ArrayList<>()).add(c));
        }
        docFiles.forEach(out::write);
        pool.forEach(List.copyOf(byShard.entrySet()), shard -> patched(out, shard.getKey(), shard.getValue()),
                shard -> {
                    if (shard.after() == null && shard.before() != null) {
                        out.delete(shard.path());
                    } else if (shard.after() != null && !Arrays.equals(shard.after(), shard.before())) {
                        out.write(shard.path(), shard.after());
                    }
                });
    }

    private record PatchedShard(String path, byte[] before, byte[] after) {
    }

    private static PatchedShard patched(OutputDir out, String shard, List<Changed> changes) {
        byte[] before = out.previous(shard);
        byte[] after = before;
        for (Changed c : changes) {
            after = SearchShardPatch.patch(shard, after, c.id(), c.weights().getOrDefault(shard, Map.of()));
        }
        return new PatchedShard(shard, before, after);
    }

    /** Which shards hold each article's words, after this build. */
    SearchShards shards() {
        return shards;
    }

    /** Growing shard indexes as variable-length deltas: a quarter of the memory of an int array. */
    static byte[] pack(int[] sorted) {
        byte[] bytes = new byte[sorted.length * 5];
        int n = 0;
        int last = 0;
        for (int id : sorted) {
            int delta = id - last;
            last = id;
            while ((delta & ~0x7F) != 0) {
                bytes[n++] = (byte) ((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            bytes[n++] = (byte) delta;
        }
        return Arrays.copyOf(bytes, n);
    }

    static int[] unpack(byte[] packed) {
        if (packed == null) {
            return new int[0];
        }
        List<Integer> ids = new ArrayList<>();
        VarIntReader deltas = new VarIntReader(packed);
        int last = 0;
        while (deltas.hasNext()) {
            last += deltas.next();
            ids.add(last);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String previous(OutputDir out, String shard) {
        byte[] bytes = out.previous(shard);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
