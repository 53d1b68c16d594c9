package dev.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineAuthorTest {

    @Test
    void eachReporterIsAnAuthorWithTheirOwnAddress() {
        assertThat(BylineAuthor.all("Kim Do-hyung dodo@donga.com, Lee Ji-eun easy@donga.com")).containsExactly(
                new BylineAuthor("Kim Do-hyung", "dodo@donga.com", null),
                new BylineAuthor("Lee Ji-eun", "easy@donga.com", null));
        assertThat(BylineAuthor.all("Sang-Jun Kim ksj@donga.com, Dong-Hyun Kwon")).containsExactly(
                new BylineAuthor("Sang-Jun Kim", "ksj@donga.com", null),
                new BylineAuthor("Dong-Hyun Kwon", null, null));
    }

    @Test
    void aKoreanReportersTitleAndDatelineAreNotTheirName() {
        assertThat(BylineAuthor.all("판문점 정유경 기자 yk@donga.com")).containsExactly(
                new BylineAuthor("정유경", "yk@donga.com", "기자"));
        assertThat(BylineAuthor.all("워싱턴=김정안 특파원 jkim@donga.com, 이진한 의학전문기자 likeday@donga.com"))
                .containsExactly(new BylineAuthor("김정안", "jkim@donga.com", "특파원"),
                        new BylineAuthor("이진한", "likeday@donga.com", "의학전문기자"));
    }

    @Test
    void anEnglishTitleAfterTheNameIsItsRole() {
        assertThat(BylineAuthor.all("Kim Young-hie, Editorial Writer")).containsExactly(
                new BylineAuthor("Kim Young-hie", null, "Editorial Writer"));
        assertThat(BylineAuthor.all("Choi Ha-young, staff reporter")).containsExactly(
                new BylineAuthor("Choi Ha-young", null, "staff reporter"));
    }

    @Test
    void anAddressAloneIsTheAuthorsNameButNotANamedAuthor() {
        List<BylineAuthor> authors = BylineAuthor.all("a@yna.co.kr, b@yna.co.kr");

        assertThat(authors).containsExactly(new BylineAuthor("a@yna.co.kr", "a@yna.co.kr", null),
                new BylineAuthor("b@yna.co.kr", "b@yna.co.kr", null));
        assertThat(authors).noneMatch(BylineAuthor::named);
    }
}
