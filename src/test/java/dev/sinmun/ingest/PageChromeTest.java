package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"기사 듣기", "듣기", "공유하기", "구독", "좋아요 0", "추천 12", "기사저장", "프린트", "글씨 크기",
            "Listen to this article", "Subscribe", "Comments 3", "Copy link", "Advertisement", "좋아요",
            "추천해요 2", "기자의 다른 기사 보기"})
    void recognisesButtonsOfArticlePages(String line) {
        assertThat(chrome.isButton(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"지금 뜨는 뉴스", "많이 본 기사", "가장 많이 본 기사", "댓글 0", "에디터 추천", "인기 뉴스", "Trending now",
            "Headline News", "Top Stories"})
    void recognisesListsOfOtherArticles(String line) {
        assertThat(chrome.isFooterSection(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"구독자 수가 크게 늘었다.", "좋아요를 누른 사람은 10만 명이었다.", "Subscribers rose 4 percent.",
            "추천 기사를 쓴 기자는 누구인가", "댓글 조작 의혹이 제기됐다.", "Trending topics changed overnight.",
            "Headlines were dominated by the summit.", "204", "3개", "AD"})
    void leavesSentencesAboutTheseThingsInTheBody(String line) {
        assertThat(chrome.isButton(line)).isFalse();
        assertThat(chrome.isFooterSection(line)).isFalse();
    }

    @Test
    void cutsThePhotoCreditOffACaption() {
        assertThat(chrome.withoutPhotoCredit("Vendors arrange tulips on Sunday. Photo by Baek Ji-hoon"))
                .isEqualTo("Vendors arrange tulips on Sunday.");
        assertThat(chrome.withoutPhotoCredit("Vendors arrange tulips. (Photo: Seoul Metropolitan Government)"))
                .isEqualTo("Vendors arrange tulips.");
        assertThat(chrome.withoutPhotoCredit("Rescue workers search the site / Yonhap")).isEqualTo("Rescue workers search the site");
        assertThat(chrome.withoutPhotoCredit("시민들이 꽃을 고르고 있다. 사진=뉴시스")).isEqualTo("시민들이 꽃을 고르고 있다.");
        assertThat(chrome.withoutPhotoCredit("시민들이 꽃을 고르고 있다. 동아일보DB")).isEqualTo("시민들이 꽃을 고르고 있다.");
        assertThat(chrome.withoutPhotoCredit("Photo courtesy of the Ministry of Culture")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The ministry released a photo by the coast guard.", "He said the picture was clear.",
            "Officials showed photos: three of them were blurred, the rest clear.", "The envoys met on Tuesday."})
    void leavesSentencesWithoutACreditAlone(String line) {
        assertThat(chrome.withoutPhotoCredit(line)).isNull();
    }
}
