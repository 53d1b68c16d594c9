package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageChromeTest {

    private final PageChrome chrome = new PageChrome();

    @Test
    void removesSkipLinksGluedToEitherEnd() {
        assertThat(chrome.withoutSkipLinks("Go to contents")).isEmpty();
        assertThat(chrome.withoutSkipLinks("lightee@donga.comGo to contents")).isEqualTo("lightee@donga.com");
        assertThat(chrome.withoutSkipLinks("Go to contentsGo to contents Headline")).isEqualTo("Headline");
        assertThat(chrome.withoutSkipLinks("본문 바로가기")).isEmpty();
        assertThat(chrome.withoutSkipLinks("Skip to content creators were invited.")).isEqualTo(
                "Skip to content creators were invited.");
        assertThat(chrome.withoutSkipLinks("Officials said they would go to contents review")).isEqualTo(
                "Officials said they would go to contents review");
    }

    @Test
    void readsEditionLinks() {
        assertThat(chrome.editionLinks("한국어")).containsExactly(Optional.of(Lang.KO));
        assertThat(chrome.editionLinks("English")).containsExactly(Optional.of(Lang.EN));
        assertThat(chrome.editionLinks("English | 中文 | 日本語")).containsExactly(Optional.of(Lang.EN),
                Optional.empty(), Optional.empty());
        assertThat(chrome.editionLinks("Français")).containsExactly(Optional.empty());
        assertThat(chrome.editionLinks("English teachers in Korea")).isEqualTo(List.of());
    }

    @Test
    void recognisesFooters() {
        assertThat(chrome.isCopyrightLine("Copyright by donga.com")).isTrue();
        assertThat(chrome.isCopyrightLine("ⓒ 동아일보 & donga.com, 무단 전재 및 재배포 금지")).isTrue();
        assertThat(chrome.isCopyrightLine("© 2020 The Korea Herald. All rights reserved.")).isTrue();
        assertThat(chrome.isCopyrightLine("Copyright disputes between Seoul and Tokyo flared again.")).isFalse();
        assertThat(chrome.isCopyrightLine("The envoys met on Tuesday.")).isFalse();
        assertThat(chrome.isButton("Print")).isTrue();
        assertThat(chrome.isButton("URL 복사")).isTrue();
        assertThat(chrome.isButton("Print media reported the visit.")).isFalse();
        assertThat(chrome.isFooterSection("Most Viewed")).isTrue();
        assertThat(chrome.isFooterSection("많이 본 뉴스")).isTrue();
        assertThat(chrome.isFooterSection("Related articles were removed from the site.")).isFalse();
    }
}
