package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TopicRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Who and what the archive covers: every person, topic, organization and place with its articles,
 * in a stable order, plus what is mentioned together.
 */
public final class TagIndex {

    /** Newest first; ties broken by path so the order never depends on the input order. */
    public static final Comparator<Article> NEWEST_FIRST = TagIndex::newestFirst;

    private static final Comparator<TagEntry> BY_NAME = Comparator
            .comparing((TagEntry e) -> sortKey(e.name()))
            .thenComparing(TagEntry::id);

    /** How far along a tag's timeline, each way, {@link #related} looks for candidates. */
    public static final int RELATED_WINDOW = 50;

    private final Map<String, List<TagEntry>> byKind;
    private final Map<String, TagEntry> byPath = new HashMap<>();
    /** Each kind's entries by id, in {@link TagEntry#KINDS} order. */
    private final List<Map<String, TagEntry>> byId = new ArrayList<>(TagEntry.KINDS.size());
    /** Each entry's place in its kind's list, which is sorted by name. */
    private final Map<TagEntry, Integer> nameRank = new IdentityHashMap<>();

    /** Each indexed article's place, newest first. */
    private final Map<Article, Integer> ordinals = new IdentityHashMap<>();

    /**
     * By an article's place: the articles and their times; and filled as they are asked for (an update renders a few
     * pages of a large archive), each article's entries by kind ({@link #in}), its people and topics as sorted ids,
     * and by those ids each person's and topic's timeline of places ({@link #related}). Render threads fill them side
     * by side: a slot holds the same value whichever thread fills it.
     */
    private final Article[] newest;
    private final long[] epochSeconds;
    private final AtomicReferenceArray<List<List<TagEntry>>> entriesOf;
    /**
     * Each article's people and topics as sorted ids, one article after another, so that {@link #related} reads a
     * candidate's from memory next to its neighbours': those of place {@code o} are {@code tagIds[tagStart[o]]} up to
     * {@code tagIds[tagStart[o + 1]]}.
     */
    private final int[] tagStart;
    private final int[] tagIds;
    private final List<TagEntry> relatedTags;
    private final Map<TagEntry, Integer> tagIdOf = new IdentityHashMap<>();
    /** Each person's and topic's timeline: the places of its articles, newest first. */
    private final int[][] timelines;
    /** Beside {@link #tagIds}: where the article stands in that person's or topic's timeline. */
    private final int[] timelinePlaces;

