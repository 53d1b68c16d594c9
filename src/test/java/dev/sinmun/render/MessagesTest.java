package dev.sinmun.render;

import dev.sinmun.model.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    private final Messages messages = Messages.builtIn();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(messages.keys(Lang.KO)).containsExactlyInAnyOrderElementsOf(messages.keys(Lang.EN));
    }

    @Test
    void countsAgreeInNumberAndArgumentsAreFilledIn() {
        assertThat(messages.get(Lang.EN, "count.articles", 1)).isEqualTo("1 article");
        assertThat(messages.get(Lang.EN, "count.articles", 1234)).isEqualTo("1,234 articles");
        assertThat(messages.get(Lang.KO, "count.articles", 3)).isEqualTo("기사 3건");
        assertThat(messages.get(Lang.KO, "pagination.of", 2, 5)).isEqualTo("5쪽 중 2쪽");
        assertThatThrownBy(() -> messages.get(Lang.EN, "no.such.key")).hasMessageContaining("no.such.key");
    }

    @Test
    void aMessageWithoutArgumentsIgnoresThemAndAFormattedOneCanBeUsedAgain() {
        String plain = messages.get(Lang.EN, "nav.home");
        assertThat(messages.get(Lang.EN, "nav.home", 3)).isEqualTo(plain).isNotBlank();
        assertThat(messages.get(Lang.EN, "count.articles", 2)).isEqualTo("2 articles");
        assertThat(messages.get(Lang.EN, "count.articles", 1)).isEqualTo("1 article");
    }

    @Test
    void formattingFromManyThreadsAtOnceGivesEveryThreadItsOwnAnswer() {
        List<Integer> counts = java.util.stream.IntStream.range(0, 2000).boxed().toList();
        List<String> expected = counts.stream().map(n -> n == 1 ? "1 article" : String.format(java.util.Locale.ENGLISH, "%,d articles", n)).toList();
        assertThat(counts.parallelStream().map(n -> messages.get(Lang.EN, "count.articles", n)).toList())
                .isEqualTo(expected);
    }

    /** Chrome text lives in the bundles: after removing Pebble code and tags, no template has words of its own. */
    @Test
    void templatesHaveNoChromeStringsOfTheirOwn() throws IOException {
        Pattern code = Pattern.compile("\\{#.*?#}|\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
        Pattern humanAttribute = Pattern.compile("(?:aria-label|title|placeholder|alt|content)=\"([^\"]*)\"");
        Pattern tag = Pattern.compile("<[^>]*>", Pattern.DOTALL);
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".peb")).sorted().toList()) {
                String text = code.matcher(Files.readString(file)).replaceAll("");
                Matcher attr = humanAttribute.matcher(text);
                while (attr.find()) {
                    if (attr.group(1).matches(".*[A-Za-z가-힣].*") && !attr.group(1).startsWith("width=")
                            && !attr.group(1).equals("article") && !attr.group(1).equals("website")
                            && !attr.group(1).equals("noindex")) {
                        found.add(file + ": " + attr.group());
                    }
                }
                for (String piece : tag.split(text)) {
                    if (piece.matches("(?s).*[A-Za-z가-힣].*")) {
                        found.add(file + ": " + piece.strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
