package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;

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
    private final Set<String> only;
    private final boolean lists;
    private final Map<String, List<Article>> shown = new HashMap<>();

    private PagePlan(Predicate<String> renders, Set<String> only, boolean lists) {
        this.renders = renders;
        this.only = only;
        this.lists = lists;
    }

    /** Every page. */
    static PagePlan all() {
        return new PagePlan(path -> true, null, true);
    }

    /**
     * Only the pages at these site paths; with {@code lists}, every other page is still visited (unrendered) so
     * the sitemap lists it, else pages outside the plan may be skipped altogether.
     */
    static PagePlan only(Set<String> paths, boolean lists) {
        Set<String> copy = Set.copyOf(paths);
        return new PagePlan(copy::contains, copy, lists);
    }

    boolean renders(String path) {
        return renders.test(path);
    }

    /** Whether every page must be visited, rendered or not: the sitemap is written from them. */
    boolean lists() {
        return lists;
    }

    /**
     * Whether a page to visit has a language-neutral path (its site path without a leading language folder) that
     * {@code test} accepts: true when every page is visited.
     */
    boolean visitsAny(Predicate<String> test) {
        return lists || only.stream().anyMatch(path -> test.test(neutral(path)));
    }

    /** Whether a page to visit lies under the language-neutral path {@code base}, in any language. */
    boolean visitsUnder(String base) {
        return visitsAny(path -> path.startsWith(base));
    }

    private static String neutral(String path) {
        for (Lang lang : Lang.values()) {
            if (path.startsWith(lang.code() + "/")) {
                return path.substring(lang.code().length() + 1);
            }
        }
        return path;
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
