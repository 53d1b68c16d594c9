package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(chrome.isCopyrightLine("Copyright to the group's name and songs is held by ADOR, which is 80 percent "
                + "owned by Hybe, according to regulatory filings.")).isFalse();
        assertThat(chrome.isCopyrightLine("Copyright of the photos is owned by the agency since 2019.")).isFalse();
        assertThat(chrome.isCopyrightLine("Copyright 2021 Pacific Wire Service, Inc. (PWS). Any reproduction, "
                + "republication, redistribution and/or modification of any PWS content is expressly prohibited without "
                + "PWS's prior written consent.")).isTrue();
        assertThat(chrome.isCopyrightLine("Copyright 2021 rulings by the Supreme Court made the reproduction of news "
                + "photos without the photographer's consent a crime, and lawyers said the rulings would change how "
                + "portals, broadcasters and newspapers share pictures taken by freelancers across the country.")).isFalse();
        assertThat(chrome.isPointer("Related article: Nuri's first launch falls short of orbit in October")).isTrue();
        assertThat(chrome.isPointer("Related talks will resume in May.")).isFalse();
        assertThat(chrome.isAddressLine("https://www.donga.com/news/Politics/article/all/20240305/123906123/2")).isTrue();
        assertThat(chrome.isAddressLine("URL: https://www.donga.com/en/article/all/20200914/2032/1")).isTrue();
        assertThat(chrome.isAddressLine("See https://www.mofa.go.kr for the statement.")).isFalse();
        assertThat(chrome.isSectionMenu("정치 경제 국제 사회 문화 연예 스포츠 헬스동아 오피니언")).isTrue();
        assertThat(chrome.isSectionMenu("News Politics Opinion Economy National Culture Sports Entertainment")).isTrue();
        assertThat(chrome.isSectionMenu("Moon Jae-in Meets Kim Jong Un In Panmunjom")).isFalse();
        assertThat(chrome.isSectionMenu("정치 경제 이슈 총정리")).isFalse();
        assertThat(chrome.isCopyrightLine("The envoys met on Tuesday.")).isFalse();
        assertThat(chrome.isButton("Print")).isTrue();
        assertThat(chrome.isButton("URL 복사")).isTrue();
        assertThat(chrome.isButton("Print media reported the visit.")).isFalse();
        assertThat(chrome.isFooterSection("Most Viewed")).isTrue();
        assertThat(chrome.isFooterSection("많이 본 뉴스")).isTrue();
        assertThat(chrome.isFooterSection("[투표] 주 4일제 도입, 어떻게 생각하십니까?")).isTrue();
        assertThat(chrome.isButton("투표하기")).isTrue();
        assertThat(chrome.isButton("결과보기")).isTrue();
        assertThat(chrome.isButton("추천")).isTrue();
        assertThat(chrome.isFooterSection("Related articles were removed from the site.")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"기사 듣기", "듣기", "공유하기", "구독", "좋아요 0", "추천 12", "기사저장", "프린트", "글씨 크기",
            "Listen to this article", "Listen to this article · 5:12 min Learn more", "Subscribe", "Comments 3", "Copy link", "Advertisement", "좋아요",
            "추천해요 2", "기자의 다른 기사 보기", "URL copy", "kakao", "E-mail", "닫기", "김동하 기자 기자페이지 바로가기", "폰트 뉴스듣기",
            "트위터 페이스북 구글", "Print | Share", "이 기사를 추천합니다.", "댓글 0", "다른 공유 찾기", "본문 글씨 키우기",
            "기사원문", "본문 요약봇", "SNS 보내기", "글자크기 조정", "기사원문 스크랩 본문듣기 · 설정", "이 기사가 마음에 드시나요?",
            "Kakao Talk", "Naver Band", "KakaoTalk", "기자 프로필", "이 기사 어떠셨나요?", "훌륭해요", "중앙일보 구독 신청",
            "네이버에서 서울신문 구독하기", "클릭", "메일", "url 공유 - 복사", "메일보내기", "이 기사의 ‘좋아요’를 눌러주세요",
            "이 기사는 언론사에서 오피니언 섹션으로 분류했어요.", "해당 언론사로 이동해 기사를 확인하세요.", "프레시안에 제보하기"})
    void recognisesButtonsOfArticlePages(String line) {
        assertThat(chrome.isButton(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Line", "A", "5–6 minutes", "12 min read", "english.donga.com", "지면 A31면", "지면 : 2면",
            "지면A1", "지면 1면", "지면보기", "종합 31면", "14면", "A1면", "호수 905", "뉴스 9", "뉴스데스크"})
    void recognisesChromeAboveTheText(String line) {
        assertThat(chrome.isHeaderChrome(line)).isTrue();
        assertThat(chrome.isButton(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Line 2 reopened on Monday.", "A second vote", "56 minutes after the launch",
            "Visit english.donga.com for more.", "지면 광고가 줄었다.", "14면에 실린 기사", "뉴스 9시 방송에서"})
    void leavesTextThatStartsLikeChromeAboveTheText(String line) {
        assertThat(chrome.isHeaderChrome(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"지금 뜨는 뉴스", "많이 본 기사", "가장 많이 본 기사", "댓글 0", "에디터 추천", "인기 뉴스", "Trending now",
            "Headline News", "Top Stories", "JTBC 핫클릭", "오늘의 핫클릭"})
    void recognisesListsOfOtherArticles(String line) {
        assertThat(chrome.isFooterSection(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"구독자 수가 크게 늘었다.", "좋아요를 누른 사람은 10만 명이었다.", "Subscribers rose 4 percent.",
            "추천 기사를 쓴 기자는 누구인가", "댓글 조작 의혹이 제기됐다.", "Trending topics changed overnight.",
            "Headlines were dominated by the summit.", "204", "3개", "AD", "Share prices fell", "Print and share"})
    void leavesSentencesAboutTheseThingsInTheBody(String line) {
        assertThat(chrome.isButton(line)).isFalse();
        assertThat(chrome.isFooterSection(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"이메일 : jebo@cbs.co.kr", "카카오톡 : @노컷뉴스", "사이트 : https://url.kr/b71afn",
            "※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 부당대우, 사건사고와 미담 등 모든 얘깃거리를 알려주세요.",
            "뉴스 가치나 화제성이 있다고 판단되는 사진 또는 영상을 뉴시스 사진영상부(n-photo@newsis.com, 02-721-7470)로 보내주시면 "
                    + "적극 반영하겠습니다.", "※ '당신의 제보가 뉴스가 됩니다'"})
    void recognisesAnOutletsTipBox(String line) {
        assertThat(chrome.isContactLine(line)).isTrue();
    }

    @Test
    void recognisesProductionCreditsInBrackets() {
        assertThat(chrome.isProductionCredit("[영상취재 박재현 / 영상편집 김동준]")).isTrue();
        assertThat(chrome.isProductionCredit("[영상취재 박재현 이승창 / 영상편집 김동준]")).isTrue();
        assertThat(chrome.isProductionCredit("[촬영 현장]")).isFalse();
    }

    @Test
    void recognisesAWiresContinuationMark() {
        assertThat(chrome.isWireNote("<<계속>>")).isTrue();
        assertThat(chrome.isWireNote("(계속)")).isTrue();
        assertThat(chrome.isWireNote("계속 수사하겠다")).isFalse();
    }

    @Test
    void recognisesAPapersLinkBarAsAPointer() {
        assertThat(chrome.isPointer("[ 문화닷컴 바로가기 | 소설 서유기 연재 | 모바일 웹 ]")).isTrue();
    }

    @Test
    void recognisesAMagazinesIssueLinesAndSubscribeCallsAsTheSitesNotice() {
        assertThat(chrome.isSiteNotice("1466호 (p20~23)")).isTrue();
        assertThat(chrome.isSiteNotice("2025년 10월호")).isTrue();
        assertThat(chrome.isSiteNotice("<이 기사는 신동아 2025년 10월호에 실렸습니다>")).isTrue();
        assertThat(chrome.isSiteNotice("동아일보 구독하고 프리미엄 콘텐츠를 무료로 즐기세요.")).isTrue();
        assertThat(chrome.isSiteNotice("신동아 2025년 10월호에 따르면 참모들은 말을 아꼈다.")).isFalse();
        assertThat(chrome.isSiteNotice("신문을 구독하고 뉴스를 즐기세요라는 광고가 붙었다.")).isFalse();
    }

    @Test
    void recognisesAnOpinionPagesDisclaimerAsTheSitesNotice() {
        assertThat(chrome.isSiteNotice("※ 외부 필진 기고는 중앙일보의 편집 방향과 다를 수 있습니다.")).isTrue();
        assertThat(chrome.isSiteNotice("칼럼의 내용은 본지의 편집 방향과 다를 수 있습니다.")).isTrue();
        assertThat(chrome.isSiteNotice("정부의 방향과 다를 수 있다고 말했다.")).isFalse();
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
        assertThat(chrome.withoutPhotoCredit("사진공동취재단")).isEmpty();
        assertThat(chrome.withoutPhotoCredit("[국회사진기자단]")).isEmpty();
        assertThat(chrome.withoutPhotoCredit("ⓒ 뉴스1")).isEmpty();
        assertThat(chrome.withoutPhotoCredit("[서울=뉴시스] 사진공동취재단 = 이재명 대표가 법원에 출석하고 있다. 2024.11.15."))
                .isEqualTo("이재명 대표가 법원에 출석하고 있다.");
        assertThat(chrome.withoutPhotoCredit("Photo courtesy of the Ministry of Culture")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "4일 서울 송파구에서 바라본 아파트 단지. 뉴스1;                    4일 서울 송파구에서 바라본 아파트 단지.",
            "2일 서울 서초구 반포동 일대 아파트 단지 모습./연합뉴스;             2일 서울 서초구 반포동 일대 아파트 단지 모습.",
            "장관이 발언하고 있다. 기획재정부 제공;                           장관이 발언하고 있다.",
            "윤석열 대통령이 모두발언을 하고 있다. 대통령실 제공;                윤석열 대통령이 모두발언을 하고 있다.",
            "바이든 대통령이 연설하고 있다. 워싱턴=AP 뉴시스;                   바이든 대통령이 연설하고 있다.",
            "1일 서울 용산구 한남동 재개발 구역. 사진공동취재단;                 1일 서울 용산구 한남동 재개발 구역.",
            "정상들이 기념촬영을 하고 있다. 청와대사진기자단;                    정상들이 기념촬영을 하고 있다.",
            "매물 정보가 붙어 있다. 송은석 기자 silverstone@donga.com;          매물 정보가 붙어 있다.",
            "시민들이 광장을 걷고 있다. 김성룡 기자;                           시민들이 광장을 걷고 있다.",
            "President Yoon speaks at the ceremony. AP Newsis;              President Yoon speaks at the ceremony.",
            "The leaders pose for a photo. Photo Pool;                      The leaders pose for a photo.",
            "시민들이 응원봉을 들고 있다. 2024.12.14/뉴스1 ⓒ News1 김도우 기자;    시민들이 응원봉을 들고 있다.",
            "이재용 삼성전자 회장/사진=뉴시스;                                  이재용 삼성전자 회장",
            "서울 강남구 아파트 단지 모습. / 사진=김휘선 기자;                   서울 강남구 아파트 단지 모습.",
    })
    void dropsTheCreditsKoreanPapersPutAfterACaption(String caption, String text) {
        assertThat(chrome.withoutPhotoCredit(caption)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The ministry released a photo by the coast guard.", "He said the picture was clear.",
            "Officials showed photos: three of them were blurred, the rest clear.", "The envoys met on Tuesday.",
            "정부는 다음 달부터 지원금을 제공", "그는 연합뉴스와의 인터뷰에서 이같이 말했다.", "Yonhap", "The report cited News1."})
    void leavesSentencesWithoutACreditAlone(String line) {
        assertThat(chrome.withoutPhotoCredit(line)).isNull();
    }
}
