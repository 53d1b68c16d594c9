package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryStubsTest {

    @Test
    void appendsValidStubsAfterTheFilesContentAndCommentsOutNamesWithoutEnglish(@TempDir Path dir)
            throws IOException {
        String people = "# Our people\n- id: kim-min-ji\n  en: Kim Min-ji\n  ko: 김민지\n  # a comment to keep";
        Files.writeString(dir.resolve("people.yml"), people);
        Registry registry = Registry.load(dir);
        List<UnknownTags.Unknown> unknowns = List.of(
                new UnknownTags.Unknown(UnknownTags.Kind.PERSON, "hong-min-su", "Hong Min-su", null,
                        "Special Representative", 3, "…", "a.md"),
                new UnknownTags.Unknown(UnknownTags.Kind.PERSON, "choe-yeong-sam", null, "최영삼", "대변인", 2, "…",
                        "b.md"),
                new UnknownTags.Unknown(UnknownTags.Kind.PERSON, "shin-won-sik", "Shin Won-sik", "신원식", "장관", 2,
                        "…", "e.md"),
                new UnknownTags.Unknown(UnknownTags.Kind.PERSON, "kim-min-ji-2", "Kim Min-ji", null, null, 1, "…",
                        "c.md"),
                new UnknownTags.Unknown(UnknownTags.Kind.ORGANIZATION, "rebuilding-korea-party",
                        "Rebuilding Korea Party", null, null, 1, "…", "d.md"));

        RegistryStubs.Written written = new RegistryStubs(dir).append(registry, unknowns);

        String after = Files.readString(dir.resolve("people.yml"));
        assertThat(written).isEqualTo(new RegistryStubs.Written(3, 1));
        assertThat(after).startsWith(people + "\n")
                .contains("- id: hong-min-su\n  en: Hong Min-su\n  ko: null\n", "  # seen as: Special Representative\n",
                        "# - id: choe-yeong-sam\n#   en: null\n#   ko: 최영삼\n",
                        "- id: shin-won-sik\n  en: Shin Won-sik\n  ko: 신원식\n",
                        "  # en romanised from the Hangul: check the spelling this person uses\n")
                .doesNotContain("kim-min-ji-2");
        Registry reloaded = Registry.load(dir);
        assertThat(reloaded.person("hong-min-su")).isPresent();
        assertThat(reloaded.person("choe-yeong-sam")).isEmpty();
        assertThat(reloaded.person("shin-won-sik").orElseThrow().ko()).isEqualTo("신원식");
        assertThat(after).containsOnlyOnce("romanised from the Hangul");
        assertThat(reloaded.organization("rebuilding-korea-party").orElseThrow().ko()).isNull();
    }
}
