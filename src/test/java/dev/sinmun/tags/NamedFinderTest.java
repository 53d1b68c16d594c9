package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.NamedRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedFinderTest {

    private static final NamedFinder FINDER = new NamedFinder(Registry.of(List.of(), List.of(),
            List.of(RegistryEntry.of("usfk", "United States Forces Korea", "주한미군", List.of("U.S. Forces Korea", "USFK"),
                            List.of()),
                    RegistryEntry.of("presidential-office", "Presidential Office", "대통령실",
                            List.of("Blue House", "Cheong Wa Dae", "presidential office"), List.of("청와대")),
                    RegistryEntry.of("defense-ministry", "Ministry of National Defense", "국방부",
                            List.of("Defense Ministry"), List.of())),
            List.of(RegistryEntry.of("united-states", "United States", "미국", List.of("U.S.", "US"), List.of()),
                    RegistryEntry.of("washington", "Washington", "워싱턴", List.of(), List.of()),
                    RegistryEntry.of("seoul", "Seoul", "서울", List.of(), List.of()),
                    RegistryEntry.of("north-korea", "North Korea", "북한", List.of(), List.of()),
                    RegistryEntry.of("south-korea", "South Korea", "한국", List.of("Korea"), List.of()))), new PersonNames());

    private static List<String> ids(List<NamedRef> refs) {
        return refs.stream().map(NamedRef::id).toList();
    }

    @Test
    void theLongestNameWinsOverThePlaceInsideIt() {
        NamedFinder.Found found = FINDER.find("U.S. Forces Korea and US Forces Korea said the U.S. would stay.");

        assertThat(ids(found.organizations())).containsExactly("usfk");
        assertThat(ids(found.places())).containsExactly("united-states");
    }

    @Test
    void placeNamesInsideOtherNamesAreNotPlaces() {
        NamedFinder.Found found = FINDER.find("The Washington Post and Seoul National University agreed. "
                + "George Washington never saw the Korean Peninsula. Washington and Seoul disagreed.");

        assertThat(ids(found.places())).containsExactly("washington", "seoul");
        assertThat(ids(found.organizations())).containsExactly("seoul-national-university");
    }

    @Test
    void placeNamesOpeningACompanyOrTeamAreNotPlaces() {
        NamedFinder.Found found = FINDER.find("Seoul Dodgers fans cheered while Washington Electric shares fell. "
                + "Washington Hospital said so. Seoul answered.");

        assertThat(ids(found.places())).containsExactly("seoul");
    }

    @Test
    void companiesAndCitiesNamingASportsClubOrASongAreNeitherCompaniesNorPlaces() {
        NamedFinder finder = new NamedFinder(Registry.of(List.of(), List.of(),
                List.of(RegistryEntry.of("lg-group", "LG Group", "LG그룹", List.of("LG"), List.of())),
                List.of(RegistryEntry.of("los-angeles", "Los Angeles", "로스앤젤레스", List.of(), List.of()),
                        RegistryEntry.of("paris", "Paris", "파리", List.of(), List.of()),
                        RegistryEntry.of("gangnam", "Gangnam", "강남", List.of(), List.of()),
                        RegistryEntry.of("north-jeolla", "North Jeolla", "전북", List.of("Jeonbuk"), List.of()))),
                new PersonNames());

        NamedFinder.Found found = finder.find("The LG Twins beat the Los Angeles Lakers fans' favourites. Lee of "
                + "Paris Saint-Germain sang “Gangnam Style” for Jeonbuk Hyundai Motors. LG said Paris and Gangnam won.");

        assertThat(ids(found.organizations())).containsExactly("lg-group");
        assertThat(ids(found.places())).containsExactly("paris", "gangnam");
    }

    private static RegistryEntry company(String id, String en, String ko, List<String> koAliases) {
        return new RegistryEntry(id, en, ko, new Aliases(List.of(), koAliases), "company", "KR", null, null);
    }

    private static final NamedFinder OWNERS = new NamedFinder(Registry.of(List.of(), List.of(),
            List.of(company("doosan-group", "Doosan Group", "두산그룹", List.of("두산")),
                    company("lotte-group", "Lotte Group", "롯데그룹", List.of("롯데")),
                    company("kia", "Kia", "기아", List.of("기아자동차")),
                    company("samsung-electronics", "Samsung Electronics", "삼성전자", List.of())),
            List.of()), new PersonNames());

    @Test
    void companiesShortNamesInAGameReportNameTheirClubs() {
        NamedFinder.Found found = OWNERS.find("프로야구에서 두산이 롯데를 6대 5로 따돌렸습니다. 8회말 만루 위기를 넘겼고, "
                + "삼성전자 후원으로 열린 경기였습니다.");

        assertThat(ids(found.organizations())).containsExactly("samsung-electronics");
    }

    @Test
    void aCompanyBeforeAClubNicknameIsTheClubThroughoutTheArticle() {
        NamedFinder.Found found = OWNERS.find("기아 타이거즈가 우승했습니다. 기아는 역전승을 거뒀고, 두산그룹 회장이 축하했습니다.");

        assertThat(ids(found.organizations())).containsExactly("doosan-group");
    }

    @Test
    void companiesShortNamesOutsideGameReportsStayCompanies() {
        NamedFinder.Found found = OWNERS.find("롯데는 유통 부문을 매각했고 두산은 원전 수주를 늘렸다. 기아도 홈런 같은 실적을 냈다.");

        assertThat(ids(found.organizations())).containsExactly("lotte-group", "doosan-group", "kia");
    }

    @Test
    void acronymsAreCaseSensitiveAndCapitalisedNamesNeedACapital() {
        NamedFinder.Found found = FINDER.find("Tell us about the blue house on the hill and usfk.\n\n"
                + "The presidential office said so.");

        assertThat(ids(found.places())).isEmpty();
        assertThat(ids(found.organizations())).containsExactly("presidential-office");
    }

    @Test
    void koreanNamesTakeParticlesButNotOtherWords() {
        NamedFinder.Found found = FINDER.find("청와대는 미국과 북한의 대화를 지지했다. 남북한 모두 한국어를 쓴다. 국방부가 밝혔다.");

        assertThat(ids(found.organizations())).containsExactly("presidential-office", "defense-ministry");
        assertThat(ids(found.places())).containsExactly("united-states", "north-korea");
    }

    @Test
    void unknownOrganisationsNeedAnUnmistakableName() {
        NamedFinder.Found found = FINDER.find("Japan's Defense Ministry and the Ministry of Oceans and Fisheries met "
                + "officials of the Rebuilding Korea Party. The party said the Ministry was wrong. "
                + "Yonhap News Agency reported it.");

        assertThat(ids(found.organizations())).containsExactly("japans-defense-ministry",
                "ministry-of-oceans-and-fisheries", "rebuilding-korea-party");
    }

    @Test
    void titleCaseHeadlinesGiveNoUnknownOrganisations() {
        NamedFinder.Found found = FINDER.find("Seoul Vows To Boost Party Unity After Vote\n\nThe vote was close.");

        assertThat(ids(found.organizations())).isEmpty();
        assertThat(ids(found.places())).containsExactly("seoul");
    }
}
