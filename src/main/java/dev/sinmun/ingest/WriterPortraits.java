package dev.sinmun.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * A writer's headshot in the text: a picture whose alt text is the byline's name, alone or with a short role after
 * it ("김순덕 대기자", "Kim Soon-duk, Columnist"), is the columnist's photo, not the article's.
 */
final class WriterPortraits {

    /** What may follow the name in a headshot's alt text: a role of a few words, not a caption's sentence. */
    private static final int MAX_ROLE_WORDS = 3;
    private static final int MIN_NAME = 2;

    /** Removes from {@code body} the pictures showing one of the writers, with a caption that only names them. */
    void drop(Element body, List<BylineReader.Byline> reporters, List<String> authors) {
        List<String> names = Stream.concat(reporters.stream().map(BylineReader.Byline::name), authors.stream())
                .filter(Objects::nonNull).flatMap(n -> Arrays.stream(n.split("\\s*[,·]\\s*")))
                .map(Whitespace::normalize).filter(n -> n.length() >= MIN_NAME).distinct().toList();
        if (names.isEmpty()) {
            return;
        }
        for (Element img : body.select("img[alt]")) {
            if (!namesWriter(img.attr("alt"), names)) {
                continue;
            }
            Element block = img.parent() != null && img.parent() != body && img.parent().text().isBlank()
                    ? img.parent() : img;
            Element next = block.nextElementSibling();
            if (next != null && next.select("img").isEmpty() && namesWriter(next.text(), names)) {
                next.remove();
            }
            block.remove();
        }
    }

    private static boolean namesWriter(String text, List<String> names) {
        String t = Whitespace.normalize(text);
        for (String name : names) {
            if (t.startsWith(name)) {
                String rest = t.substring(name.length()).replaceFirst("^[\\s,(|·-]+", "").replaceFirst("\\)$", "");
                boolean boundary = t.length() == name.length() || !Character.isLetterOrDigit(t.charAt(name.length()));
                if (boundary && (rest.isEmpty() || rest.split("\\s+").length <= MAX_ROLE_WORDS
                        && !rest.matches(".*[.!?다]$"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
