package dev.sinmun.render;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DateFilterTest {

    private static final OffsetDateTime KST = OffsetDateTime.parse("2020-09-14T07:34+09:00");

    @Test
    void englishInItsOwnOffsetWithKstLabel() {
        assertThat(DateFilter.format(KST, false, false)).isEqualTo("September 14, 2020, 07:34 KST");
    }

    @Test
    void korean() {
        assertThat(DateFilter.format(KST, true, false)).isEqualTo("2020년 9월 14일 07:34");
    }

    @Test
    void dayOnly() {
        assertThat(DateFilter.format(KST, false, true)).isEqualTo("September 14, 2020");
        assertThat(DateFilter.format(KST, true, true)).isEqualTo("2020년 9월 14일");
    }

    @Test
    void otherOffsetsAreNamedAndNotConverted() {
        OffsetDateTime utc = OffsetDateTime.parse("2020-09-13T22:34Z");
        OffsetDateTime ny = OffsetDateTime.parse("2020-09-13T18:34-04:00");
        assertThat(DateFilter.format(utc, false, false)).isEqualTo("September 13, 2020, 22:34 UTC");
        assertThat(DateFilter.format(ny, false, false)).isEqualTo("September 13, 2020, 18:34 UTC-04:00");
        assertThat(DateFilter.format(ny, true, false)).isEqualTo("2020년 9월 13일 18:34 (UTC-04:00)");
    }
}
