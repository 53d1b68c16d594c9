package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offline search index under {@code search/}: the tokens of titles, bodies and tag names, split into shards
 * by their first characters ({@code s/<hex>.json}: token → postings), and one small file per article
 * ({@code d/<n>.json}: title, URL, dates, and the opening of the body for the snippet). A query downloads only
 * the shards of its words and the files of the results it shows.
 *
 * <p>A posting is one integer: {@code (doc − previous doc) × 16 + weight}, weight 1–15 (title and names count
 * five times a body mention).
 */
final class SearchIndexWriter {

    /** The body text kept for the snippet, in characters: the opening, about what a result shows. */
    static final int TEXT_LIMIT = 240;

    private final ObjectMapper json = new ObjectMapper();

    /** The files to write, site-relative path → content, for docs in rank order of ties (newest first). */
    Map<String, String> write(List<SearchDoc> docs) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Postings> postings = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc doc = docs.get(id);
            Map<String, Integer> weights = new HashMap<>();
            SearchTokens.of(doc.title()).forEach(t -> weights.merge(t, 5, Integer::sum));
            doc.names().forEach(n -> SearchTokens.of(n).forEach(t -> weights.merge(t, 5, Integer::sum)));
            SearchTokens.of(doc.text()).forEach(t -> weights.merge(t, 1, Integer::sum));
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                postings.computeIfAbsent(w.getKey(), k -> new Postings()).add(id, Math.min(15, w.getValue()));
            }
            files.put("search/d/" + id + ".json", docFile(doc));
        }
        Map<String, Map<String, Postings>> shards = new TreeMap<>();
        postings.forEach((token, list) ->
                shards.computeIfAbsent(SearchTokens.shardKey(token), k -> new TreeMap<>()).put(token, list));
        for (Map.Entry<String, Map<String, Postings>> shard : shards.entrySet()) {
            StringBuilder json = new StringBuilder("{");
            shard.getValue().forEach((token, list) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(quote(token)).append(":[");
                list.appendTo(json);
                json.append(']');
            });
            files.put("search/s/" + SearchTokens.shardFile(shard.getKey()) + ".json", json.append('}').toString());
        }
        ObjectNode meta = this.json.createObjectNode();
        meta.put("version", 1);
        meta.put("docs", docs.size());
        files.put("search/meta.json", serialize(meta));
        return files;
    }

    /** One token's postings in document order, delta-coded as they are added. */
    private static final class Postings {
        private int[] data = new int[4];
        private int size;
        private int last;

        void add(int doc, int weight) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = (doc - last) * 16 + weight;
            last = doc;
        }

        void appendTo(StringBuilder out) {
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(data[i]);
            }
        }
    }

    private String quote(String token) {
        try {
            return json.writeValueAsString(token);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String docFile(SearchDoc doc) {
        ObjectNode node = json.createObjectNode();
        node.put("t", doc.title());
        node.put("u", doc.url());
        node.put("l", doc.lang());
        node.put("de", doc.dateEn());
        node.put("dk", doc.dateKo());
        String text = doc.text() == null ? "" : doc.text();
        node.put("x", opening(text));
        return serialize(node);
    }

    /** The text up to {@link #TEXT_LIMIT} characters, cut at a space when there is one, "…" marking the cut. */
    static String opening(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int end = TEXT_LIMIT;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > TEXT_LIMIT / 2 ? space : end).stripTrailing() + "…";
    }

    private String serialize(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
