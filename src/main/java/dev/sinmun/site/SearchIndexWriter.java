package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sinmun.Problem;
import dev.sinmun.SinmunException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

/**
 * The offline search index under {@code search/}: the tokens of titles, bodies and tag names, split into shards
 * by their first characters ({@code s/<hex>.json}: token → postings), and the articles {@value #DOCS_PER_FILE} to a
 * file ({@code d/<n ÷ 16>.json}: an array of title, URL, dates, and the opening of the body for the snippet). A
 * query downloads only the shards of its words and the document files of the results it shows.
 *
 * <p>A posting is one integer: {@code (doc − previous doc) × 16 + weight}, weight 1–15 (title and names count
 * five times a body mention).
 */
final class SearchIndexWriter {

    /** The body text kept for the snippet, in characters: the opening, about what a result shows. */
    static final int TEXT_LIMIT = 240;

    /**
     * Documents per file under {@code search/d/} ({@code search.js} knows it too): a page of results fetches a few
     * small files, and the site holds a sixteenth as many files as articles there.
     */
    static final int DOCS_PER_FILE = 16;

    private final ObjectMapper json = new ObjectMapper();

    /** A title or name mention counts this many body mentions; a token's weight in a document is at most 15. */
    private static final int NAME_WEIGHT = 5;
    private static final int MAX_WEIGHT = 15;

    private final SearchTerms terms = new SearchTerms();
    private final List<ObjectNode> filling = new ArrayList<>();
    private int docs;

    /**
     * A document indexed: its number, its shards' numbers, and the content of its {@link #docPath file} when it is
     * the file's last document (else null: {@link #finish} gives the last file).
     */
    record Added(int id, String file, int[] shards) {
    }

    /** The files to write, site-relative path → content, for docs in rank order of ties (newest first). */
    Map<String, String> write(List<SearchDoc> docs) {
        Map<String, String> files = new LinkedHashMap<>();
        for (SearchDoc doc : docs) {
            Added added = add(doc, weights(doc), shard -> 0);
            if (added.file() != null) {
                files.put(docPath(added.id()), added.file());
            }
        }
        finish(files::put);
        return files;
    }

    /** The site path of the file holding document number {@code id} (from 0). */
    static String docPath(int id) {
        return "search/d/" + id / DOCS_PER_FILE + ".json";
    }

    /**
     * Indexes the next document (in rank order of ties, newest first), with its {@link #weights}: only the postings
     * are kept, not the text. {@code shardId} numbers the shard files ({@link #shardPath}), each asked once.
     */
    Added add(SearchDoc doc, WeightedTokens weights, ToIntFunction<String> shardId) {
        int id = docs++;
        int[] shards = new int[weights.size()];
        ToIntFunction<String> shardOfKey = key -> shardId.applyAsInt(shardPath(key));
        for (int i = 0; i < weights.size(); i++) {
            SearchTerms.Term term = terms.term(weights.token(i), shardOfKey);
            term.add(id, weights.weight(i));
            shards[i] = term.shard();
        }
        filling.add(docNode(doc));
        String file = filling.size() == DOCS_PER_FILE ? docFile() : null;
        return new Added(id, file, sortedDistinct(shards));
    }

    private static int[] sortedDistinct(int[] values) {
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /** Each token of a document with its weight, 1–15. */
    static WeightedTokens weights(SearchDoc doc) {
        TokenWeights weights = new TokenWeights();
        weights.add(doc.title(), NAME_WEIGHT);
        doc.names().forEach(n -> weights.add(n, NAME_WEIGHT));
        weights.add(doc.text(), 1);
        return weights.capped(MAX_WEIGHT);
    }

    /** A document's weights by the shard file (as in {@link #shardPath}) holding each token. */
    static Map<String, Map<String, Integer>> byShard(WeightedTokens weights) {
        Map<String, Map<String, Integer>> shards = new TreeMap<>();
        weights.asMap().forEach((token, weight) ->
                shards.computeIfAbsent(shardPath(SearchTokens.shardKey(token)), k -> new HashMap<>()).put(token, weight));
        return shards;
    }

    static String shardPath(String key) {
        return "search/s/" + SearchTokens.shardFile(key) + ".json";
    }

    /**
     * Hands {@code out} each shard and {@code search/meta.json} (site-relative path, content) as it is made, once every
     * document is added: one shard's text at a time, not the whole index's (~150 MB at 100,000 articles).
     */
    void finish(BiConsumer<String, String> out) {
        Map<String, Map<String, SearchTerms.Term>> shards = new TreeMap<>();
        terms.forEach(term -> shards.computeIfAbsent(term.shardKey(), k -> new TreeMap<>()).put(term.token(), term));
        for (Map.Entry<String, Map<String, SearchTerms.Term>> shard : shards.entrySet()) {
            Map<String, String> lists = new TreeMap<>();
            shard.getValue().forEach((token, term) -> lists.put(token, term.postings()));
            out.accept(shardPath(shard.getKey()), shardJson(lists));
        }
        if (!filling.isEmpty()) {
            out.accept(docPath(docs - 1), docFile());
        }
        ObjectNode meta = this.json.createObjectNode();
        meta.put("version", 1);
        meta.put("docs", docs);
        out.accept("search/meta.json", serialize(meta));
    }

    /**
     * A shard's file: each token with its postings (as {@link SearchTerms.Term#postings}), in token order. Tokens
     * are letters and digits ({@link SearchTokens}), so JSON needs no escapes in them.
     */
    private String shardJson(Map<String, String> tokens) {
        StringBuilder json = new StringBuilder("{");
        tokens.forEach((token, list) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(token).append("\":[").append(list).append(']');
        });
        return json.append('}').toString();
    }

    /** The documents added since the last file, as the content of their file. */
    private String docFile() {
        ArrayNode file = json.createArrayNode();
        file.addAll(filling);
        filling.clear();
        return serialize(file);
    }

    /**
     * The document file {@code previous} (its content, as {@link #docPath} of {@code id} held it) with document
     * {@code id} replaced by {@code doc}.
     */
    String patchDoc(String path, String previous, int id, SearchDoc doc) {
        try {
            JsonNode before = previous == null ? null : json.readTree(previous);
            int at = id % DOCS_PER_FILE;
            if (!(before instanceof ArrayNode file) || file.size() <= at) {
                throw new SinmunException(Problem.of(Path.of(path), "the search document file from the last build is "
                        + "missing or damaged", "run a full build: sinmun build --full"));
            }
            file.set(at, docNode(doc));
            return serialize(file);
        } catch (JsonProcessingException e) {
            throw new SinmunException(Problem.of(Path.of(path), "the search document file from the last build is "
                    + "damaged: " + e.getOriginalMessage(), "run a full build: sinmun build --full"));
        }
    }

    private ObjectNode docNode(SearchDoc doc) {
        ObjectNode node = json.createObjectNode();
        node.put("t", doc.title());
        node.put("u", doc.url());
        node.put("l", doc.lang());
        node.put("de", doc.dateEn());
        node.put("dk", doc.dateKo());
        String text = doc.text() == null ? "" : doc.text();
        node.put("x", opening(text));
        return node;
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

    private String serialize(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
