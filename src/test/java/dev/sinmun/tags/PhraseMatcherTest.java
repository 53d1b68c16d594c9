package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void findsOverlappingAndNestedPhrasesInOnePass() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (String p : List.of("he", "she", "his", "hers", "u.s.", "u.s. forces korea")) {
            matcher.add(p, p);
        }

        List<String> found = matcher.findAll("ushers and u.s. forces korea").stream()
                .map(m -> m.value() + "@" + m.start()).toList();

        assertThat(found).containsExactly("she@1", "he@2", "hers@2", "u.s.@11", "u.s. forces korea@11");
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(42);
        List<String> phrases = new ArrayList<>();
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (int i = 0; i < 200; i++) {
            String p = randomText(random, 1 + random.nextInt(5));
            phrases.add(p);
            matcher.add(p, p);
        }
        String text = randomText(random, 5000);

        List<String> expected = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (String p : phrases) {
                if (end >= p.length() && text.startsWith(p, end - p.length())) {
                    expected.add(p + "@" + (end - p.length()));
                }
            }
        }
        List<String> actual = matcher.findAll(text).stream().map(m -> m.value() + "@" + m.start()).toList();

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append("abc 한".charAt(random.nextInt(5)));
        }
        return out.toString();
    }
}
