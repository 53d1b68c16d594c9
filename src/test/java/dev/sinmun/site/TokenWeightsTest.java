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
                .isEqualTo(Map.of("minister", 7, "met", 1, "장관은", 1, "장관", 1, "kim", 5));
        assertThat(weights.capped(4).asMap())
                .containsEntry("minister", 4).containsEntry("kim", 4).containsEntry("met", 1);
    }

    @Test
    void givesWhatCountingEachTokenStringGivesForThousandsOfTokens() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            int word = (int) Math.abs(random.nextGaussian() * 900);
            text.append(word % 3 == 0 ? "단어" + word : "w" + word).append(i % 9 == 0 ? ". The " : " ");
        }
        Map<String, Integer> expected = new HashMap<>();
        SearchTokens.of(text.toString()).forEach(t -> expected.merge(t, 2, Integer::sum));
        expected.replaceAll((t, w) -> Math.min(15, w));

        TokenWeights weights = new TokenWeights();
        weights.add(text.toString(), 2);

        assertThat(expected).hasSizeGreaterThan(1_000);
        assertThat(weights.capped(15).asMap()).isEqualTo(expected);
    }
}
