package dev.sinmun.markdown;

import dev.sinmun.ingest.OutletArticleId;
import dev.sinmun.model.Article;
import dev.sinmun.model.Translation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The articles of a list that may be another edition of a given article, found without comparing it with each of
 * them (thousands of files imported in one run made that quadratic): those in another language that it links to or
 * that link to it, that carry the same outlet article id, or that were posted within a few days of it. Never fewer
 * than the articles {@link TranslationLinker#match} pairs it with; their positions in the list, in list order.
 */
final class CounterpartCandidates {

    /** Wider than {@link TranslationLinker#MAX_DAYS_APART}, which counts whole days. */
    private static final long WINDOW_SECONDS = Duration.ofDays(TranslationLinker.MAX_DAYS_APART + 1).toSeconds();

    private final OutletArticleId ids = new OutletArticleId();
    private final List<Article> articles;
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    /** The positions in the order the articles were posted, and the instants in that order. */
    private final int[] byPosted;
    private final long[] posted;

    CounterpartCandidates(List<Article> articles) {
        this.articles = List.copyOf(articles);
        for (int k = 0; k < this.articles.size(); k++) {
            for (String key : keysOf(this.articles.get(k))) {
                byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
        }
        byPosted = IntStream.range(0, this.articles.size()).boxed()
                .sorted(Comparator.comparingLong(k -> this.articles.get(k).posted().toEpochSecond()))
                .mapToInt(Integer::intValue).toArray();
        posted = Arrays.stream(byPosted).mapToLong(k -> this.articles.get(k).posted().toEpochSecond()).toArray();
    }

    /** The positions of the articles that may be another edition of {@code a}, ascending. */
    List<Integer> of(Article a) {
        TreeSet<Integer> found = new TreeSet<>();
        for (String key : queriesOf(a)) {
            found.addAll(byKey.getOrDefault(key, List.of()));
        }
        long at = a.posted().toEpochSecond();
        int from = firstPostedAtOrAfter(at - WINDOW_SECONDS);
        for (int i = from; i < posted.length && posted[i] <= at + WINDOW_SECONDS; i++) {
            found.add(byPosted[i]);
        }
        found.removeIf(k -> articles.get(k).lang() == a.lang());
        return List.copyOf(found);
    }

    private int firstPostedAtOrAfter(long instant) {
        int low = 0;
        int high = posted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (posted[mid] < instant) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** What other articles may look {@code b} up by: its page and address, the pages it links to, its outlet id. */
    private List<String> keysOf(Article b) {
        List<String> keys = new ArrayList<>();
        String url = b.source() == null ? null : b.source().url();
        if (url != null) {
            keys.add("page " + TranslationLinker.archiveUrl(b));
            keys.add("address " + UrlKey.of(url));
        }
        for (Translation t : b.translations()) {
            if (t.url() != null) {
                keys.add("links to page " + t.url());
                if (isWebAddress(t.url())) {
                    keys.add("links to address " + UrlKey.of(t.url()));
                }
            }
        }
        String id = ids.of(url);
        if (id != null) {
            keys.add("id " + id);
        }
        return keys;
    }

    /** The keys of the articles {@code a} links to, that link to {@code a}, or that share its outlet id. */
    private List<String> queriesOf(Article a) {
        List<String> queries = new ArrayList<>();
        for (Translation t : a.translations()) {
            if (t.url() != null) {
                queries.add("page " + t.url());
                if (isWebAddress(t.url())) {
                    queries.add("address " + UrlKey.of(t.url()));
                }
            }
        }
        String url = a.source() == null ? null : a.source().url();
        if (url != null) {
            queries.add("links to page " + TranslationLinker.archiveUrl(a));
            queries.add("links to address " + UrlKey.of(url));
        }
        String id = ids.of(url);
        if (id != null) {
            queries.add("id " + id);
        }
        return queries;
    }

    private static boolean isWebAddress(String url) {
        return url.matches("(?i)https?://.*");
    }
}
