package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdinaryPeopleTest {

    private static boolean described(String text, String name) {
        int start = text.indexOf(name);
        return OrdinaryPeople.describedInEnglish(text, start, start + name.length());
    }

    @Test
    void aCitizenIsDescribedByAgeAndOccupation() {
        assertThat(described("said Kim Min-jae, 32, an office worker who lives in Mapo.", "Kim Min-jae")).isTrue();
        assertThat(described("Lee Joon-seok, 71, who runs a grocery store, said", "Lee Joon-seok")).isTrue();
        assertThat(described("said office worker Kim Min-jae.", "Kim Min-jae")).isTrue();
        assertThat(described("Park Ji-sung, a mother of two, said", "Park Ji-sung")).isTrue();
    }

    @Test
    void officialsRelativesAndOwnersAreNot() {
        assertThat(described("Lee's mother Hong Ra-hee sold shares.", "Hong Ra-hee")).isFalse();
        assertThat(described("Kia owner Chung Euisun, the Hyundai Motor Group chairman", "Chung Euisun")).isFalse();
        assertThat(described("Lee Jae-yong, 57, was indicted in 2020.", "Lee Jae-yong")).isFalse();
        assertThat(described("Son Heung-min, a forward for Tottenham, scored", "Son Heung-min")).isFalse();
    }
}
