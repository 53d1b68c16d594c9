package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.tags.TagIndex;
import dev.sinmun.tags.Timeline;
import dev.sinmun.tags.TimelineMonth;
import dev.sinmun.tags.TimelineYear;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The home page (latest articles, paginated), the date archive ({@code archive/}, {@code 2020/},
 * {@code 2020/09/}) with counts, in both languages.
 */
final class ArchivePages {

    static final int PAGE_SIZE = 20;

    /**
     * One bilingual page of the archive, to render on the pool; {@code newest}: the place of its newest article in
     * the archive, newest first (0 for a page listing none).
     */
    /** A month's archive page, as the month pages link their neighbours. */
    record MonthLink(YearMonth month, String path) {

        static MonthLink of(YearMonth month) {
            return new MonthLink(month, String.format("%04d/%02d/", month.getYear(), month.getMonthValue()));
        }
    }

    private record Page(String template, String path, OffsetDateTime lastmod, int newest,
                        Function<Lang, Map<String, Object>> variables) {
    }

    /**
     * The order pages render in: by their newest article, so a home page and the month page showing the same
     * articles render one after the other and share their cards ({@code RenderedPartials} keeps the recent ones).
     */
    private static final Comparator<Page> NEWEST_FIRST = Comparator.comparingInt(Page::newest);

    void write(List<Article> library, TagIndex tags, PageWriter pages, RenderPool pool) {
        List<Article> newest = library.stream().sorted(TagIndex.NEWEST_FIRST).toList();
        Map<Article, Integer> places = new IdentityHashMap<>(newest.size() * 2);
        for (int i = 0; i < newest.size(); i++) {
            places.put(newest.get(i), i);
        }
        List<TimelineYear> years = Timeline.of(library);
        List<Page> all = new ArrayList<>();
        paginated("pages/home", "", newest, tags, years, places, all, Map.of());
        all.add(new Page("pages/archive", "archive/", newestDate(newest), 0,
                lang -> Map.of("years", years, "tags", tags)));
        List<YearMonth> months = years.stream().flatMap(y -> y.months().stream()).map(TimelineMonth::month).toList();
        int m = 0;
        for (TimelineYear year : years) {
            String yearPath = String.format("%04d/", year.year());
            List<Article> inYear = year.months().stream().flatMap(mo -> mo.articles().stream()).toList();
            all.add(new Page("pages/year", yearPath, newestDate(inYear), places.get(inYear.get(0)),
                    lang -> Map.of("year", year, "tags", tags)));
            for (TimelineMonth month : year.months()) {
                Map<String, Object> extra = new HashMap<>();
                extra.put("month", month);
                extra.put("year", year);
                extra.put("newerMonth", m > 0 ? MonthLink.of(months.get(m - 1)) : null);
                extra.put("olderMonth", m + 1 < months.size() ? MonthLink.of(months.get(m + 1)) : null);
                paginated("pages/month", MonthLink.of(month.month()).path(), month.articles(), tags, years, places,
                        all, extra);
                m++;
            }
        }
        all.sort(NEWEST_FIRST);
        pool.forEach(all, page -> pages.prepareBilingual(page.template(), page.path(), page.lastmod(), "feed",
                page.variables()), prepared -> prepared.forEach(pages::commit));
        pages.forgetCards();
    }

    private static void paginated(String template, String base, List<Article> articles, TagIndex tags,
                                  List<TimelineYear> years, Map<Article, Integer> places, List<Page> all,
                                  Map<String, Object> extra) {
        List<List<Article>> split = Pager.split(articles, PAGE_SIZE);
        for (int n = 1; n <= split.size(); n++) {
            List<Article> slice = split.get(n - 1);
            Pager pager = Pager.of(base, n, split.size());
            int newest = slice.isEmpty() ? 0 : places.get(slice.get(0));
            all.add(new Page(template, Pager.path(base, n), newestDate(slice), newest, lang -> {
                Map<String, Object> vars = new HashMap<>(extra);
                vars.put("articles", slice);
                vars.put("pager", pager);
                vars.put("tags", tags);
                vars.put("years", years);
                vars.put("total", articles.size());
                return vars;
            }));
        }
    }

    /**
     * Later instants last; the same instant ordered by offset, so the choice never depends on input order. Compares
     * epoch seconds and nanoseconds rather than {@code Instant}s: no object per comparison on this hot path.
     */
    static final Comparator<OffsetDateTime> LATEST = Comparator.comparingLong(OffsetDateTime::toEpochSecond)
            .thenComparingInt(OffsetDateTime::getNano)
            .thenComparing(OffsetDateTime::getOffset);

    /** The latest {@link Article#lastModified()}, or null for no articles. */
    static OffsetDateTime newestDate(List<Article> articles) {
        OffsetDateTime newest = null;
        for (Article a : articles) {
            OffsetDateTime date = a.lastModified();
            if (newest == null || LATEST.compare(date, newest) > 0) {
                newest = date;
            }
        }
        return newest;
    }

}
