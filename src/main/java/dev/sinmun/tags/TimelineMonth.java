package dev.sinmun.tags;

import dev.sinmun.model.Article;

import java.time.YearMonth;
import java.util.List;

/** The articles of one month, newest first, in a timeline. */
public record TimelineMonth(YearMonth month, List<Article> articles) {

    public TimelineMonth {
        articles = List.copyOf(articles);
    }

    public int count() {
        return articles.size();
    }
}
