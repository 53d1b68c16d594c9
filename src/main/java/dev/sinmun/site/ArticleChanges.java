package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What changed in the articles since the last build, as an {@link SiteRenderer.Update}: possible only when the
 * same files hold the same articles with the same place in the site (page, date, language, tags, translations).
 */
final class ArticleChanges {

    private ArticleChanges() {
    }

    /**
     * The update from the last build's articles ({@code was}, by file key) given the articles of the files whose
     * stamps changed since ({@code changed}, by file key; every other file is as it was); empty when only a full
     * build will do. {@code graph} (which pages show which article) is read only when an article's card or
     * listing may have changed, not for an edit of bodies alone.
     */
    static Optional<SiteRenderer.Update> between(Map<String, Article> was, Map<String, Article> changed,
                                                 Supplier<SiteGraph> graph, SearchShards shards) {
        Set<String> pages = new HashSet<>();
        Set<String> articles = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        boolean datesChanged = false;
        for (Map.Entry<String, Article> file : changed.entrySet()) {
            Article before = was.get(file.getKey());
            Article is = file.getValue();
            if (before == null || !place(before).equals(place(is))) {
                return Optional.empty();
            }
            articles.add(is.path());
            slugs.add(is.slug());
            datesChanged |= !Objects.equals(before.lastModified(), is.lastModified());
            pages.add(is.path());
            if (!before.equals(is)) {
                SiteGraph shown = graph.get();
                if (shown == null) {
                    return Optional.empty();
                }
                for (int page : shown.shownOn().getOrDefault(is.path(), new int[0])) {
                    pages.add(shown.pages().get(page));
                }
            }
        }
        return Optional.of(new SiteRenderer.Update(Set.copyOf(pages), Set.copyOf(articles), Set.copyOf(slugs),
                datesChanged, shards));
    }

    /** What decides where an article appears: lists, pagers, timelines, tag pages, related articles, translations. */
    private static List<Object> place(Article a) {
        return List.of(a.path(), a.posted().toInstant(), a.posted().getOffset(), a.lang(), a.people(), a.topics(),
                a.organizations(), a.places(), a.translations());
    }
}
