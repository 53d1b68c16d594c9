package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireEditionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "N. Korea fires missile|N. Korea fires missile|0|false",
            "(URGENT) N. Korea fires missile|N. Korea fires missile|0|true",
            "(LEAD) N. Korea fires missile|N. Korea fires missile|1|true",
            "(2nd LD) N. Korea fires missile|N. Korea fires missile|2|true",
            "(3rd LD, with details) N. Korea fires missile|N. Korea fires missile|3|true",
            "(LEAD) (News Focus) Talks stall|(News Focus) Talks stall|1|true",
            "[속보] 북한 미사일 발사|북한 미사일 발사|0|true",
            "북한 미사일 발사(종합)|북한 미사일 발사|1|true",
            "북한 미사일 발사(종합2보)|북한 미사일 발사|2|true",
            "(LEAD)|(LEAD)|1|true"})
    void readsTheEditionMarker(String headline, String title, int edition, boolean marked) {
        assertThat(WireEdition.of(headline)).isEqualTo(new WireEdition(title, edition, marked));
    }
}
