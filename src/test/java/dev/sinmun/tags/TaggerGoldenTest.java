package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every labelled article through the tagger: golden comparison per case, precision and recall overall. */
class TaggerGoldenTest {

    private static Tagger tagger;

    @BeforeAll
    static void loadRegistry() {
        tagger = new Tagger(Registry.load(LabelledCase.ROOT.resolve("registry")));
    }

    @TestFactory
    Stream<DynamicTest> eachCaseMatchesItsExpectedTags() {
        return LabelledCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String actual = LabelledCase.render(tagger.tag(c.article()));
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(c.expectedFile(), actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.exists(c.expectedFile())).as("expected.txt of " + c.name()).isTrue();
            assertThat(actual).as(c.name()).isEqualTo(c.expected());
        }));
    }

    @Test
    void thereAreAtLeastThirtyLabelledCases() {
        assertThat(LabelledCase.all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void precisionAndRecallMeetTheTargets() throws IOException {
        Score people = new Score();
        Score topics = new Score();
        for (LabelledCase c : LabelledCase.all()) {
            List<String> expected = c.expected().lines().toList();
            List<String> actual = LabelledCase.render(tagger.tag(c.article())).lines().toList();
            people.add(ids(expected, "person "), ids(actual, "person "));
            topics.add(ids(expected, "topic "), ids(actual, "topic "));
        }
        System.out.printf("tags: people precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
                people.precision(), people.recall(), people.tp, people.fp, people.fn);
        System.out.printf("tags: topics precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
                topics.precision(), topics.recall(), topics.tp, topics.fp, topics.fn);
        assertThat(people.precision()).as("people precision").isGreaterThanOrEqualTo(0.97);
        assertThat(people.recall()).as("people recall").isGreaterThanOrEqualTo(0.95);
        assertThat(people.tp).as("labelled people").isGreaterThanOrEqualTo(40);
    }

    private static Set<String> ids(List<String> lines, String prefix) {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                ids.add(line.substring(prefix.length()).split(" ", 2)[0]);
            }
        }
        return ids;
    }
}
