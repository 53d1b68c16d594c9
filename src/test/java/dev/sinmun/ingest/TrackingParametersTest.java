package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingParametersTest {

    @Test
    void dropsAnEmbedsClickCountersAndTheEmptyQuery() {
        assertThat(TrackingParameters.without("https://www.instagram.com/p/Abc1/?utm_source=ig_embed&utm_campaign=x"))
                .isEqualTo("https://www.instagram.com/p/Abc1/");
        assertThat(TrackingParameters.without("https://twitter.com/x/status/1?ref_src=twsrc%5Etfw"))
                .isEqualTo("https://twitter.com/x/status/1");
    }

    @Test
    void keepsTheOtherParametersAndTheFragment() {
        assertThat(TrackingParameters.without("https://a.example/p?year=2026&UTM_Medium=x&id=7#top"))
                .isEqualTo("https://a.example/p?year=2026&id=7#top");
        assertThat(TrackingParameters.without("https://a.example/p#utm_source=x"))
                .isEqualTo("https://a.example/p#utm_source=x");
        assertThat(TrackingParameters.without("mailto:kim@donga.com")).isEqualTo("mailto:kim@donga.com");
    }
}
