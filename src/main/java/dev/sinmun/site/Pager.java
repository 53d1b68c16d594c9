package dev.sinmun.site;

import java.util.List;

/**
 * One page of a paginated list.
 *
 * @param number    1-based page number
 * @param pages     how many pages the list has
 * @param newerPath site path (language-neutral) of the previous page, or null on the first
 * @param olderPath site path of the next page, or null on the last
 */
public record Pager(int number, int pages, String newerPath, String olderPath) {

    /** The path of page {@code n} of a list whose first page is {@code base}: {@code base/page/n/}. */
    static String path(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    /** Splits {@code items} into pages of {@code size}; an empty list still has one (empty) page. */
    static <T> List<List<T>> split(List<T> items, int size) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> pages = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            pages.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return pages;
    }

    static Pager of(String base, int number, int pages) {
        return new Pager(number, pages, number > 1 ? path(base, number - 1) : null,
                number < pages ? path(base, number + 1) : null);
    }
}
