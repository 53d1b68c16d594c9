package dev.sinmun.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpUrlFilterTest {

    @Test
    void keepsHttpAndHttps() {
        assertThat(HttpUrlFilter.httpUrl("https://news.example.com/a?b=1")).isEqualTo("https://news.example.com/a?b=1");
        assertThat(HttpUrlFilter.httpUrl(" http://x.example/ ")).isEqualTo("http://x.example/");
    }

    @Test
    void dropsEverythingElse() {
        assertThat(HttpUrlFilter.httpUrl("javascript:alert(1)")).isNull();
        assertThat(HttpUrlFilter.httpUrl("JaVaScRiPt:alert(1)")).isNull();
        assertThat(HttpUrlFilter.httpUrl("/relative")).isNull();
        assertThat(HttpUrlFilter.httpUrl("https:no-host")).isNull();
        assertThat(HttpUrlFilter.httpUrl("http://bad host/")).isNull();
    }
}
