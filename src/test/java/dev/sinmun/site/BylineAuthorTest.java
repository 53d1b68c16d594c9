package dev.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineAuthorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "lightee@donga.com;                                          lightee@donga.com;            lightee@donga.com",
            "Kim Do-hyung dodo@donga.com;                                Kim Do-hyung;                 dodo@donga.com",
            "김정안 특파원 jkim@donga.com;                                 김정안 특파원;                   jkim@donga.com",
            "Kim Do-hyung dodo@donga.com, Lee Ji-eun easy@donga.com;     Kim Do-hyung, Lee Ji-eun;     -",
            "a@yna.co.kr, b@yna.co.kr;                                   a@yna.co.kr, b@yna.co.kr;     -",
            "Choi Ha-young, staff reporter;                              Choi Ha-young, staff reporter; -",
    })
    void namesTheAuthorApartFromTheAddress(String byline, String name, String email) {
        BylineAuthor author = BylineAuthor.of(byline);
        assertThat(author.name()).isEqualTo(name);
        assertThat(author.email()).isEqualTo(email);
    }
}
