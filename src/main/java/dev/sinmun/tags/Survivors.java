package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a Korean obituary that list the family left behind ("유족으로는 부인 김OO 씨와 …"): a name the
 * registry does not know, named only there and with no title but "씨", is a mourner, not whom the article is about.
 * (English "is survived by his wife …" lines often name public figures, a former first lady, and are kept.)
 */
final class Survivors {

    private static final Pattern SENTENCE = Pattern.compile(
            "(?:유족으로는|유족은|유가족으로는)[^\\n]*?(?:[다.](?=\\s|$)|(?=\\n)|$)");

    private final List<int[]> spans = new ArrayList<>();

    private Survivors(String text) {
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
    }

    static Survivors in(String text) {
        return new Survivors(text);
    }

    /** Whether {@code position} falls inside a sentence that lists survivors. */
    boolean covers(int position) {
        return spans.stream().anyMatch(s -> position >= s[0] && position < s[1]);
    }
}
