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
    void shardKeysCountCharactersNotUtf16Units() {
        assertThat(SearchTokens.shardKey("𝒳𝒴𝒵abc")).isEqualTo("𝒳𝒴𝒵");
        assertThat(SearchTokens.shardKey("a")).isEqualTo("a");
    }
}
