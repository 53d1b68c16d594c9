package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterpartPeopleTest {

    private static final OffsetDateTime POSTED = OffsetDateTime.parse("2019-03-01T10:00+09:00");

    private static Article article(Lang lang, PersonRef... people) {
        return new Article("a-" + lang.code(), "Title", lang, POSTED, null, null, null, List.of(), List.of(people),
                List.of(), "Summary.", 10, "Body.\n");
    }

    @Test
    void aPersonTheRegistryDoesNotKnowGetsTheEnglishSpellingAndTheHangulInBothEditions() {
        Article en = article(Lang.EN, new PersonRef("kim-eui-kyeom", "Kim Eui-kyeom", null, "spokesman"),
                new PersonRef("moon-jae-in", "Moon Jae-in", "문재인", "President"));
        Article ko = article(Lang.KO, new PersonRef("moon-jae-in", "Moon Jae-in", "문재인", "대통령"),
                new PersonRef("kim-ui-gyeom", "Kim Ui-gyeom", "김의겸", "대변인"));

        CounterpartPeople.Editions editions = new CounterpartPeople().unify(ko, en);

        assertThat(editions.second().people()).containsExactly(
                new PersonRef("kim-eui-kyeom", "Kim Eui-kyeom", "김의겸", "spokesman"),
                new PersonRef("moon-jae-in", "Moon Jae-in", "문재인", "President"));
        assertThat(editions.first().people()).containsExactly(
                new PersonRef("moon-jae-in", "Moon Jae-in", "문재인", "대통령"),
                new PersonRef("kim-eui-kyeom", "Kim Eui-kyeom", "김의겸", "대변인"));
        assertThat(new CounterpartPeople().unify(editions.second(), editions.first()))
                .isEqualTo(new CounterpartPeople.Editions(editions.second(), editions.first()));
    }

    @Test
    void aPersonTaggedUnderOneIdInBothEditionsGetsTheHangulInTheEnglishOne() {
        Article en = article(Lang.EN, new PersonRef("kwon-chil-seung", "Kwon Chil-seung", null, "Rep."));
        Article ko = article(Lang.KO, new PersonRef("kwon-chil-seung", "Kwon Chil-seung", "권칠승", "수석대변인"));

        assertThat(new CounterpartPeople().unify(en, ko).first().people())
                .containsExactly(new PersonRef("kwon-chil-seung", "Kwon Chil-seung", "권칠승", "Rep."));
    }

    @Test
    void spellingsThatMeetTwoPeopleOrNoneAreLeftApart() {
        Article en = article(Lang.EN, new PersonRef("kim-jung-hoon", "Kim Jung-hoon", null, null),
                new PersonRef("kim-jeong-hun", "Kim Jeong-hun", null, null),
                new PersonRef("park-jin", "Park Jin", null, null));
        Article ko = article(Lang.KO, new PersonRef("kim-jeong-hun-2", "Kim Jeong-hun", "김정훈", null),
                new PersonRef("park-jun", "Park Jun", "박준", null));

        CounterpartPeople.Editions editions = new CounterpartPeople().unify(en, ko);

        assertThat(editions).isEqualTo(new CounterpartPeople.Editions(en, ko));
    }

    @Test
    void twoArticlesInOneLanguageAreLeftAsTheyAre() {
        Article en = article(Lang.EN, new PersonRef("kim-eui-kyeom", "Kim Eui-kyeom", null, null));
        Article other = article(Lang.EN, new PersonRef("kim-ui-gyeom", "Kim Ui-gyeom", "김의겸", null));

        assertThat(new CounterpartPeople().unify(en, other)).isEqualTo(new CounterpartPeople.Editions(en, other));
    }
}
