package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage names of the archive's own registry that are also surnames, letters or common words. */
class StageNamesTest {

    private static final Tagger TAGGER = new Tagger(Registry.load(Path.of("content/registry")));

    private static List<String> people(Lang lang, String... paragraphs) {
        return TAGGER.tag(LabelledCase.article("x", lang, List.of(paragraphs))).people().stream()
                .map(PersonRef::id).toList();
    }

    @Test
    void sugaOfBtsIsNotThePrimeMinisterSuga() {
        assertThat(people(Lang.EN, "Suga of BTS completed his military service on Saturday.")).containsExactly("suga");
        assertThat(people(Lang.EN, "Prime Minister Yoshihide Suga met President Moon Jae-in in Tokyo.",
                "Suga said the talks were frank.")).doesNotContain("suga").contains("yoshihide-suga");
    }

    @Test
    void aOneLetterNameStandsAlone() {
        assertThat(people(Lang.EN, "RM and V left the Army on June 10, and Jimin a day later."))
                .containsExactly("rm", "v", "jimin");
        assertThat(people(Lang.EN, "Under Article V of the treaty, fans made a V sign.")).isEmpty();
    }

    @Test
    void aRealNameInBracketsIsTheStageNamesOwn() {
        assertThat(people(Lang.EN, "Singer-actress IU (real name Lee Ji-eun) topped the list, followed by V.",
                "Jimin (born Park Ji-min) came third.")).containsExactly("iu", "v", "jimin");
    }

    @Test
    void aOneSyllableKoreanStageNameNeedsContext() {
        assertThat(people(Lang.KO, "먼저 전역한 진(김석진)과 제이홉(정호석)이 찾아왔다.")).containsExactly("jin", "j-hope");
        assertThat(people(Lang.KO, "세월호는 진도 해상에서 침몰했다. 진이 빠진 유가족은 진의를 물었다.")).isEmpty();
    }

    @Test
    void aShortKoreanNameCountsAfterACalling() {
        assertThat(people(Lang.KO, "노래를 부른 가수 이재는 작곡에도 참여했다. 이재는 감사 인사를 남겼다."))
                .containsExactly("ejae");
        assertThat(people(Lang.KO, "이재에 밝은 사람들이 몰렸다.")).isEmpty();
    }

    @Test
    void aKoreanStageNameCountsAfterItsGroupOrBesideABandmate() {
        assertThat(people(Lang.KO, "블랙핑크 로제가 브루노 마스와 부른 노래가 3위에 올랐다.",
                "같은 그룹의 제니와 리사, 지수도 솔로 활동을 이어가고 있다.", "뉴진스 민지와 하니는 일본으로 떠났다."))
                .containsExactly("rose", "bruno-mars", "jennie", "lisa", "jisoo", "minji", "hanni");
        assertThat(people(Lang.KO, "방탄소년단 지민은 1위에 올랐고, 정국과 지민이 나란히 앨범을 냈다."))
                .containsExactly("jimin", "jungkook");
        assertThat(people(Lang.KO, "코스피 지수는 2% 내렸다. 정국이 혼란하자 여야는 말을 아꼈다.")).isEmpty();
    }

    @Test
    void aStageNameBeforeAnEverydayTitleIsSomeoneElse() {
        assertThat(people(Lang.KO, "보고서를 쓴 리사 연구원은 인력 유출을 우려했다. 서울대 지수 교수도 같은 의견을 냈다."))
                .isEmpty();
        assertThat(people(Lang.KO, "블랙핑크 리사는 태국에서 공연했다.")).containsExactly("lisa");
    }

    @Test
    void aBandmateConfirmsAStageNameOnlyInTheSameParagraph() {
        assertThat(people(Lang.KO, "방탄소년단 지민이 전역했다.", "국회에서는 정국 경색이 이어졌다."))
                .containsExactly("jimin");
    }

    @Test
    void anotherSpellingOfARegistryNameIsThatPerson() {
        assertThat(people(Lang.EN, "People Power Party leader Kweon Young-se welcomed the release."))
                .containsExactly("kwon-young-se");
    }
}
