package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinaryPeopleTest {

    private static final RegistryPerson ARCHER = person(new Role("Archer", "양궁 선수", null, null, null));

    private static RegistryPerson person(Role... roles) {
        return new RegistryPerson("p", "P", "피", Aliases.none(), List.of(roles), "KR", null);
    }

    private static boolean described(String text, String name) {
        return described(text, name, ARCHER);
    }

    private static boolean described(String text, String name, RegistryPerson person) {
        int start = text.indexOf(name);
        return OrdinaryPeople.describedInEnglish(text, start, start + name.length(), person);
    }

    @Test
    void aCitizenIsDescribedByAgeAndOccupation() {
        assertThat(described("said Kim Min-jae, 32, an office worker who lives in Mapo.", "Kim Min-jae")).isTrue();
        assertThat(described("Lee Joon-seok, 71, who runs a grocery store, said", "Lee Joon-seok")).isTrue();
        assertThat(described("said office worker Kim Min-jae.", "Kim Min-jae")).isTrue();
        assertThat(described("Park Ji-sung, a mother of two, said", "Park Ji-sung")).isTrue();
    }

    @Test
    void everydayOccupationsDescribeACitizen() {
        assertThat(described("Kim Woo-jin, a 35-year-old teacher, agreed.", "Kim Woo-jin")).isTrue();
        assertThat(described("said engineer Kim Woo-jin.", "Kim Woo-jin")).isTrue();
        assertThat(described("Kim Woo-jin, 29, a graduate student in Daejeon, said", "Kim Woo-jin")).isTrue();
        assertThat(described("Kim Woo-jin, a researcher at a chip maker, said", "Kim Woo-jin")).isTrue();
    }

    @Test
    void anOccupationTheRegistryGivesThePersonIsTheirOwn() {
        RegistryPerson researcher = person(new Role("Senior researcher", "연구위원", "KDI", null, null));
        assertThat(described("Kim Woo-jin, a senior researcher at KDI, said", "Kim Woo-jin", researcher)).isFalse();
        assertThat(OrdinaryPeople.isKoreanDescription("교사", ARCHER)).isTrue();
        assertThat(OrdinaryPeople.isKoreanDescription("교사", person(new Role("Teacher", "교사", null, null, null))))
                .isFalse();
    }

    @Test
    void officialsRelativesAndOwnersAreNot() {
        assertThat(described("Lee's mother Hong Ra-hee sold shares.", "Hong Ra-hee")).isFalse();
        assertThat(described("Kia owner Chung Euisun, the Hyundai Motor Group chairman", "Chung Euisun")).isFalse();
        assertThat(described("Lee Jae-yong, 57, was indicted in 2020.", "Lee Jae-yong")).isFalse();
        assertThat(described("Son Heung-min, a forward for Tottenham, scored", "Son Heung-min")).isFalse();
        assertThat(described("Ahn Cheol-soo, a student-turned-activist, said", "Ahn Cheol-soo")).isFalse();
    }
}
