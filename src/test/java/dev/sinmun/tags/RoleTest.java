package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role each person is given: as written, with "former"/"전", qualifiers and multi-word titles kept. */
class RoleTest {

    private static final Tagger TAGGER = new Tagger(Registry.load(Path.of("src/test/resources/tags/registry")));

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Former President Park Geun-hye was released on Friday.                   | Park Geun-hye       | former President
            He met Former U.N. Secretary-General Ban Ki-moon in New York.            | Ban Ki-moon         | former U.N. Secretary-General
            The late former Seoul Mayor Park Won-soon was mourned.                   | Park Won-soon       | former Seoul Mayor
            Prosecutor General Yoon Suk Yeol resigned on Thursday.                   | Yoon Suk Yeol       | Prosecutor General
            Army Chief of Staff Gen. Park An-su attended the ceremony.               | Park An-su          | Army Chief of Staff
            Lt. Gen. Park Han-ki, chief of the Joint Chiefs of Staff, attended.      | Park Han-ki         | chief of the Joint Chiefs of Staff
            Commerce Secretary Howard Lutnick arrived on Monday.                     | Howard Lutnick      | Commerce Secretary
            Transport Minister Park Sang-woo inspected the site.                     | Park Sang-woo       | Transport Minister
            Seoul Mayor Oh Se-hoon announced the plan.                               | Oh Se-hoon          | Seoul Mayor
            Chinese President Xi Jinping arrived in Seoul.                           | Xi Jinping          | President
            Democratic Party leader Lee Jae-myung spoke to reporters.                | Lee Jae-myung       | Democratic Party leader
            Samsung Electronics Chairman Lee Jae-yong was acquitted.                 | Lee Jae-yong        | Samsung Electronics Chairman
            South Korean First Vice Foreign Minister Kim Hong-kyun flew to Washington. | Kim Hong-kyun     | First Vice Foreign Minister
            Bank of Korea Governor Rhee Chang-yong kept the rate unchanged.          | Rhee Chang-yong     | Bank of Korea Governor
            On Monday, Foreign Minister Cho Hyun met the envoy.                      | Cho Hyun            | Foreign Minister
            Rep. Kim Ki-hyeon, floor leader of the People Power Party, objected.     | Kim Ki-hyeon        | floor leader of the People Power Party
            Kim Yong Chol, vice chairman of the Workers’ Party Central Committee, came. | Kim Yong Chol    | vice chairman of the Workers' Party Central Committee
            He was education minister under President Kim Dae-jung at the time.      | Kim Dae-jung        | President
            """)
    void englishRoleIsTheTitleAsWritten(String sentence, String name, String role) {
        assertThat(people(sentence)).filteredOn(p -> name.equals(p.en())).extracting(PersonRef::role)
                .containsExactly(role);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            트럼프 전 대통령은 이날 성명을 냈다.                 | 도널드 트럼프 | 전 대통령
            이재명 전 대표는 기자들과 만났다.                   | 이재명     | 전 대표
            추경호 국민의힘 원내대표는 기자회견을 열었다.          | 추경호     | 국민의힘 원내대표
            권성동 국민의힘 의원이 질의했다.                    | 권성동     | 국민의힘 의원
            이창용 한국은행 총재는 금리를 동결했다.              | 이창용     | 한국은행 총재
            김종민 변호사는 입장문을 냈다.                     | 김종민     | 변호사
            선우정 고려대 교수는 이렇게 말했다.                 | 선우정     | 고려대 교수
            이창용 한은 총재는 금리를 동결했다.                 | 이창용     | 한은 총재
            방시혁 하이브 의장은 기자회견을 열었다.              | 방시혁     | 하이브 의장
            정의선 현대차 회장이 공장을 찾았다.                 | 정의선     | 현대차 회장
            """)
    void koreanRoleIsTheTitleAsWritten(String sentence, String name, String role) {
        assertThat(people(sentence)).filteredOn(p -> name.equals(p.ko())).extracting(PersonRef::role)
                .containsExactly(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Son scored again and is chasing the Premier League Golden Boot this season.
            윤석열 대통령 한남동 관저 앞에 지지자들이 모였다.
            반도체 시장 전망이 밝다.
            그는 지역구 의원 시절 이 법안을 냈다.
            어차피 대표 선출은 다음 달이다.
            선우정 고려대 교수는 이렇게 말했다.
            이창용 한은 총재는 금리를 동결했다.
            Park Soo-young, a first-term lawmaker of the People Power Party, mourned him.
            방시혁 하이브 의장은 기자회견을 열었다.
            """)
    void commonWordsBeforeATitleAreNotPeople(String sentence) {
        assertThat(people(sentence)).extracting(p -> p.en() == null ? p.ko() : p.en())
                .noneMatch(n -> n.contains("League") || n.contains("Golden") || n.equals("한남동")
                        || n.equals("반도체") || n.equals("지역구") || n.equals("어차피") || n.equals("고려대")
                        || n.equals("한은") || n.equals("People Power") || n.equals("하이브"));
    }

    @org.junit.jupiter.api.Test
    void oneWordStageNamesAreFoundWhereTheTextWritesThemAsTheRegistryDoes() {
        Tagger tagger = new Tagger(Registry.of(List.of(person("rm", "RM"), person("iu", "IU"),
                person("g-dragon", "G-Dragon"), person("jimin", "Jimin")), List.of()));

        List<PersonRef> people = tagger.tag(LabelledCase.article("x", Lang.EN, List.of(
                "RM, the leader of BTS, and singer IU attended with G-Dragon. Jimin sent flowers."))).people();

        assertThat(people).extracting(PersonRef::id).containsExactly("rm", "iu", "g-dragon", "jimin");
    }

    @org.junit.jupiter.api.Test
    void mixedCaseOneWordNamesAreNotOrdinaryWordsSurnamesOrPartOfALongerName() {
        Tagger tagger = new Tagger(Registry.of(List.of(person("psy", "Psy"), person("rain", "Rain"),
                person("jin", "Jin"), person("jimin", "Jimin")), List.of()));

        List<PersonRef> people = tagger.tag(LabelledCase.article("x", Lang.EN, List.of(
                "Singer Psy sang in the rain. Rain stopped. Jin said nothing. Jimin Choi of Busan came too."))).people();

        assertThat(people).extracting(PersonRef::id).containsExactly("psy");
    }

    private static RegistryPerson person(String id, String en) {
        return new RegistryPerson(id, en, null, new Aliases(List.of(), List.of()), List.of(), "KR", null);
    }

    @org.junit.jupiter.api.Test
    void aRegistryOrganisationIsNeverAPerson() {
        RegistryEntry hybe = new RegistryEntry("hybe", "HYBE", "하이브", new Aliases(List.of(), List.of()), "company", "KR",
                null, null);
        Tagger tagger = new Tagger(Registry.of(List.of(), List.of(), List.of(hybe), List.of()));

        List<PersonRef> people = tagger.tag(LabelledCase.article("x", Lang.KO,
                List.of("하이브 이사회 의장은 이날 주주총회에서 입장을 밝혔다."))).people();

        assertThat(people).extracting(PersonRef::ko).doesNotContain("하이브");
    }

    @org.junit.jupiter.api.Test
    void formerBeforeATitleIsNeverASurname() {
        RegistryPerson chun = new RegistryPerson("chun-doo-hwan", "Chun Doo-hwan", "전두환", new Aliases(List.of(),
                List.of()), List.of(new Role("President", "대통령", "Republic of Korea", "1980-09", "1988-02")), "KR", null);
        Tagger tagger = new Tagger(Registry.of(List.of(chun), List.of()));

        List<PersonRef> people = tagger.tag(LabelledCase.article("x", Lang.KO,
                List.of("트럼프 전 대통령은 19일 연설했다. 전 대통령은 “한국은 부자 나라”라고 말했다. 현 대통령은 답하지 않았다."))).people();

        assertThat(people).extracting(PersonRef::id).doesNotContain("chun-doo-hwan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bank of Korea Governor Rhee Chang-yong kept the rate unchanged.        | Bank of Korea
            The National Assembly's Foreign Affairs, Trade and Unification Committee met. | Foreign Affairs, Trade and Unification Committee
            """)
    void organisationNamesStopAtTheTitleAndKeepTheirListedParts(String sentence, String organisation) {
        List<String> names = TAGGER.tag(LabelledCase.article("x", Lang.EN, List.of(sentence))).organizations()
                .stream().map(NamedRef::en).toList();
        assertThat(names).allMatch(n -> n.equals(organisation) || organisation.contains(n) && n.contains(" of "))
                .noneMatch(n -> n.contains("Governor") || n.equals("Unification Committee"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Harry Kane scored twice on Saturday. Kane now has 30 goals this season.                 | Harry Kane
            Director Bong praised Martin Scorsese at the ceremony. Scorsese thanked him in turn.    | Martin Scorsese
            Celtic sacked Ange Postecoglou’s successor, and fans said they missed Postecoglou.      | Ange Postecoglou
            Figure skater Mao Asada retired in 2017. Asada later coached young skaters.             | Mao Asada
            Soprano Sumi Jo sang the anthem. Jo said she was moved by the crowd.                    | Sumi Jo
            Coupang founder Bom Kim testified on Tuesday. Kim said the company would cooperate.     | Bom Kim
            """)
    void westernOrderNamesAreFoundWhenTheSurnameRecurs(String text, String name) {
        assertThat(people(text)).extracting(PersonRef::en).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Goldman Sachs said the won would weaken. Analysts at Goldman disagreed.
            The Champions League final is in June. The League said tickets were sold out.
            Hong Kong police said protests grew. Kong was not named.
            Kim founded Naver Webtoon in 2004. Webtoon grew fast, and a webtoon became a film.
            Two Koreas march together. The two Koreas agreed, and Koreas on both sides cheered.
            """)
    void capitalisedPairsWithoutARecurringSurnameAreNotPeople(String text) {
        assertThat(people(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void titleCaseHeadlineWordsAreNotQualifiers() {
        List<PersonRef> people = TAGGER.tag("Biden Urges President Moon Jae-in To Act Fast",
                List.of("The talks ended on Friday.")).people();

        assertThat(people).filteredOn(p -> p.id().equals("moon-jae-in")).extracting(PersonRef::role)
                .containsExactly("President");
    }

    private static List<PersonRef> people(String sentence) {
        boolean korean = sentence.chars().anyMatch(KoreanLexicon::isHangul);
        return TAGGER.tag(LabelledCase.article("x", korean ? Lang.KO : Lang.EN, List.of(sentence))).people();
    }
}
