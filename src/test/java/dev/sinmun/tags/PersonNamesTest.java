package dev.sinmun.tags;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Antony Blinken | 토니 블링컨 | Blinken Antony",
            "Fumio Kishida | 기시다 후미오 | Kishida Fumio",
            "Carlos Del Toro | - | Del Toro Carlos",
            "Ursula von der Leyen | - | von der Leyen Ursula",
            "Martin Luther King Jr. | - | King Martin Luther Jr.",
            "Syngman Rhee | - | Rhee Syngman",
            "Xi Jinping | 시진핑 | Xi Jinping",
            "Wang Yi | 왕이 | Wang Yi",
            "Ban Ki-moon | - | Ban Ki-moon",
            "Kim Jong Un | - | Kim Jong Un",
            "Choe Son Hui | 최선희 | Choe Son Hui",
            "Jungkook | - | Jungkook",
            "Person 12 | - | Person 12",
    })
    void anIndexSortsAPersonByFamilyName(String en, String ko, String sorted) {
        assertThat(PersonNames.familyFirst(en, ko)).isEqualTo(sorted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "도널드 트럼프 | Donald Trump | 트럼프 도널드",
            "토니 블링컨 | Antony Blinken | 블링컨 토니",
            "우르줄라 폰데어라이엔 | Ursula von der Leyen | 폰데어라이엔 우르줄라",
            "이시바 시게루 | Shigeru Ishiba | 이시바 시게루",
            "기시다 후미오 | Fumio Kishida | 기시다 후미오",
            "시진핑 | Xi Jinping | 시진핑",
            "김정은 | Kim Jong Un | 김정은",
            "반기문 | Ban Ki-moon | 반기문",
            "성 김 | Sung Kim | 김 성",
            "제이크 설리번 | - | 제이크 설리번",
    })
    void aKoreanIndexSortsAWesternNameInHangulByFamilyName(String ko, String en, String sorted) {
        assertThat(PersonNames.hangulFamilyFirst(ko, en)).isEqualTo(sorted);
    }
}
