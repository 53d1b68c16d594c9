package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.tags.IndexGroups;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;
import dev.sinmun.tags.Timeline;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index of each kind ({@code people/}, {@code topics/}, {@code organizations/}, {@code places/}) grouped
 * A–Z and ㄱ–ㅎ, and one page per entry (paginated) with roles, timeline and co-mentions, in both languages.
 */
final class TagPages {

    static final int PAGE_SIZE = 20;
    static final int CO_MENTIONS = 10;

    void write(TagIndex tags, PageWriter pages) {
        for (String kind : TagEntry.KINDS) {
            List<TagEntry> entries = tags.entries(kind);
            Map<Lang, Object> groups = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                groups.put(lang, IndexGroups.of(entries, lang));
            }
            List<Article> all = entries.stream().flatMap(e -> e.articles().stream()).distinct().toList();
            pages.bilingual("tags/index", kind + "/", ArchivePages.newestDate(all), "feed",
                    lang -> Map.of("kind", kind, "entries", entries, "groups", groups.get(lang), "tags", tags));
            for (TagEntry entry : entries) {
                term(entry, tags, pages);
            }
        }
    }

    private static void term(TagEntry entry, TagIndex tags, PageWriter pages) {
        List<List<Article>> split = Pager.split(entry.articles(), PAGE_SIZE);
        Map<String, Object> shared = new HashMap<>();
        shared.put("entry", entry);
        shared.put("tags", tags);
        shared.put("timeline", Timeline.of(entry.articles()));
        shared.put("people", tags.coMentions(entry, TagEntry.PEOPLE, CO_MENTIONS));
        shared.put("topics", tags.coMentions(entry, TagEntry.TOPICS, CO_MENTIONS));
        boolean hasFeed = entry.isPerson() || entry.isTopic();
        String feed = hasFeed ? entry.path() + "feed" : "feed";
        for (int n = 1; n <= split.size(); n++) {
            List<Article> slice = split.get(n - 1);
            Pager pager = Pager.of(entry.path(), n, split.size());
            pages.bilingual("tags/term", Pager.path(entry.path(), n), ArchivePages.newestDate(slice), feed, lang -> {
                Map<String, Object> vars = new HashMap<>(shared);
                vars.put("articles", slice);
                vars.put("pager", pager);
                vars.put("hasFeed", hasFeed);
                return vars;
            });
        }
    }
}
