package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Who and what the archive covers: every person and topic with its articles, in a stable order. */
public final class TagIndex {

    /** Newest first; ties broken by path so the order never depends on the input order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::posted)
            .reversed()
            .thenComparing(Article::path);

    private static final Comparator<TagEntry> BY_NAME = Comparator
            .comparing((TagEntry e) -> sortKey(e.name()))
            .thenComparing(TagEntry::id);

    private final List<TagEntry> people;
    private final List<TagEntry> topics;

    private final Map<String, TagEntry> byPath = new HashMap<>();

    private TagIndex(List<TagEntry> people, List<TagEntry> topics) {
        this.people = people;
        this.topics = topics;
        people.forEach(e -> byPath.put(e.path(), e));
        topics.forEach(e -> byPath.put(e.path(), e));
    }

    public static TagIndex of(List<Article> articles) {
        List<Article> newestFirst = articles.stream().sorted(NEWEST_FIRST).toList();
        return new TagIndex(
                entries(TagEntry.PEOPLE, newestFirst, a -> a.people().stream()
                        .map(p -> new Ref(p.id(), p.name())).toList()),
                entries(TagEntry.TOPICS, newestFirst, a -> a.topics().stream()
                        .map(t -> new Ref(t.id(), t.name())).toList()));
    }

    /** Every person, sorted by English name (case-insensitive), then id. */
    public List<TagEntry> people() {
        return people;
    }

    /** Every topic, sorted by English name (case-insensitive), then id. */
    public List<TagEntry> topics() {
        return topics;
    }

    /** The entry of a kind ({@code "people"} or {@code "topics"}) and id, or null when the archive has none. */
    public TagEntry get(String kind, String id) {
        return byPath.get(kind + "/" + id + "/");
    }

    private record Ref(String id, BilingualName name) {
    }

    private static final class Builder {
        private String en;
        private String ko;
        private final Set<Article> articles = new LinkedHashSet<>();
    }

    private static List<TagEntry> entries(String kind, List<Article> newestFirst, Function<Article, List<Ref>> refs) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (Article article : newestFirst) {
            for (Ref ref : refs.apply(article)) {
                Builder b = byId.computeIfAbsent(ref.id(), id -> new Builder());
                b.articles.add(article);
                if (b.en == null) {
                    b.en = blankToNull(ref.name().en());
                }
                if (b.ko == null) {
                    b.ko = blankToNull(ref.name().ko());
                }
            }
        }
        return byId.entrySet().stream()
                .map(e -> new TagEntry(kind, e.getKey(), new BilingualName(e.getValue().en, e.getValue().ko),
                        List.copyOf(e.getValue().articles)))
                .sorted(BY_NAME)
                .toList();
    }

    private static String sortKey(BilingualName name) {
        String n = name.in(Lang.EN);
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
