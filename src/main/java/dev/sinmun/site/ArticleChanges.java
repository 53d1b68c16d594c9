package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in the articles since the last build, as an {@link SiteRenderer.Update}: possible only when the
 * same files hold the same articles with the same place in the site (page, date, language, tags, translations).
 */
final class ArticleChanges {

    private ArticleChanges() {
    }

    /**
     * The update from the last build's {@code model} (made from {@code before}) to {@code now} (each article by its
     * file key, read from the files of {@code after}); empty when only a full build will do.
     */
    static Optional<SiteRenderer.Update> between(BuildCache.Model model, Map<String, Article> now,
                                                 BuildCache.Inputs before, BuildCache.Inputs after) {
        if (!model.articles().keySet().equals(now.keySet()) || !before.articles().keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        Set<String> pages = new HashSet<>();
        Set<String> articles = new HashSet<>();
        boolean datesChanged = false;
        for (Map.Entry<String, Article> file : now.entrySet()) {
            if (Objects.equals(before.articles().get(file.getKey()), after.articles().get(file.getKey()))) {
                continue;
            }
            Article was = model.articles().get(file.getKey());
            Article is = file.getValue();
            if (!place(was).equals(place(is))) {
                return Optional.empty();
            }
            articles.add(is.path());
            datesChanged |= !Objects.equals(was.lastModified(), is.lastModified());
            if (was.equals(is)) {
                pages.add(is.path());
            } else {
                for (int page : model.graph().shownOn().getOrDefault(is.path(), new int[0])) {
                    pages.add(model.graph().pages().get(page));
                }
                pages.add(is.path());
            }
        }
        return Optional.of(new SiteRenderer.Update(model.graph(), Set.copyOf(pages), Set.copyOf(articles),
                datesChanged));
    }

    /** What decides where an article appears: lists, pagers, timelines, tag pages, related articles, translations. */
    private static List<Object> place(Article a) {
        return List.of(a.path(), a.posted().toInstant(), a.posted().getOffset(), a.lang(), a.people(), a.topics(),
                a.organizations(), a.places(), a.translations());
    }
}
