package dev.sinmun.model;

import dev.sinmun.Problem;
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
 * @param outletId   the outlet's own id for the article (from its URL or page), or null
 * @param warnings   things worth an editor's look that did not stop the import
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
        String slug,
        String outletId,
        List<Problem> warnings) {

    public RawArticle {
        translations = List.copyOf(translations);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** An article without an outlet id or warnings. */
    public RawArticle(Path file, String title, Lang lang, OffsetDateTime posted, OffsetDateTime updated, String byline,
                      Source source, List<Translation> translations, List<String> paragraphs, String body,
                      String summary, String slug) {
        this(file, title, lang, posted, updated, byline, source, translations, paragraphs, body, summary, slug, null,
                List.of());
    }
}
