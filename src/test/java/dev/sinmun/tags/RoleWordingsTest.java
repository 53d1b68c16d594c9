package dev.sinmun.tags;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RoleWordingsTest {

    private static RoleWordings.Said said(String role, String day) {
        return new RoleWordings.Said(role, OffsetDateTime.parse(day + "T09:00:00+09:00"));
    }

    @Test
    void wordingsOfOneRoleCountAsOneWrittenAsMostArticlesWriteIt() {
        List<RoleSpan> spans = RoleWordings.spans(List.of(said("chairman of HYBE", "2025-03-01"),
                said("HYBE chairman", "2024-11-02"), said("Hybe Chairman", "2024-06-01"),
                said("HYBE chairman", "2023-02-10")));

        assertThat(spans).extracting(RoleSpan::role, RoleSpan::articles).containsExactly(tuple("HYBE chairman", 4));
        assertThat(spans.get(0).first()).isEqualTo(OffsetDateTime.parse("2023-02-10T09:00:00+09:00"));
        assertThat(spans.get(0).last()).isEqualTo(OffsetDateTime.parse("2025-03-01T09:00:00+09:00"));
    }

    @Test
    void aBareRoleJoinsTheFullerRoleOfItsTime() {
        List<RoleSpan> spans = RoleWordings.spans(List.of(said("leader", "2024-12-10"),
                said("PPP leader", "2024-12-01"), said("People Power Party leader", "2024-08-01"),
                said("former Justice Minister", "2024-01-05"), said("후보", "2025-05-02"),
                said("국민의힘 후보", "2025-05-01"), said("후보", "2017-05-02"), said("자유한국당 후보", "2017-04-20")));

        assertThat(spans).extracting(RoleSpan::role, RoleSpan::articles).containsExactly(tuple("국민의힘 후보", 2),
                tuple("PPP leader", 3), tuple("former Justice Minister", 1), tuple("자유한국당 후보", 2));
    }

    @Test
    void wordsThatMakeAnotherPostKeepRolesApart() {
        List<RoleSpan> spans = RoleWordings.spans(List.of(said("Foreign Minister", "2024-10-01"),
                said("Vice Foreign Minister", "2022-01-01"), said("Prime Minister", "2021-06-01"),
                said("former President", "2020-05-01"), said("President", "2019-05-01"),
                said("전 의원", "2018-01-01"), said("의원", "2017-01-01"), said("President-elect", "2016-12-01")));

        assertThat(spans).extracting(RoleSpan::role).containsExactly("Foreign Minister", "Vice Foreign Minister",
                "Prime Minister", "former President", "President", "전 의원", "의원", "President-elect");
    }

    @Test
    void spellingsAndAbbreviationsOfOneOrganisationMatch() {
        List<RoleSpan> spans = RoleWordings.spans(List.of(said("U.N. Secretary-General", "2015-01-01"),
                said("United Nations Secretary-General", "2014-01-01"), said("Defence Minister", "2013-01-01"),
                said("defense minister", "2012-01-01")));

        assertThat(spans).extracting(RoleSpan::role, RoleSpan::articles)
                .containsExactly(tuple("U.N. Secretary-General", 2), tuple("Defence Minister", 2));
    }

    @Test
    void anAcronymIsTheNameItAbbreviates() {
        List<RoleSpan> spans = RoleWordings.spans(List.of(said("DPK chairman", "2025-03-01"),
                said("Democratic Party of Korea chairman", "2024-11-02"), said("DPK chairman", "2024-10-02"),
                said("KFA chairman", "2024-09-01"), said("PP chairman", "2024-08-01")));

        assertThat(spans).extracting(RoleSpan::role, RoleSpan::articles)
                .containsExactly(tuple("DPK chairman", 3), tuple("KFA chairman", 1), tuple("PP chairman", 1));
    }
}
