package dev.sinmun.model;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as read from one raw dump, before tagging.
 *
 * @param file       the raw file, as given on the command line or found in the inbox
 * @param title      the headline, once
 * @param lang       the language of the text itself
 * @param posted     first publication, with the outlet's offset
 * @param updated    last update, or null when the page gives none
 * @param byline     the reporter's e-mail or name, or null
 * @param source     outlet, original URL, raw file
 * @param translations other-language versions the page links to
 * @param paragraphs the body as plain text, one entry per paragraph, in order
 * @param body       the body as Markdown, escaped so it renders exactly the original text
 * @param summary    the lead, at most about 300 characters, cut at a sentence or word boundary
 * @param slug       a URL slug derived from the title (not yet made unique across the archive)
 */
public record RawArticle(
        Path file,
        String title,
        Lang lang,
        OffsetDateTime posted,
        OffsetDateTime updated,
        String byline,
        Source source,
        List<Translation> translations,
        List<String> paragraphs,
        String body,
        String summary,
        String slug) {

    public RawArticle {
        translations = List.copyOf(translations);
        paragraphs = List.copyOf(paragraphs);
    }
}
