package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlashLabelTest {

    /** Flash labels and wire editions leave the slug's title; labels naming a kind of text stay. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "[단독] 검찰, 대통령실 압수수색;              검찰, 대통령실 압수수색",
            "[TV조선 단독] 명태균 녹취 공개;              명태균 녹취 공개",
            "[포토] 광화문 첫눈;                          광화문 첫눈",
            "【영상】 여객기 착륙 순간;                    여객기 착륙 순간",
            "[속보][단독] 헌재, 선고일 지정;              헌재, 선고일 지정",
            "[단독](2보) 검찰, 압수수색;                  검찰, 압수수색",
            "[팩트체크] 의대 증원하면 지역의사 늘까;      [팩트체크] 의대 증원하면 지역의사 늘까",
            "[사설] 국민 통합의 길로;                     [사설] 국민 통합의 길로",
            "[인터뷰] 이복현 금감원장;                    [인터뷰] 이복현 금감원장",
            "[단독];                                      [단독]",
            "여야, 감액안 단독 처리 공방;                 여야, 감액안 단독 처리 공방",
    })
    void leavesOnlyFlashLabelsOut(String headline, String slugTitle) {
        assertThat(FlashLabel.slugTitle(headline)).isEqualTo(slugTitle);
    }
}
