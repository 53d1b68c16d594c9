package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Film actors that award and box-office news name often are in the archive's registry, with their Hangul. */
class RegistryFilmActorsTest {

    private static final Tagger TAGGER = new Tagger(Registry.load(Path.of("content/registry")));

    private static List<PersonRef> people(Lang lang, String... paragraphs) {
        return TAGGER.tag(LabelledCase.article("x", lang, List.of(paragraphs))).people();
    }

    @Test
    void englishMentionsCarryTheActorsHangul() {
        assertThat(people(Lang.EN, "Hwang Jung-min won best actor, and Kim Go-eun won best actress.",
                "Presenters included Jung Woo-sung, Kim Hye-soo and Han Ji-min."))
                .extracting(PersonRef::id, PersonRef::ko)
                .containsExactly(tuple("hwang-jung-min", "황정민"),
                        tuple("kim-go-eun", "김고은"),
                        tuple("jung-woo-sung", "정우성"),
                        tuple("kim-hye-soo", "김혜수"),
                        tuple("han-ji-min", "한지민"));
    }

    @Test
    void koreanMentionsFindTheActors() {
        assertThat(people(Lang.KO, "배우 전지현과 김태리, 전도연, 하정우가 시상식에 참석했다."))
                .extracting(PersonRef::id)
                .containsExactly("jun-ji-hyun", "kim-tae-ri", "jeon-do-yeon", "ha-jung-woo");
    }
}
