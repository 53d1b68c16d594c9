package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.tags.CoMention;
import dev.sinmun.tags.IndexGroup;
import dev.sinmun.tags.IndexGroups;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;
import dev.sinmun.tags.Timeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index of each kind ({@code people/}, {@code topics/}, {@code organizations/}, {@code places/}) grouped
 * A–Z and ㄱ–ㅎ, and one page per entry (paginated) with roles, timeline and co-mentions, in both languages.
 */
final class TagPages {

    static final int PAGE_SIZE = 40;
    static final int CO_MENTIONS = 10;
    /** Entries per index page: about 40 KB of HTML. */
    static final int INDEX_PAGE_SIZE = 250;

    /**
     * The order term pages of every kind render in: by their newest article, so an article's card is asked for by all
     * its people, topics, organizations and places at about the same time and is still among the cards kept
     * ({@code RenderedPartials}).
     */
    private static final Comparator<TermPage> NEWEST_SLICE_FIRST =
            Comparator.comparing((TermPage page) -> page.slice().get(0), TagIndex.NEWEST_FIRST);

    /** Writes every index and term page, rendering the entries' pages on {@code pool}'s threads. */
    void write(TagIndex tags, PageWriter pages, RenderPool pool) {
        write(tags, pages, pool, PagePlan.all());
    }

    /** As {@link #write(TagIndex, PageWriter, RenderPool)}, visiting only the kinds and entries {@code plan} visits. */
    void write(TagIndex tags, PageWriter pages, RenderPool pool, PagePlan plan) {
        List<TermPage> termPages = new ArrayList<>();
        for (String kind : TagEntry.KINDS) {
            if (!plan.visitsUnder(kind + "/")) {
                continue;
            }
            List<TagEntry> entries = tags.entries(kind);
            String base = kind + "/";
            if (plan.visitsAny(path -> path.equals(base) || path.startsWith(base + "page/"))) {
                writeIndex(kind, entries, tags, pages);
            }
            for (TagEntry entry : entries) {
                if (!plan.visitsUnder(entry.path())) {
                    continue;
                }
                Shared shared = new Shared(entry, tags);
                List<List<Article>> slices = Pager.split(entry.articles(), PAGE_SIZE);
                for (int n = 1; n <= slices.size(); n++) {
                    termPages.add(new TermPage(shared, slices.get(n - 1), Pager.of(entry.path(), n, slices.size())));
                }
            }
        }
        termPages.sort(NEWEST_SLICE_FIRST);
        pool.forEach(termPages, page -> page.prepare(pages), prepared -> prepared.forEach(pages::commit));
        pages.forgetCards();
    }

    private static void writeIndex(String kind, List<TagEntry> entries, TagIndex tags, PageWriter pages) {
        Map<Lang, List<List<IndexGroup>>> split = new EnumMap<>(Lang.class);
        Map<Lang, List<LetterLink>> letters = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            split.put(lang, slices(IndexGroups.of(entries, lang)));
            letters.put(lang, letters(kind + "/", split.get(lang)));
        }
        OffsetDateTime newest = entries.stream().map(e -> ArchivePages.newestDate(e.articles()))
                .filter(Objects::nonNull).max(ArchivePages.LATEST).orElse(null);
        int count = split.get(Lang.EN).size();
        for (int n = 1; n <= count; n++) {
            int page = n;
            Pager pager = Pager.of(kind + "/", n, count);
            pages.bilingual("tags/index", Pager.path(kind + "/", n), newest, "feed",
                    lang -> Map.of("kind", kind, "entries", entries, "groups", split.get(lang).get(page - 1),
                            "letters", letters.get(lang), "pager", pager, "tags", tags));
        }
    }

    /** A letter of the index and where its first entry is: a page path (language-neutral) and an anchor. */
    public record LetterLink(String label, String path, String anchor) {
    }

    /** The groups cut into pages of at most {@link #INDEX_PAGE_SIZE} entries; a group may continue on the next. */
    static List<List<IndexGroup>> slices(List<IndexGroup> groups) {
        List<List<IndexGroup>> pages = new ArrayList<>();
        List<IndexGroup> current = new ArrayList<>();
        int size = 0;
        for (IndexGroup g : groups) {
            List<TagEntry> rest = g.entries();
            while (!rest.isEmpty()) {
                int take = Math.min(rest.size(), INDEX_PAGE_SIZE - size);
                current.add(new IndexGroup(g.label(), g.anchor(), rest.subList(0, take)));
                size += take;
                rest = rest.subList(take, rest.size());
                if (size == INDEX_PAGE_SIZE) {
                    pages.add(current);
                    current = new ArrayList<>();
                    size = 0;
                }
            }
        }
        if (!current.isEmpty() || pages.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    private static List<LetterLink> letters(String base, List<List<IndexGroup>> pages) {
        List<LetterLink> links = new ArrayList<>();
        for (int n = 1; n <= pages.size(); n++) {
            for (IndexGroup g : pages.get(n - 1)) {
                if (links.stream().noneMatch(l -> l.anchor().equals(g.anchor()))) {
                    links.add(new LetterLink(g.label(), Pager.path(base, n), g.anchor()));
                }
            }
        }
        return links;
    }

    /**
     * What every page of one entry shows (timeline, co-mentions), worked out once, when its first page is rendered
     * (an update may render none).
     */
    private static final class Shared {
        private final TagEntry entry;
        private final TagIndex tags;
        private Map<String, Object> variables;

        Shared(TagEntry entry, TagIndex tags) {
            this.entry = entry;
            this.tags = tags;
        }

        synchronized Map<String, Object> variables() {
            if (variables == null) {
                Map<String, List<CoMention>> coMentions = tags.coMentions(entry, CO_MENTIONS);
                variables = Map.of("entry", entry, "tags", tags, "timeline", Timeline.of(entry.articles()),
                        "people", coMentions.get(TagEntry.PEOPLE), "topics", coMentions.get(TagEntry.TOPICS));
            }
            return variables;
        }
    }

    /** One page of an entry's articles, in both languages: the unit of parallel work, so memory stays bounded. */
    private record TermPage(Shared shared, List<Article> slice, Pager pager) {

        List<PageWriter.Prepared> prepare(PageWriter pages) {
            TagEntry entry = shared.entry;
            boolean hasFeed = entry.isPerson() || entry.isTopic();
            return pages.prepareBilingual("tags/term", Pager.path(entry.path(), pager.number()),
                    ArchivePages.newestDate(slice), hasFeed ? entry.path() + "feed" : "feed", lang -> {
                        Map<String, Object> vars = new HashMap<>(shared.variables());
                        vars.put("articles", slice);
                        vars.put("pager", pager);
                        vars.put("hasFeed", hasFeed);
                        return vars;
                    });
        }
    }
}
