package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Which pages a build renders (all of them, or those an incremental build found out of date), and which articles
 * each rendered page shows: an article's title, summary or body on a page makes it depend on that article.
 */
final class PagePlan {

    private final Predicate<String> renders;
    private final Map<String, List<String>> shown = new HashMap<>();

    private PagePlan(Predicate<String> renders) {
        this.renders = renders;
    }

    /** Every page. */
    static PagePlan all() {
        return new PagePlan(path -> true);
    }

    /** Only the pages at these site paths. */
    static PagePlan only(Set<String> paths) {
        return new PagePlan(paths::contains);
    }

    boolean renders(String path) {
        return renders.test(path);
    }

    /** Notes the articles among a page's variables (an article, or a list of them). Safe from several threads. */
    void shows(String path, Map<String, Object> variables) {
        List<String> articles = new ArrayList<>();
        for (Object value : variables.values()) {
            if (value instanceof Article a) {
                articles.add(a.path());
            } else if (value instanceof Collection<?> list) {
                for (Object item : list) {
                    if (item instanceof Article a) {
                        articles.add(a.path());
                    }
                }
            }
        }
        if (!articles.isEmpty()) {
            synchronized (shown) {
                shown.put(path, articles);
            }
        }
    }

    /** The pages noted by {@link #shows}, sorted, and for each article page path the indexes of pages showing it. */
    record Dependents(List<String> pages, Map<String, int[]> shownOn) {
    }

    Dependents dependents() {
        Map<String, List<String>> sorted;
        synchronized (shown) {
            sorted = new TreeMap<>(shown);
        }
        List<String> pages = new ArrayList<>(sorted.keySet());
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (String article : sorted.get(pages.get(i))) {
                List<Integer> on = byArticle.computeIfAbsent(article, k -> new ArrayList<>());
                if (on.isEmpty() || on.get(on.size() - 1) != i) {
                    on.add(i);
                }
            }
        }
        Map<String, int[]> shownOn = new HashMap<>();
        byArticle.forEach((article, on) -> shownOn.put(article, on.stream().mapToInt(Integer::intValue).toArray()));
        return new Dependents(List.copyOf(pages), shownOn);
    }
}
