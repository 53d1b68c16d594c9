package dev.sinmun.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a headline opens with that say how the news came, not what it is about: a wire edition ("[속보]",
 * "(2nd LD)", see {@link WireEdition}) or a flash label ("[단독]", "[TV조선 단독]", "[포토]", "[영상]", "[긴급]").
 * The slug leaves them out and the title keeps them; labels that name a kind of text ("[팩트체크]", "[사설]",
 * "[인터뷰]") are part of the title's words.
 */
public final class FlashLabel {

    private static final Pattern LEADING = Pattern.compile("^\\s*[(\\[【<]\\s*(?:"
            + "(?:[가-힣A-Za-z0-9]{1,8}\\s?)?(?:단독|특종)|포토|포토뉴스|사진|화보|영상|긴급)\\s*[)\\]】>]\\s*");

    private FlashLabel() {
    }

    /** The headline without its leading flash labels and wire edition markers; the headline when nothing is left. */
    public static String slugTitle(String headline) {
        String title = headline;
        while (true) {
            Matcher m = LEADING.matcher(title);
            String next = m.find() ? title.substring(m.end()) : WireEdition.of(title).title();
            if (next.isBlank() || next.equals(title)) {
                return title.isBlank() ? headline : title;
            }
            title = next;
        }
    }
}
