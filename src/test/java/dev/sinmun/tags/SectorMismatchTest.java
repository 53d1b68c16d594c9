package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectorMismatchTest {

    private static RegistryPerson person(Role... roles) {
        return new RegistryPerson("p", "P", "피", Aliases.none(), List.of(roles), "KR", null);
    }

    private static final RegistryPerson FOUNDER = person(
            new Role("Founder and Chairman of Coupang", "쿠팡 창업자 겸 의장", "Coupang", null, null));
    private static final RegistryPerson REGULATOR = person(new Role("Governor of the Financial Supervisory Service",
            "금융감독원장", "Financial Supervisory Service", null, null));

    @Test
    void aGovernmentTitleContradictsABusinessmansRoles() {
        assertThat(SectorMismatch.contradicts("기재부 1차관", FOUNDER)).isTrue();
        assertThat(SectorMismatch.contradicts("Vice Finance Minister", FOUNDER)).isTrue();
        assertThat(SectorMismatch.contradicts("쿠팡 의장", FOUNDER)).isFalse();
        assertThat(SectorMismatch.contradicts("홍보대사", FOUNDER)).isFalse();
    }

    @Test
    void aPrivateTitleContradictsAnOfficialsRoles() {
        assertThat(SectorMismatch.contradicts("선수", REGULATOR)).isTrue();
        assertThat(SectorMismatch.contradicts("ferry's captain", REGULATOR)).isTrue();
        assertThat(SectorMismatch.contradicts("한국거래소 이사장", REGULATOR)).isFalse();
        assertThat(SectorMismatch.contradicts("전 자민당 간사장", REGULATOR)).isFalse();
    }

    @Test
    void unknownRolesOrTitlesContradictNothing() {
        assertThat(SectorMismatch.contradicts("기재부 1차관", person())).isFalse();
        assertThat(SectorMismatch.contradicts(null, FOUNDER)).isFalse();
        assertThat(SectorMismatch.contradicts("교수", REGULATOR)).isFalse();
    }
}
