package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerLabelTest {

    @Test
    void readsALabelAloneAsWhoSpeaks() {
        assertThat(SpeakerLabel.alone("[정수진/직장인]")).hasValue("정수진(직장인)");
        assertThat(SpeakerLabel.alone("[김민성 / 경기 고양시]")).hasValue("김민성(경기 고양시)");
        assertThat(SpeakerLabel.alone("[인터뷰] 이재갑 한림대 감염내과 교수")).hasValue("이재갑 한림대 감염내과 교수");
        assertThat(SpeakerLabel.alone("[인터뷰] 김대진 / 대학생")).hasValue("김대진(대학생)");
        assertThat(SpeakerLabel.alone("◀ 정철진/경제평론가 ▶")).hasValue("정철진(경제평론가)");
        assertThat(SpeakerLabel.standsOver("[정수진/직장인]", "“물가가 너무 올랐어요.”")).isTrue();
        assertThat(SpeakerLabel.standsOver("[정수진/직장인]", "조태열 외교부 장관은 2일 인터뷰에서 말했다.")).isFalse();
        assertThat(SpeakerLabel.standsOver("◀ 정철진/경제평론가 ▶", "주식 시장은 반등했습니다.")).isTrue();
        assertThat(SpeakerLabel.standsOver("◀ 정철진/경제평론가 ▶", "◀ 앵커 ▶")).isFalse();
        assertThat(SpeakerLabel.alone("[앵커]")).isEmpty();
        assertThat(SpeakerLabel.alone("[단독] 검찰, 압수수색")).isEmpty();
    }

    @Test
    void putsTheSpeakerBeforeWordsInTheSameBracket() {
        assertThat(SpeakerLabel.around("[박영숙/서울 마포구 : 너무 더워요.]")).isEqualTo("박영숙(서울 마포구): 너무 더워요.");
        assertThat(SpeakerLabel.around("[속보] 한은 기준금리 인하")).isEqualTo("[속보] 한은 기준금리 인하");
    }
}