    private TagIndex(Map<String, List<TagEntry>> byKind, List<Article> newestFirst, Map<String, String> joined) {
        this.byKind = byKind;
        for (String kind : TagEntry.KINDS) {
            Map<String, TagEntry> ids = new HashMap<>();
            for (TagEntry e : byKind.get(kind)) {
                ids.put(e.id(), e);
                byPath.put(e.path(), e);
                nameRank.put(e, nameRank.size());
            }
            if (kind.equals(TagEntry.PEOPLE)) {
                joined.forEach((id, into) -> ids.put(id, ids.get(into)));
            }
            byId.add(ids);
        }
        newest = newestFirst.toArray(Article[]::new);
        epochSeconds = new long[newest.length];
        for (int i = 0; i < newest.length; i++) {
            ordinals.put(newest[i], i);
            epochSeconds[i] = newest[i].posted().toEpochSecond();
        }
        entriesOf = new AtomicReferenceArray<>(newest.length);
        List<TagEntry> tags = new ArrayList<>(people());
        tags.addAll(topics());
        relatedTags = List.copyOf(tags);
        for (int id = 0; id < relatedTags.size(); id++) {
            tagIdOf.put(relatedTags.get(id), id);
        }
        tagStart = new int[newest.length + 1];
        int[] ids = new int[Math.max(16, newest.length * 4)];
        for (int o = 0; o < newest.length; o++) {
            int[] own = relatedTagIds(newest[o]);
            int start = tagStart[o];
            if (start + own.length > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(2 * ids.length, start + own.length));
            }
            System.arraycopy(own, 0, ids, start, own.length);
            tagStart[o + 1] = start + own.length;
        }
        tagIds = ids;
        int[] lengths = new int[relatedTags.size()];
        timelinePlaces = new int[tagStart[newest.length]];
        for (int j = 0; j < timelinePlaces.length; j++) {
            timelinePlaces[j] = lengths[tagIds[j]]++;
        }
        timelines = new int[lengths.length][];
        for (int tag = 0; tag < lengths.length; tag++) {
            timelines[tag] = new int[lengths[tag]];
        }
        for (int o = 0; o < newest.length; o++) {
            for (int j = tagStart[o]; j < tagStart[o + 1]; j++) {
                timelines[tagIds[j]][timelinePlaces[j]] = o;
            }
        }
    }

    public static TagIndex of(List<Article> articles) {
        List<Article> newestFirst = articles.stream().sorted(NEWEST_FIRST).toList();
        Map<String, List<TagEntry>> byKind = new LinkedHashMap<>();
        Map<String, String> joined = new HashMap<>();
        for (String kind : TagEntry.KINDS) {
            byKind.put(kind, entries(kind, newestFirst, joined));
        }
        return new TagIndex(byKind, newestFirst, joined);
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
        int k = TagEntry.KINDS.indexOf(kind);
        return k < 0 ? List.of() : entriesByKind(article).get(k);
    }

    /** An article's entries by kind in {@link TagEntry#KINDS} order: kept for an indexed one, else looked up. */
    private List<List<TagEntry>> entriesByKind(Article article) {
        Integer ordinal = ordinals.get(article);
        return ordinal != null ? entriesOf(ordinal) : findAll(article);
    }

    /** The entries of the article at {@code ordinal}, by kind in {@link TagEntry#KINDS} order. */
    private List<List<TagEntry>> entriesOf(int ordinal) {
        List<List<TagEntry>> entries = entriesOf.get(ordinal);
        if (entries == null) {
            entries = findAll(newest[ordinal]);
            entriesOf.set(ordinal, entries);
        }
        return entries;
    }

    private List<List<TagEntry>> findAll(Article article) {
        List<List<TagEntry>> found = new ArrayList<>(TagEntry.KINDS.size());
        for (int k = 0; k < TagEntry.KINDS.size(); k++) {
            found.add(find(article, k));
        }
        return List.copyOf(found);
    }

    /** The entries of the {@code k}-th kind an article names, in its order, each once. */
    private List<TagEntry> find(Article article, int k) {
        Map<String, TagEntry> ids = byId.get(k);
        List<String> refIds = refIds(TagEntry.KINDS.get(k), article);
        List<TagEntry> found = new ArrayList<>(refIds.size());
        for (String id : refIds) {
            TagEntry e = ids.get(id);
            if (e != null && !containsSame(found, e)) {
                found.add(e);
            }
        }
        return List.copyOf(found);
    }

    /**
     * By kind ({@link TagEntry#KINDS} order, every kind): the entries that share articles with {@code entry}, most
     * shared first (then by name), at most {@code limit}; the entry itself is left out. One pass over its articles.
     */
    public Map<String, List<CoMention>> coMentions(TagEntry entry, int limit) {
        List<Map<TagEntry, int[]>> shared = new ArrayList<>(TagEntry.KINDS.size());
        for (int k = 0; k < TagEntry.KINDS.size(); k++) {
            shared.add(new IdentityHashMap<>());
        }
        for (Article a : entry.articles()) {
            List<List<TagEntry>> entries = entriesByKind(a);
            for (int k = 0; k < TagEntry.KINDS.size(); k++) {
                for (TagEntry other : entries.get(k)) {
                    if (other != entry) {
                        shared.get(k).computeIfAbsent(other, e -> new int[1])[0]++;
                    }
                }
            }
        }
        Map<String, List<CoMention>> byKind = new LinkedHashMap<>();
        for (int k = 0; k < TagEntry.KINDS.size(); k++) {
            byKind.put(TagEntry.KINDS.get(k), shared.get(k).entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<TagEntry, int[]> e) -> -e.getValue()[0])
                            .thenComparingInt(e -> nameRank.get(e.getKey())))
                    .limit(limit)
                    .map(e -> new CoMention(e.getKey(), e.getValue()[0]))
                    .toList());
        }
        return Collections.unmodifiableMap(byKind);
    }

    /**
     * Other articles sharing people or topics with {@code article}: most shared first, then nearest in time; at most
     * {@code limit}. Candidates are the {@value #RELATED_WINDOW} articles either side of it in each of its tags'
     * timelines, so the cost per article stays the same however large the archive grows.
     */
    public List<Article> related(Article article, int limit) {
        Integer self = ordinals.get(article);
        int[] tags = self != null ? Arrays.copyOfRange(tagIds, tagStart[self], tagStart[self + 1])
                : relatedTagIds(article);
        long[] own = new long[relatedTags.size() / 64 + 1];
        for (int tag : tags) {
            own[tag >>> 6] |= 1L << tag;
        }
        long when = article.posted().toEpochSecond();
        RelatedTop top = new RelatedTop(limit);
        for (int t = 0; t < tags.length; t++) {
            int[] timeline = timelines[tags[t]];
            int near = self != null ? timelinePlaces[tagStart[self] + t]
                    : Collections.binarySearch(newestOf(timeline), article, NEWEST_FIRST);
            near = near < 0 ? -near - 1 : near;
            for (int i = Math.max(0, near - RELATED_WINDOW); i < Math.min(timeline.length, near + RELATED_WINDOW + 1); i++) {
                int other = timeline[i];
                boolean itself = self != null ? other == self : newest[other].path().equals(article.path());
                if (itself) {
                    continue;
                }
                int shared = sharedCount(own, other);
                if (top.admits(shared)) {
                    top.offer(other, shared, Math.abs(epochSeconds[other] - when));
                }
            }
        }
        return Arrays.stream(top.ordinals()).mapToObj(o -> newest[o]).toList();
    }

    /**
     * The best {@code limit} candidates seen: most shared tags, then nearest in time, then newest (lowest ordinal). The
     * order is total, so the result does not depend on the order of offers, and a candidate offered again is dropped.
     */
    private static final class RelatedTop {
        private final int[] ordinals;
        private final int[] shared;
        private final long[] distances;
        private int size;

        RelatedTop(int limit) {
            ordinals = new int[Math.max(0, limit)];
            shared = new int[ordinals.length];
            distances = new long[ordinals.length];
        }

        void offer(int ordinal, int sharedTags, long distance) {
            int at = size;
            while (at > 0 && before(ordinal, sharedTags, distance, at - 1)) {
                at--;
            }
            if (at >= ordinals.length || (at > 0 && ordinals[at - 1] == ordinal)) {
                return;
            }
            int last = Math.min(size, ordinals.length - 1);
            System.arraycopy(ordinals, at, ordinals, at + 1, last - at);
            System.arraycopy(shared, at, shared, at + 1, last - at);
            System.arraycopy(distances, at, distances, at + 1, last - at);
            ordinals[at] = ordinal;
            shared[at] = sharedTags;
            distances[at] = distance;
            size = Math.min(size + 1, ordinals.length);
        }

        /** False when a candidate sharing {@code sharedTags} tags cannot be among the best: its time is not needed. */
        boolean admits(int sharedTags) {
            return size < ordinals.length || (size > 0 && sharedTags >= shared[size - 1]);
        }

        private boolean before(int ordinal, int sharedTags, long distance, int than) {
            if (sharedTags != shared[than]) {
                return sharedTags > shared[than];
            }
            if (distance != distances[than]) {
                return distance < distances[than];
            }
            return ordinal < ordinals[than];
        }

        int[] ordinals() {
            return Arrays.copyOf(ordinals, size);
        }
    }

    private List<Article> newestOf(int[] timeline) {
        return Arrays.stream(timeline).mapToObj(o -> newest[o]).toList();
    }

    /** The people and topics an article names that are in this index, as sorted ids. */
    private int[] relatedTagIds(Article article) {
        int[] ids = new int[article.people().size() + article.topics().size()];
        int n = 0;
        for (String kind : List.of(TagEntry.PEOPLE, TagEntry.TOPICS)) {
            Map<String, TagEntry> entries = byId.get(TagEntry.KINDS.indexOf(kind));
            for (String ref : refIds(kind, article)) {
                Integer id = tagIdOf.get(entries.get(ref));
                if (id != null) {
                    ids[n++] = id;
                }
            }
        }
        Arrays.sort(ids, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /** Whether the list holds this very entry (entries of one index are unique, so no deep comparison is needed). */
    private static boolean containsSame(List<TagEntry> entries, TagEntry entry) {
        for (TagEntry e : entries) {
            if (e == entry) {
                return true;
            }
        }
        return false;
    }

    /** How many of the people and topics of the article at place {@code other} are in the set {@code own}. */
    private int sharedCount(long[] own, int other) {
        int count = 0;
        for (int j = tagStart[other]; j < tagStart[other + 1]; j++) {
            int tag = tagIds[j];
            count += (int) (own[tag >>> 6] >>> tag) & 1;
        }
        return count;
    }

    /** The ids of one kind an article names, in its order. */
    private static List<String> refIds(String kind, Article a) {
        return switch (kind) {
            case TagEntry.PEOPLE -> idsOf(a.people(), PersonRef::id);
            case TagEntry.TOPICS -> idsOf(a.topics(), TopicRef::id);
            case TagEntry.ORGANIZATIONS -> idsOf(a.organizations(), NamedRef::id);
            case TagEntry.PLACES -> idsOf(a.places(), NamedRef::id);
            default -> List.of();
        };
    }

    private static <R> List<String> idsOf(List<R> refs, Function<R, String> id) {
        List<String> ids = new ArrayList<>(refs.size());
        for (R ref : refs) {
            ids.add(id.apply(ref));
        }
        return ids;
    }

    /** The names an article's {@code i}-th reference of one kind gives. */
    private static BilingualName nameOf(String kind, Article a, int i) {
        return switch (kind) {
            case TagEntry.PEOPLE -> a.people().get(i).name();
            case TagEntry.TOPICS -> a.topics().get(i).name();
            case TagEntry.ORGANIZATIONS -> a.organizations().get(i).name();
            default -> a.places().get(i).name();
        };
    }

    private static final class Builder {
        private String en;
        private String ko;
        private final List<Article> articles = new ArrayList<>();
    }

    /**
     * The entries of one kind; a person named only in English ("An Sang-mi") joins the one person of the archive
     * named in both languages whose English name differs only in hyphens, case or a silent h ("Ahn Sang-mi 안상미"),
     * recording the joined id in {@code joined}.
     */
    private static List<TagEntry> entries(String kind, List<Article> newestFirst, Map<String, String> joined) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (Article article : newestFirst) {
            List<String> ids = refIds(kind, article);
            for (int i = 0; i < ids.size(); i++) {
                Builder b = byId.computeIfAbsent(ids.get(i), id -> new Builder());
                if (b.articles.isEmpty() || b.articles.get(b.articles.size() - 1) != article) {
                    b.articles.add(article);
                }
                if (b.en == null || b.ko == null) {
                    BilingualName name = nameOf(kind, article, i);
                    if (b.en == null) {
                        b.en = blankToNull(name.en());
                    }
                    if (b.ko == null) {
                        b.ko = blankToNull(name.ko());
                    }
                }
            }
        }
        if (kind.equals(TagEntry.PEOPLE)) {
            joinSpellings(byId, newestFirst, joined);
        }
        List<TagEntry> entries = new ArrayList<>(byId.size());
        byId.forEach((id, b) -> entries.add(new TagEntry(kind, id, new BilingualName(b.en, b.ko), b.articles)));
        entries.sort(BY_NAME);
        return List.copyOf(entries);
    }

    private static void joinSpellings(Map<String, Builder> byId, List<Article> newestFirst,
                                      Map<String, String> joined) {
        Map<String, List<String>> bilingual = new HashMap<>();
        byId.forEach((id, b) -> {
            if (b.en != null && b.ko != null) {
                bilingual.computeIfAbsent(RomanizedNameKey.spelling(b.en), k -> new ArrayList<>()).add(id);
            }
        });
        for (Map.Entry<String, Builder> e : List.copyOf(byId.entrySet())) {
            Builder b = e.getValue();
            List<String> into = b.en == null || b.ko != null ? null : bilingual.get(RomanizedNameKey.spelling(b.en));
            if (into != null && into.size() == 1) {
                Builder target = byId.get(into.get(0));
                Set<Article> both = Collections.newSetFromMap(new IdentityHashMap<>());
                both.addAll(target.articles);
                both.addAll(b.articles);
                target.articles.clear();
                newestFirst.stream().filter(both::contains).forEach(target.articles::add);
                byId.remove(e.getKey());
                joined.put(e.getKey(), into.get(0));
            }
        }
    }

    /** {@link #NEWEST_FIRST} as one method rather than a chain of comparators: a build sorts every article often. */
    private static int newestFirst(Article a, Article b) {
        int byTime = b.posted().compareTo(a.posted());
        return byTime != 0 ? byTime : a.path().compareTo(b.path());
    }

    private static String sortKey(BilingualName name) {
        String n = name.in(Lang.EN);
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
