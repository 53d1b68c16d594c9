package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TopicRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registry names in Hangul that are also common words, or hold a topic's name. */
class KoreanRegistryNamesTest {

    private final Tagger tagger = new Tagger(Registry.of(
            List.of(RegistryPerson.of("cho-kuk", "Cho Kuk", "조국", List.of(), List.of()),
                    RegistryPerson.of("choo-kyung-ho", "Choo Kyung-ho", "추경호", List.of(), List.of())),
            List.of(RegistryTopic.of("government-budget", "Government budget", "예산", List.of(), List.of("추경")))));

    @Test
    void twoSyllableNameAsACommonWordIsNoPerson() {
        Tags tags = tag("조국을 위해 싸우다 전사한 용사들의 유해가 귀환했다. 장관은 “조국의 품으로 모시겠다”고 말했다.");

        assertThat(tags.people()).isEmpty();
    }

    @Test
    void twoSyllableNameCountsOnceTheArticleGivesItATitle() {
        Tags tags = tag("조국, 징역 2년 확정. 대법원은 기소된 조국 조국혁신당 대표의 상고를 기각했다. 조국은 수감된다.");

        assertThat(tags.people()).containsExactly(new PersonRef("cho-kuk", "Cho Kuk", "조국", "조국혁신당 대표"));
    }

    @Test
    void twoSyllableNameWithAFamilyWordBeforeItIsAPerson() {
        assertThat(tag("딸 조국은 출석했다.").people()).extracting(PersonRef::id).containsExactly("cho-kuk");
    }

    @Test
    void topicNameInsideAPersonsNameDoesNotCount() {
        Tags tags = tag("총선 출마가 유력한 추경호 부총리의 후임이다. 추 부총리는 대구 출마가 유력하다.");

        assertThat(tags.people()).extracting(PersonRef::id).containsExactly("choo-kyung-ho");
        assertThat(tags.topics()).isEmpty();
        assertThat(tag("정부는 추경 편성을 검토했다.").topics()).extracting(TopicRef::id).containsExactly("government-budget");
    }

    private Tags tag(String paragraph) {
        return tagger.tag("기사", List.of(paragraph));
    }
}
