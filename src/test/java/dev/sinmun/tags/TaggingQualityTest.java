package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per kind on the labelled quality set ({@code src/test/resources/tags/quality/}), tagged
 * with the archive's own registry. Cases named {@code heldout-*} were never tuned on; their numbers are printed
 * apart. Expected files there are human labels, not tagger output: a case may disagree with the tagger.
 */
class TaggingQualityTest {

    static final Path QUALITY = LabelledCase.ROOT.resolve("quality");
    private static final List<String> KINDS = List.of("person", "organization", "place", "topic");

    @Test
    void precisionAndRecallPerKindMeetTheTargets() {
        Tagger tagger = new Tagger(Registry.load(Path.of("content", "registry")));
        Map<String, Score> all = scores();
        Map<String, Score> tuned = scores();
        Map<String, Score> heldOut = scores();
        StringBuilder misses = new StringBuilder();
        List<LabelledCase> cases = LabelledCase.all(QUALITY);
        for (LabelledCase c : cases) {
            List<String> expected = c.expected().lines().toList();
            List<String> actual = LabelledCase.render(tagger.tag(c.article())).lines().toList();
            boolean held = c.name().startsWith("heldout-");
            for (String kind : KINDS) {
                Set<String> e = ids(expected, kind);
                Set<String> a = ids(actual, kind);
                all.get(kind).add(e, a);
                (held ? heldOut : tuned).get(kind).add(e, a);
                a.stream().filter(id -> !e.contains(id)).forEach(id ->
                        misses.append(String.format("  %s: extra %s %s%n", c.name(), kind, id)));
                e.stream().filter(id -> !a.contains(id)).forEach(id ->
                        misses.append(String.format("  %s: missed %s %s%n", c.name(), kind, id)));
            }
        }
        System.out.printf("tagging quality on %d labelled articles (%d held out):%n", cases.size(),
                cases.stream().filter(c -> c.name().startsWith("heldout-")).count());
        print("tuning set", tuned);
        print("held-out set", heldOut);
        print("all", all);
        System.out.print(misses);

        assertThat(cases).as("labelled quality cases").hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.get("person").precision()).as("people precision").isGreaterThanOrEqualTo(0.97);
        assertThat(all.get("person").recall()).as("people recall").isGreaterThanOrEqualTo(0.95);
        assertThat(all.get("organization").precision()).as("organizations precision").isGreaterThanOrEqualTo(0.95);
        assertThat(all.get("place").precision()).as("places precision").isGreaterThanOrEqualTo(0.95);
    }

    private static Map<String, Score> scores() {
        Map<String, Score> scores = new LinkedHashMap<>();
        KINDS.forEach(k -> scores.put(k, new Score()));
        return scores;
    }

    private static void print(String label, Map<String, Score> scores) {
        StringBuilder line = new StringBuilder("  " + label + ":");
        scores.forEach((kind, s) -> line.append(String.format(Locale.ROOT, "  %s P %.3f R %.3f (tp %d fp %d fn %d)",
                kind, s.precision(), s.recall(), s.tp, s.fp, s.fn)));
        System.out.println(line);
    }

    static Set<String> ids(List<String> lines, String kind) {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith(kind + " ")) {
                ids.add(line.substring(kind.length() + 1).split(" ", 2)[0]);
            }
        }
        return ids;
    }
}
