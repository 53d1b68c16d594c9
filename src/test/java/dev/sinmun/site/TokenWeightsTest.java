package dev.sinmun.site;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TokenWeightsTest {

    @Test
    void sumsEachTokensMentionsWithoutStopWordsAndCapsThem() {
        TokenWeights weights = new TokenWeights();
        weights.add("The Minister met the MINISTER; 장관은 장관.", 1);
        weights.add("Minister Kim", 5);
        weights.add(null, 5);

        assertThat(weights.capped(15).asMap())
                .isEqualTo(Map.of("minister", 7, "met", 1, "장관은", 1, "관은", 1, "장관", 1, "kim", 5));
        assertThat(weights.capped(4).asMap())
                .containsEntry("minister", 4).containsEntry("kim", 4).containsEntry("met", 1);
    }

    @Test
    void aHangulWordIsAlsoIndexedByItsEndsSoAWordInsideACompoundIsFound() {
        TokenWeights weights = new TokenWeights();
        weights.add("비상계엄 선포, 계엄군 K팝 삼성SDI 12일", 2);

        assertThat(weights.capped(15).asMap()).isEqualTo(Map.of("비상계엄", 2, "상계엄", 2, "계엄", 2, "선포", 2,
                "계엄군", 2, "엄군", 2, "k팝", 2, "삼성sdi", 2, "12일", 2));
    }

    @Test
    void givesWhatCountingEachTokenStringGivesForThousandsOfTokens() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            int word = (int) Math.abs(random.nextGaussian() * 900);
            text.append(word % 3 == 0 ? "단어" + word : word % 3 == 1 ? "단" + syllables(word) : "w" + word)
                    .append(i % 9 == 0 ? ". The " : " ");
        }
        Map<String, Integer> expected = new HashMap<>();
        SearchTokens.of(text.toString()).forEach(t -> {
            expected.merge(t, 2, Integer::sum);
            for (int from = 1; t.chars().allMatch(c -> c >= 0xAC00) && t.length() - from >= 2; from++) {
                expected.merge(t.substring(from), 2, Integer::sum);
            }
        });
        expected.replaceAll((t, w) -> Math.min(15, w));

        TokenWeights weights = new TokenWeights();
        weights.add(text.toString(), 2);

        assertThat(expected).hasSizeGreaterThan(1_000);
        assertThat(weights.capped(15).asMap()).isEqualTo(expected);
    }

    /** The number's digits as Hangul syllables ("가" for 0 … "차" for 9). */
    private static String syllables(int number) {
        StringBuilder out = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            out.append("가나다라마바사아자차".charAt(digit - '0'));
        }
        return out.toString();
    }
}
