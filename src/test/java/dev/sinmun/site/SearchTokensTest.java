package dev.sinmun.site;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {

    @Test
    void textTakenAsNormalizedIsWhatNfkcLeavesAsItIs() {
        Random random = new Random(11);
        String typical = "Minister Choi’s “talks” — 최종건 외교부 1차관은 · 2020–2021 ‚x‛ ";
        String unusual = "ＡＢＣ ﬁ ① ² … \u00A0 é e\u0301 가\u11A8 ᄀ";
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                String from = random.nextInt(6) == 0 ? unusual : typical;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            if (SearchTokens.plainlyNormalized(text.toString())) {
                plain++;
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFKC)).as(text.toString()).isTrue();
            }
        }
        assertThat(plain).as("texts taken as normalized").isGreaterThan(5_000);
        assertThat(SearchTokens.plainlyNormalized("ＡＢＣ")).isFalse();
        assertThat(SearchTokens.plainlyNormalized("가\u11A8")).isFalse();
    }

    @Test
    void tokensAreTheSameWhetherOrNotTheTextIsNormalizedFirst() {
        String text = "The Minister’s “ALLIANCE” talks — 최종건 외교부 1차관은 ＡＢＣ ﬁnal ①";
        List<String> viaNfkc = SearchTokens.of(Normalizer.normalize(text, Normalizer.Form.NFKC));

        assertThat(SearchTokens.of(text)).isEqualTo(viaNfkc)
                .contains("minister", "s", "alliance", "최종건", "1차관은", "abc", "final", "1");
        assertThat(SearchTokens.of(text.toUpperCase(Locale.ROOT))).isEqualTo(viaNfkc);
    }

    @Test
    void tokensAreTheRunsOfLettersAndDigitsWithoutStopWords() {
        Random random = new Random(12);
        String alphabet = "aZ09 _-'’.,\t\n가힣é\u00A0\u0301١٢𝒳😀\uD800ß\u2019İ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(random.nextInt(8) == 0 ? List.of("the", "The", "and", "a", "the1").get(random.nextInt(5))
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertThat(SearchTokens.of(text.toString())).as(text.toString()).isEqualTo(byCodePoints(text.toString()));
        }
    }

    /** The tokens as the rule says, code point by code point. */
    private static List<String> byCodePoints(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new java.util.ArrayList<>();
        StringBuilder token = new StringBuilder();
        norm.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                token.appendCodePoint(c);
            } else {
                tokens.add(token.toString());
                token.setLength(0);
            }
        });
        tokens.add(token.toString());
        return tokens.stream().filter(t -> !t.isEmpty() && !SearchTokens.isStopWord(t)).toList();
    }

    @Test
    void shardKeysCountCharactersNotUtf16Units() {
        assertThat(SearchTokens.shardKey("𝒳𝒴𝒵abc")).isEqualTo("𝒳𝒴𝒵");
        assertThat(SearchTokens.shardKey("a")).isEqualTo("a");
    }
}
