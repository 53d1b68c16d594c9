package dev.sinmun.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaywallTest {

    @ParameterizedTest
    @ValueSource(strings = {"Subscribe to continue reading", "To continue reading, please subscribe to Korea JoongAng "
            + "Daily Premium.", "Want to read more?", "This content is only available to NK Pro subscribers",
            "You've reached your free article limit for this month.", "Continue reading with Gaon Pro",
            "Already a subscriber? Sign in to continue reading.", "이 기사는 유료회원 전용입니다.",
            "전체 기사를 보시려면 로그인하세요", "구독자 전용 기사입니다"})
    void promptsOfTextDumpsAndPagesAlike(String line) {
        assertTrue(Paywall.isPrompt(line), line);
        assertTrue(new PageChrome().isPaywallPrompt(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Voters must register to vote by Friday, the commission said.",
            "The company said it would ask users to subscribe to its new streaming plan.", "구독", "회원가입"})
    void sentencesAreNotPrompts(String line) {
        assertFalse(Paywall.isPrompt(line), line);
    }

    @Test
    void aPromptCutsTheTextShortOnlyWhenNoTextFollowsIt() {
        assertTrue(Paywall.cutsShort(3, 0));
        assertFalse(Paywall.cutsShort(3, 2));
        assertFalse(Paywall.cutsShort(0, 0));
    }

    @Test
    void aPromptInThePageChromeOrAboveMoreTextGivesNoWarning() {
        Document page = Jsoup.parse("<body><header><p>Subscribe to continue reading</p></header><article>"
                + "<p>" + "Lead sentence of the article. ".repeat(5) + "</p>"
                + "<div class=promo>Subscribe now to unlock our newsletter</div>"
                + "<p>" + "More of the article follows here. ".repeat(5) + "</p></article></body>");
        assertEquals(Optional.empty(), new Paywall().reason(page, page.selectFirst("article")));
    }

    @Test
    void aPromptAfterTheLastParagraphCutsItShort() {
        Document page = Jsoup.parse("<body><article><p>" + "Lead sentence of the article. ".repeat(5) + "</p>"
                + "<div class=gate><h3>Subscribe to continue reading</h3></div></article></body>");
        assertTrue(new Paywall().reason(page, page.selectFirst("article")).isPresent());
    }

    @Test
    void aSubscribersSaveHoldingThePaidPartsGivesNoWarning() {
        Document page = Jsoup.parse("<head><script type=application/ld+json>{\"isAccessibleForFree\":false,"
                + "\"hasPart\":{\"isAccessibleForFree\":false,\"cssSelector\":\".paid\"}}</script></head><body>"
                + "<article><p>Lead.</p><div class=paid><p>" + "The text behind the paywall. ".repeat(5) + "</p></div>"
                + "</article></body>");
        assertEquals(Optional.empty(), new Paywall().reason(page, page.selectFirst("article")));
    }
}
