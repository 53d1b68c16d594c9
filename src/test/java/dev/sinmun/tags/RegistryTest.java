package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sinmun.SinmunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {

    private static final Path INVALID = Path.of("src/test/resources/tags/invalid-registry");

    @Test
    void loadsTheTestRegistry() {
        Registry registry = Registry.load(Path.of("src/test/resources/tags/registry"));

        RegistryPerson choi = registry.person("choi-jong-kun").orElseThrow();
        assertThat(choi.en()).isEqualTo("Choi Jong-kun");
        assertThat(choi.ko()).isEqualTo("최종건");
        assertThat(choi.aliases().en()).containsExactly("Choi Jung-kun", "Choi Jong-geon");
        assertThat(choi.roles()).containsExactly(new Role("First Vice Foreign Minister", "외교부 제1차관",
                "Ministry of Foreign Affairs", "2020-08", "2022-05"));
        assertThat(choi.country()).isEqualTo("KR");
        assertThat(choi.wikidata()).isNull();

        RegistryPerson moon = registry.person("kang-kyung-wha").orElseThrow();
        assertThat(moon.aliases()).isEqualTo(Aliases.none());
        assertThat(moon.roles()).isEmpty();

        RegistryTopic alliance = registry.topic("korea-us-alliance").orElseThrow();
        assertThat(alliance.aliases().ko()).containsExactly("한미 동맹");
        assertThat(alliance.description().ko()).isEqualTo("한국과 미국의 군사 동맹.");
        assertThat(registry.topic("thaad").orElseThrow().description()).isNull();
        assertThat(registry.people()).extracting(RegistryPerson::id).startsWith("choi-jong-kun", "stephen-biegun");
        assertThat(registry.person("nobody")).isEmpty();
    }

    @Test
    void aMissingFolderOrFileIsAnEmptyRegistry(@TempDir Path dir) throws IOException {
        assertThat(Registry.load(dir.resolve("absent")).people()).isEmpty();

        Files.writeString(dir.resolve("topics.yml"), "- id: thaad\n  en: THAAD\n");
        Registry registry = Registry.load(dir);
        assertThat(registry.people()).isEmpty();
        assertThat(registry.topics()).extracting(RegistryTopic::id).containsExactly("thaad");
    }

    @Test
    void namesakesWithRolesMayShareAName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.yml"), """
                - id: kim-hong-il
                  en: Kim Hong-il
                  ko: 김홍일
                  roles:
                    - {en: Chairman of the Korea Communications Commission, from: 2023-12, to: 2024-07}
                - id: kim-hong-il-lawmaker
                  en: Kim Hong-il
                  ko: 김홍일
                  roles:
                    - {en: Member of the National Assembly, from: 1996-05, to: 2004-05}
                """);
        assertThat(Registry.load(dir).people()).hasSize(2);
    }

    @Test
    void anEmptyFileIsAnEmptyRegistry(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.yml"), "# nobody yet\n");
        assertThat(Registry.load(dir).people()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachInvalidRegistryFailsWithItsProblemLine() throws IOException {
        try (Stream<Path> cases = Files.list(INVALID)) {
            return cases.sorted().toList().stream().map(dir -> DynamicTest.dynamicTest(
                    dir.getFileName().toString(), () -> {
                        SinmunException e = catchThrowableOfType(SinmunException.class, () -> Registry.load(dir));
                        assertThat(e).as("no error raised").isNotNull();
                        String actual = e.problem().format();
                        Path expected = dir.resolve("expected-error.txt");
                        if (Boolean.getBoolean("golden.update")) {
                            Files.writeString(expected, actual + "\n", StandardCharsets.UTF_8);
                            return;
                        }
                        assertThat(Files.exists(expected)).as(expected + " exists").isTrue();
                        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).strip());
                    }));
        }
    }
}
