package dev.sinmun.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which search shard files hold each article's words: the shard names, numbered in the order they were first met,
 * and per article page path its shard numbers packed by {@link SearchIndex#pack}. A build cache keeps them; an
 * update holds only the lists of the articles it changed, and remembers what it changed so the cache can append it.
 */
final class SearchShards {

    private final List<String> names;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, byte[]> byArticle;
    private final int knownNames;
    private final Map<String, byte[]> changed = new LinkedHashMap<>();

    private SearchShards(List<String> names, Map<String, byte[]> byArticle) {
        this.names = new ArrayList<>(names);
        this.byArticle = new HashMap<>(byArticle);
        this.knownNames = names.size();
        for (int i = 0; i < this.names.size(); i++) {
            ids.put(this.names.get(i), i);
        }
    }

    /** None yet: a full build fills them. */
    static SearchShards empty() {
        return new SearchShards(List.of(), Map.of());
    }

    /** Every shard name, and the lists of some (or all) articles, as the last build left them. */
    static SearchShards of(List<String> names, Map<String, byte[]> byArticle) {
        return new SearchShards(names, byArticle);
    }

    /** The name of shard number {@code id}. */
    String name(int id) {
        return names.get(id);
    }

    /** The number of a shard, numbering it if it is new. */
    int id(String name) {
        return ids.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    /** The packed shard numbers of an article's words (null when not known). */
    byte[] of(String article) {
        return byArticle.get(article);
    }

    void put(String article, byte[] packed) {
        byArticle.put(article, packed);
        changed.put(article, packed);
    }

    /** Every shard name. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** The names numbered since these lists were read from the cache. */
    List<String> newNames() {
        return List.copyOf(names.subList(knownNames, names.size()));
    }

    /** Every article's list held. */
    Map<String, byte[]> all() {
        return byArticle;
    }

    /** The lists put since these lists were made, in the order put. */
    Map<String, byte[]> changed() {
        return changed;
    }
}
