package dev.sinmun.tags;

import java.util.List;

/** One year of a timeline: its months, newest first. */
public record TimelineYear(int year, List<TimelineMonth> months) {

    public TimelineYear {
        months = List.copyOf(months);
    }

    public int count() {
        return months.stream().mapToInt(TimelineMonth::count).sum();
    }
}
