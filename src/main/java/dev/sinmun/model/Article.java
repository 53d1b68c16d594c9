package dev.sinmun.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article of the archive: its front matter and its Markdown body, as stored under
 * {@code content/articles/YYYY/MM/<slug>.md}. {@code tagEdits} records the tags an editor pinned or removed by hand.
 */
public record Article(
        String slug,
        String title,
        Lang lang,
        OffsetDateTime posted,
        OffsetDateTime updated,
        String byline,
        Source source,
        List<Translation> translations,
        List<PersonRef> people,
        List<TopicRef> topics,
        List<NamedRef> organizations,
        List<NamedRef> places,
        String summary,
        int words,
        String body,
        TagEdits tagEdits) {

    public Article {
        translations = List.copyOf(translations);
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        tagEdits = tagEdits == null ? TagEdits.none() : tagEdits;
    }

    /** An article without tags set by hand. */
    public Article(String slug, String title, Lang lang, OffsetDateTime posted, OffsetDateTime updated, String byline,
                   Source source, List<Translation> translations, List<PersonRef> people, List<TopicRef> topics,
                   List<NamedRef> organizations, List<NamedRef> places, String summary, int words, String body) {
        this(slug, title, lang, posted, updated, byline, source, translations, people, topics, organizations, places,
                summary, words, body, TagEdits.none());
    }

    /** The same article with other tags and tag edits. */
    public Article withTags(List<PersonRef> people, List<TopicRef> topics, List<NamedRef> organizations,
                            List<NamedRef> places, TagEdits tagEdits) {
        return new Article(slug, title, lang, posted, updated, byline, source, translations, people, topics,
                organizations, places, summary, words, body, tagEdits);
    }

    /** The same article with another body; null for one held without it (see {@code ArticleReader}). */
    public Article withBody(String body) {
        return new Article(slug, title, lang, posted, updated, byline, source, translations, people, topics,
                organizations, places, summary, words, body, tagEdits);
    }

    /** An article tagged with people and topics only. */
    public Article(String slug, String title, Lang lang, OffsetDateTime posted, OffsetDateTime updated, String byline,
                   Source source, List<Translation> translations, List<PersonRef> people, List<TopicRef> topics,
                   String summary, int words, String body) {
        this(slug, title, lang, posted, updated, byline, source, translations, people, topics, List.of(), List.of(),
                summary, words, body);
    }

    /** The article's page, relative to the site root, e.g. {@code articles/2020/09/<slug>/}. */
    public String path() {
        return "articles/" + yearMonth() + "/" + slug + "/";
    }

    /** The Markdown file, relative to {@code content/articles/}, e.g. {@code 2020/09/<slug>.md}. */
    public String file() {
        return yearMonth() + "/" + slug + ".md";
    }

    /** {@code YYYY/MM} of the posting date, as {@code %04d/%02d} would give, without a formatter per call. */
    private String yearMonth() {
        int year = posted.getYear();
        int month = posted.getMonthValue();
        if (year < 0 || year > 9999) {
            return String.format("%04d/%02d", year, month);
        }
        StringBuilder sb = new StringBuilder(7);
        String y = Integer.toString(year);
        sb.append("0000", 0, 4 - y.length()).append(y).append('/');
        if (month < 10) {
            sb.append('0');
        }
        return sb.append(month).toString();
    }

    /** The date readers see: the last update, or the first publication. */
    public OffsetDateTime lastModified() {
        return updated != null ? updated : posted;
    }
}
