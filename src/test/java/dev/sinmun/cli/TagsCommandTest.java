package dev.sinmun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.markdown.ImportStamp;
import dev.sinmun.tags.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagsCommandTest {

    private static final String ARTICLE = "content/articles/2021/03/envoys-meet-in-seoul.md";
    private static final String PEOPLE = """
            # People the archive knows. This comment must survive --write.

            - id: choi-jong-kun
              en: Choi Jong-kun
              ko: 최종건
              aliases:
                en: []
                ko: []
              roles: []
              country: KR
              wikidata: null
            """;

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void createProject() {
        project = TestProject.in(dir);
        project.write("content/registry/people.yml", PEOPLE.getBytes(StandardCharsets.UTF_8));
        project.inbox("a.txt", TestProject.englishDump("Envoys meet in Seoul", "Posted March. 2, 2021 18:05",
                "First Vice Foreign Minister Choi Jong-kun met Special Representative Hong Min-su of the Ministry of "
                        + "Oceans and Fisheries in Seoul on Tuesday.\n\nHong said the talks were useful.",
                "minji@example.com"));
        Cli imported = project.sinmun("import");
        assertThat(imported.exit()).as(imported.toString()).isZero();
    }

    @Test
    void withoutOrWithTwoModesIsAUsageError() {
        Cli none = project.sinmun("tags");
        Cli two = project.sinmun("tags", "--unknown", "--retag");
        Cli write = project.sinmun("tags", "--suggest", "--write");

        assertThat(none.exit()).as(none.toString()).isEqualTo(2);
        assertThat(none.err()).contains("(--unknown | --suggest | --retag)");
        assertThat(two.exit()).isEqualTo(2);
        assertThat(write.exit()).isEqualTo(2);
        assertThat(write.err()).contains("--write works with --unknown only");
    }

    @Test
    void helpNamesEveryMode() {
        Cli help = project.sinmun("tags", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--unknown", "--write", "--suggest", "--retag", "Exit codes");
    }

    @Test
    void unknownListsMissingPeopleAndOrganisationsWithCountsAndAnExample() {
        Cli cli = project.sinmun("tags", "--unknown");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("person", "Hong Min-su (hong-min-su) — Special Representative",
                        "organization", "Ministry of Oceans and Fisheries (ministry-of-oceans-and-fisheries)",
                        "“First Vice Foreign Minister Choi Jong-kun met Special Representative Hong Min-su of the "
                                + "Ministry of Oceans and Fisheries in Seoul on Tuesday.” (content/articles/2021/03/")
                .doesNotContain("choi-jong-kun");
    }

    @Test
    void writeAppendsStubsAndKeepsWhatTheFileHeld() {
        Cli cli = project.sinmun("tags", "--unknown", "--write");

        String people = project.read("content/registry/people.yml");
        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(people).startsWith(PEOPLE).contains("- id: hong-min-su\n  en: Hong Min-su\n  ko: null\n");
        assertThat(project.read("content/registry/organizations.yml"))
                .contains("- id: ministry-of-oceans-and-fisheries\n  en: Ministry of Oceans and Fisheries\n  ko: null");
        Registry registry = Registry.load(dir.resolve("content/registry"));
        assertThat(registry.person("hong-min-su")).isPresent();

        Cli again = project.sinmun("tags", "--unknown", "--write");
        assertThat(project.read("content/registry/people.yml")).isEqualTo(people);
        assertThat(again.out()).contains("The registry knows every person and organisation");
    }

    @Test
    void retagAfterARegistryChangeKeepsTheFileImportable() {
        project.write("content/registry/places.yml", "- id: seoul\n  en: Seoul\n  ko: 서울\n"
                .getBytes(StandardCharsets.UTF_8));

        Cli cli = project.sinmun("tags", "--retag");
        Cli reimport = project.sinmun("import", dir.resolve("content/inbox/a.txt").toString());

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Re-tagged 1 article: 1 changed, 0 unchanged.");
        String text = project.read(ARTICLE);
        assertThat(text).contains("places:\n  - {id: seoul, en: Seoul, ko: 서울}\n");
        assertThat(ImportStamp.check(text)).isEqualTo(ImportStamp.State.INTACT);
        assertThat(reimport.out()).as(reimport.toString()).contains("1 unchanged");
        assertThat(project.sinmun("tags", "--retag").out()).contains("0 changed, 1 unchanged");
    }

    @Test
    void retagKeepsPinnedAndRemovedTagsAndHandEditsToTheBody() {
        String text = project.read(ARTICLE)
                .replace("organizations:", "pinned_tags: [places/jeju]\nremoved_tags: [people/hong-min-su]\n"
                        + "organizations:")
                .replace("places: []", "places:\n  - {id: jeju, en: Jeju, ko: 제주}")
                .replace("Hong said the talks were useful.", "Hong said the talks were very useful.");
        project.write(ARTICLE, text.getBytes(StandardCharsets.UTF_8));
        project.write("content/registry/places.yml", "- id: seoul\n  en: Seoul\n  ko: 서울\n"
                .getBytes(StandardCharsets.UTF_8));

        Cli cli = project.sinmun("tags", "--retag");

        String after = project.read(ARTICLE);
        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(after).contains("places:\n  - {id: seoul, en: Seoul, ko: 서울}\n  - {id: jeju, en: Jeju, ko: 제주}\n",
                        "pinned_tags: [places/jeju]", "Hong said the talks were very useful.")
                .doesNotContain("{id: hong-min-su");
        assertThat(ImportStamp.check(after)).isEqualTo(ImportStamp.State.EDITED);
        Cli reimport = project.sinmun("import", dir.resolve("content/inbox/a.txt").toString());
        assertThat(reimport.exit()).isEqualTo(3);
        assertThat(project.read(ARTICLE)).isEqualTo(after);
    }

    @Test
    void retagSaysWhichTagsAnEditedArticleLosesAndHowToKeepThem() {
        String text = project.read(ARTICLE)
                .replace("places: []", "places:\n  - {id: jeju, en: Jeju, ko: 제주}")
                .replace("Hong said the talks were useful.", "Hong said the talks were very useful.");
        project.write(ARTICLE, text.getBytes(StandardCharsets.UTF_8));

        Cli cli = project.sinmun("tags", "--retag");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.err().lines()).containsExactly(ARTICLE + ": edited by hand, and no longer tagged places/jeju: "
                + "the text does not name them — if you added them, list them in pinned_tags and run "
                + "'sinmun tags --retag' again");
        assertThat(project.read(ARTICLE)).doesNotContain("{id: jeju");
    }

    @Test
    void aBrokenRegistryIsAnErrorWithItsLine() {
        project.write("content/registry/places.yml", "- id: seoul\n  en: Seoul\n- id: seoul\n  en: Seoul City\n"
                .getBytes(StandardCharsets.UTF_8));

        Cli cli = project.sinmun("tags", "--retag");

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("content/registry/places.yml:3: duplicate id 'seoul'");
    }

    @Test
    void suggestProposesPhrasesSeveralArticlesShare() {
        for (int i = 1; i <= 3; i++) {
            project.inbox("s" + i + ".txt", TestProject.englishDump("Fishing quota talks round " + i,
                    "Posted March. " + (3 + i) + ", 2021 18:05",
                    "Negotiators discussed the fishing quota dispute again on day " + i + ".", "minji@example.com"));
        }
        project.sinmun("import");

        Cli cli = project.sinmun("tags", "--suggest");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("   3  fishing quota dispute", "e.g. content/articles/2021/03/");
    }
}
