package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offline search index under {@code search/}: the tokens of titles, bodies and tag names, split into shards
 * by their first characters ({@code s/<hex>.json}: token → postings), and one small file per article
 * ({@code d/<n>.json}: title, URL, dates, text for the snippet). A query downloads only the shards of its
 * words and the files of the results it shows.
 *
 * <p>A posting is one integer: {@code (doc − previous doc) × 16 + weight}, weight 1–15 (title and names count
 * five times a body mention).
 */
final class SearchIndexWriter {

    /** The body text kept for snippets, in characters. */
    static final int TEXT_LIMIT = 3000;

    private final ObjectMapper json = new ObjectMapper();

    /** The files to write, site-relative path → content, for docs in rank order of ties (newest first). */
    Map<String, String> write(List<SearchDoc> docs) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Map<String, Map<Integer, Integer>>> shards = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc doc = docs.get(id);
            Map<String, Integer> weights = new HashMap<>();
            SearchTokens.of(doc.title()).forEach(t -> weights.merge(t, 5, Integer::sum));
            doc.names().forEach(n -> SearchTokens.of(n).forEach(t -> weights.merge(t, 5, Integer::sum)));
            SearchTokens.of(doc.text()).forEach(t -> weights.merge(t, 1, Integer::sum));
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                shards.computeIfAbsent(SearchTokens.shardKey(w.getKey()), k -> new TreeMap<>())
                        .computeIfAbsent(w.getKey(), k -> new TreeMap<>())
                        .put(id, Math.min(15, w.getValue()));
            }
            files.put("search/d/" + id + ".json", docFile(doc));
        }
        for (Map.Entry<String, Map<String, Map<Integer, Integer>>> shard : shards.entrySet()) {
            ObjectNode node = json.createObjectNode();
            shard.getValue().forEach((token, postings) -> {
                ArrayNode list = node.putArray(token);
                int previous = 0;
                for (Map.Entry<Integer, Integer> p : postings.entrySet()) {
                    list.add((p.getKey() - previous) * 16 + p.getValue());
                    previous = p.getKey();
                }
            });
            files.put("search/s/" + SearchTokens.shardFile(shard.getKey()) + ".json", serialize(node));
        }
        ObjectNode meta = json.createObjectNode();
        meta.put("version", 1);
        meta.put("docs", docs.size());
        files.put("search/meta.json", serialize(meta));
        return files;
    }

    private String docFile(SearchDoc doc) {
        ObjectNode node = json.createObjectNode();
        node.put("t", doc.title());
        node.put("u", doc.url());
        node.put("l", doc.lang());
        node.put("de", doc.dateEn());
        node.put("dk", doc.dateKo());
        String text = doc.text() == null ? "" : doc.text();
        node.put("x", text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text);
        return serialize(node);
    }

    private String serialize(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
