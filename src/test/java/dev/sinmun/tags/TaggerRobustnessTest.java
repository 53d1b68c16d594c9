package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cut-up and shuffled fixture text must never make the tagger throw. */
class TaggerRobustnessTest {

    @Test
    void anyFragmentOfTheFixturesIsTaggedWithoutError() {
        Tagger tagger = new Tagger(Registry.load(Path.of("src/test/resources/tags/registry")));
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (LabelledCase c : LabelledCase.all()) {
            texts.add(c.article().title() + "\n\n" + String.join("\n\n", c.article().paragraphs()));
        }
        texts.addAll(List.of("", " ", "’s", "Mr.", "By", "President", "김", "의", "(", "Kim-", "-un", "U.S.", "장관은"));
        for (String text : texts) {
            for (int n = 0; n < 40; n++) {
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int to = from + random.nextInt(Math.max(1, text.length() - from + 1));
                String fragment = text.substring(from, Math.min(to, text.length()));
                RawArticle article = LabelledCase.article(fragment, Lang.EN, List.of(fragment, fragment.strip()));
                assertThatCode(() -> tagger.tag(article)).as(fragment).doesNotThrowAnyException();
            }
        }
    }
}
