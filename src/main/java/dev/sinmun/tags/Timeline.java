package dev.sinmun.tags;

import dev.sinmun.model.Article;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles grouped by year and month, newest first, by the date (and offset) they were posted. */
public final class Timeline {

    private Timeline() {
    }

    public static List<TimelineYear> of(List<Article> articles) {
        Map<Integer, Map<YearMonth, List<Article>>> years = new LinkedHashMap<>();
        for (Article a : articles.stream().sorted(TagIndex.NEWEST_FIRST).toList()) {
            YearMonth month = YearMonth.from(a.posted());
            years.computeIfAbsent(month.getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(a);
        }
        List<TimelineYear> result = new ArrayList<>();
        years.forEach((year, months) -> result.add(new TimelineYear(year,
                months.entrySet().stream().map(e -> new TimelineMonth(e.getKey(), e.getValue())).toList())));
        return List.copyOf(result);
    }
}
