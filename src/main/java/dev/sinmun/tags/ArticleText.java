package dev.sinmun.tags;

import dev.sinmun.model.RawArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline and paragraphs of an article as one string, without correction notes, with look-alike spaces, quotes
 * and hyphens unified.
 */
final class ArticleText {

    private ArticleText() {
    }

    /** The headline, the paragraphs, then the photo captions of the body that no paragraph repeats. */
    static String of(RawArticle article) {
        List<String> blocks = new ArrayList<>(article.paragraphs());
        Captions.of(article.body()).stream().filter(c -> !article.paragraphs().contains(c)).forEach(blocks::add);
        return of(article.title(), blocks);
    }

    static String of(String title, List<String> paragraphs) {
        List<String> parts = new ArrayList<>();
        if (title != null) {
            parts.add(title);
        }
        parts.addAll(CorrectionNotes.without(paragraphs));
        return normalise(String.join("\n\n", parts));
    }

    /** Replaces characters one for one, so offsets stay valid. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000', '\t' -> ' ';
                case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
                case '\u2010', '\u2011' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }
}
