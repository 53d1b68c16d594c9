package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who and what the archive covers: every person, topic, organization and place with its articles,
 * in a stable order, plus what is mentioned together.
 */
public final class TagIndex {

    /** Newest first; ties broken by path so the order never depends on the input order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::posted)
            .reversed()
            .thenComparing(Article::path);

    private static final Comparator<TagEntry> BY_NAME = Comparator
            .comparing((TagEntry e) -> sortKey(e.name()))
            .thenComparing(TagEntry::id);

    /** How far along a tag's timeline, each way, {@link #related} looks for candidates. */
    public static final int RELATED_WINDOW = 50;

    private final Map<String, List<TagEntry>> byKind;
    private final Map<String, TagEntry> byPath = new HashMap<>();

    /** Each indexed article's entries, by kind in {@link TagEntry#KINDS} order: {@link #in} is asked per card. */
    private final Map<Article, List<List<TagEntry>>> entriesOf = new IdentityHashMap<>();

    private TagIndex(Map<String, List<TagEntry>> byKind, List<Article> articles) {
        this.byKind = byKind;
        byKind.values().forEach(list -> list.forEach(e -> byPath.put(e.path(), e)));
        for (Article a : articles) {
            entriesOf.put(a, TagEntry.KINDS.stream().map(kind -> find(a, kind)).toList());
        }
    }

    public static TagIndex of(List<Article> articles) {
        List<Article> newestFirst = articles.stream().sorted(NEWEST_FIRST).toList();
        Map<String, List<TagEntry>> byKind = new LinkedHashMap<>();
        for (String kind : TagEntry.KINDS) {
            byKind.put(kind, entries(kind, newestFirst, a -> refs(kind, a)));
        }
        return new TagIndex(byKind, newestFirst);
    }

    /** Every person, sorted by English name (case-insensitive), then id. */
    public List<TagEntry> people() {
        return byKind.get(TagEntry.PEOPLE);
    }

    /** Every topic, sorted by English name (case-insensitive), then id. */
    public List<TagEntry> topics() {
        return byKind.get(TagEntry.TOPICS);
    }

    public List<TagEntry> organizations() {
        return byKind.get(TagEntry.ORGANIZATIONS);
    }

    public List<TagEntry> places() {
        return byKind.get(TagEntry.PLACES);
    }

    /** The entries of one of {@link TagEntry#KINDS}, sorted by English name then id; empty for an unknown kind. */
    public List<TagEntry> entries(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The entry of a kind ({@code "people"}, {@code "topics"}, …) and id, or null when the archive has none. */
    public TagEntry get(String kind, String id) {
        return byPath.get(kind + "/" + id + "/");
    }

    /** Every entry of the given kind in an article, in the article's order; entries not in the index left out. */
    public List<TagEntry> in(Article article, String kind) {
        List<List<TagEntry>> known = entriesOf.get(article);
        int k = TagEntry.KINDS.indexOf(kind);
        return known != null && k >= 0 ? known.get(k) : find(article, kind);
    }

    private List<TagEntry> find(Article article, String kind) {
        List<TagEntry> found = new ArrayList<>();
        for (Ref ref : refs(kind, article)) {
            TagEntry e = get(kind, ref.id());
            if (e != null && !found.contains(e)) {
                found.add(e);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The entries of {@code kind} that share articles with {@code entry}, most shared first (then by name),
     * at most {@code limit}; the entry itself is left out.
     */
    public List<CoMention> coMentions(TagEntry entry, String kind, int limit) {
        Map<String, Integer> shared = new HashMap<>();
        for (Article a : entry.articles()) {
            for (TagEntry other : in(a, kind)) {
                if (!other.path().equals(entry.path())) {
                    shared.merge(other.path(), 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .map(e -> new CoMention(byPath.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(CoMention::shared).reversed()
                        .thenComparing(CoMention::entry, BY_NAME))
                .limit(limit)
                .toList();
    }

    /**
     * Other articles sharing people or topics with {@code article}: most shared first, then nearest in time; at most
     * {@code limit}. Candidates are the {@value #RELATED_WINDOW} articles either side of it in each of its tags'
     * timelines, so the cost per article stays the same however large the archive grows.
     */
    public List<Article> related(Article article, int limit) {
        List<TagEntry> tags = new ArrayList<>(in(article, TagEntry.PEOPLE));
        tags.addAll(in(article, TagEntry.TOPICS));
        Set<Article> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TagEntry e : tags) {
            List<Article> timeline = e.articles();
            int at = Collections.binarySearch(timeline, article, NEWEST_FIRST);
            int near = at < 0 ? -at - 1 : at;
            candidates.addAll(timeline.subList(Math.max(0, near - RELATED_WINDOW),
                    Math.min(timeline.size(), near + RELATED_WINDOW + 1)));
        }
        String self = entriesOf.containsKey(article) ? null : article.path();
        Map<Article, Integer> shared = new IdentityHashMap<>();
        for (Article other : candidates) {
            if (other != article && (self == null || !other.path().equals(self))) {
                shared.put(other, sharedWith(tags, other));
            }
        }
        long when = article.posted().toEpochSecond();
        record Counted(Article article, int shared, long distance) {
        }
        Comparator<Counted> mostShared = Comparator.comparingInt(Counted::shared).reversed()
                .thenComparingLong(Counted::distance);
        return shared.entrySet().stream()
                .map(e -> new Counted(e.getKey(), e.getValue(),
                        Math.abs(e.getKey().posted().toEpochSecond() - when)))
                .sorted(mostShared.thenComparing(Counted::article, NEWEST_FIRST))
                .limit(limit)
                .map(Counted::article)
                .toList();
    }

    /** How many of {@code tags} (people and topics) {@code other} has too. */
    private int sharedWith(List<TagEntry> tags, Article other) {
        int count = 0;
        for (String kind : List.of(TagEntry.PEOPLE, TagEntry.TOPICS)) {
            for (TagEntry e : in(other, kind)) {
                for (TagEntry mine : tags) {
                    if (mine == e) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    private record Ref(String id, BilingualName name) {
    }

    private static List<Ref> refs(String kind, Article a) {
        return switch (kind) {
            case TagEntry.PEOPLE -> a.people().stream().map(p -> new Ref(p.id(), p.name())).toList();
            case TagEntry.TOPICS -> a.topics().stream().map(t -> new Ref(t.id(), t.name())).toList();
            case TagEntry.ORGANIZATIONS -> a.organizations().stream().map(o -> new Ref(o.id(), o.name())).toList();
            case TagEntry.PLACES -> a.places().stream().map(p -> new Ref(p.id(), p.name())).toList();
            default -> List.of();
        };
    }

    private static final class Builder {
        private String en;
        private String ko;
        private final List<Article> articles = new ArrayList<>();
    }

    private static List<TagEntry> entries(String kind, List<Article> newestFirst, Function<Article, List<Ref>> refs) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (Article article : newestFirst) {
            for (Ref ref : refs.apply(article)) {
                Builder b = byId.computeIfAbsent(ref.id(), id -> new Builder());
                if (b.articles.isEmpty() || b.articles.get(b.articles.size() - 1) != article) {
                    b.articles.add(article);
                }
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
