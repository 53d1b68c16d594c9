package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    private final Map<String, List<Article>> shown = new HashMap<>();

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
        List<Article> articles = new ArrayList<>();
        for (Object value : variables.values()) {
            if (value instanceof Article a) {
                articles.add(a);
            } else if (value instanceof Collection<?> list) {
                for (Object item : list) {
                    if (item instanceof Article a) {
                        articles.add(a);
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

    /** Growing page numbers, each once. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    Dependents dependents() {
        Map<String, List<Article>> sorted;
        synchronized (shown) {
            sorted = new TreeMap<>(shown);
        }
        List<String> pages = new ArrayList<>(sorted.keySet());
        Map<Article, IntList> byArticle = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Article article : sorted.get(pages.get(i))) {
                byArticle.computeIfAbsent(article, k -> new IntList()).addOnce(i);
            }
        }
        Map<String, int[]> shownOn = new HashMap<>();
        byArticle.forEach((article, on) -> shownOn.put(article.path(), on.toArray()));
        return new Dependents(List.copyOf(pages), shownOn);
    }
}
