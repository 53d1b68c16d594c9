package dev.sinmun.ingest;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A page holding several stories, each a headline, a few lines and a link to the whole story (a newsletter or a
 * morning brief saved as HTML), which imports as one article made of them all.
 */
final class StoryDigest {

    /** A link to a story's whole text: "Read more »", "Full story", "기사 전문 보기", "자세히 보기". */
    private static final Pattern READ_ON = Pattern.compile("(?i)^(?:read (?:more|on|the (?:full|whole) (?:story|article))"
            + "|continue reading|full (?:story|article)|(?:기사\\s?)?(?:전문\\s?)?보기|기사\\s?(?:전문|원문)\\s?보기"
            + "|자세히\\s?(?:보기|읽기)|더\\s?(?:보기|읽기)|원문\\s?보기)\\s*[»›>→▶]*$");
    private static final Pattern HEADING = Pattern.compile("h[1-4]");
    private static final int MIN_STORIES = 2;

    /** The number of stories when the container holds several, each under its heading with its own "Read more" link. */
    Optional<Integer> stories(Element container) {
        Set<String> linked = new LinkedHashSet<>();
        boolean underHeading = false;
        String pending = null;
        for (Element e : container.select("*")) {
            if (HEADING.matcher(e.tagName()).matches()) {
                underHeading = true;
                pending = null;
            } else if (underHeading && pending == null && e.is("a[href]")
                    && READ_ON.matcher(Whitespace.normalize(e.text())).matches()) {
                pending = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
                linked.add(pending);
            }
        }
        return linked.size() >= MIN_STORIES ? Optional.of(linked.size()) : Optional.empty();
    }
}
