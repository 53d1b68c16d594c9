package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People of the archive's registry named in both languages: one id, the customary spelling, not the romaniser's. */
class CustomarySpellingsTest {

    private static final Tagger TAGGER = new Tagger(Registry.load(Path.of("content/registry")));

    private static List<PersonRef> people(Lang lang, String... paragraphs) {
        return TAGGER.tag(LabelledCase.article("x", lang, List.of(paragraphs))).people();
    }

    @Test
    void aRegistryActorAfterHisCallingKeepsItAsRole() {
        assertThat(people(Lang.KO, "원로 배우 이순재가 25일 새벽 별세했다. 향년 91세."))
                .containsExactly(new PersonRef("lee-soon-jae", "Lee Soon-jae", "이순재", "배우"));
    }

    @Test
    void aForeignPlayerNamedInHangulOnlyIsTheOneEnglishArticlesName() {
        assertThat(people(Lang.KO, "한화 코디 폰세가 6월 최우수선수로 뽑혔다. 허구연 KBO 총재가 시상했다."))
                .extracting(PersonRef::id).containsExactly("cody-ponce", "heo-koo-youn");
        assertThat(people(Lang.EN, "Hanwha Eagles ace Cody Ponce was named MVP. KBO Commissioner Heo Koo-youn "
                + "presented the award.")).extracting(PersonRef::id).containsExactly("cody-ponce", "heo-koo-youn");
    }
}
