package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two registry people of one name in one article (dated 2020-09), told apart by what the sentence says of each. */
class RegistryNamesakesTest {

    private static final Tagger TAGGER = new Tagger(Registry.load(Path.of("content/registry")));

    private static List<String> people(String... paragraphs) {
        return TAGGER.tag(LabelledCase.article("x", Lang.EN, List.of(paragraphs))).people().stream()
                .map(PersonRef::id).toList();
    }

    @Test
    void untitledNamesakesAreToldApartByTheirSentences() {
        assertThat(people("Kim Hong-il, the eldest son who served three terms as a lawmaker, died in 2019.",
                "Kim Hong-il, a former prosecutor who chaired the Korea Communications Commission, also attended."))
                .containsExactly("kim-hong-il-lawmaker", "kim-hong-il");
    }

    @Test
    void aSentenceThatDescribesNeitherLeavesItToTheArticlesDate() {
        assertThat(people("Kim Hong-il attended the ceremony on Monday.")).containsExactly("kim-hong-il-lawmaker");
    }
}
