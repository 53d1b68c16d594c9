package dev.sinmun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.ProjectLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void createProject() {
        project = TestProject.in(dir);
    }

    private void inboxArticle(String name, String title) {
        project.inbox(name, TestProject.englishDump(title, "Posted March. 2, 2021 18:05",
                "Negotiators from Seoul and Washington met again on Tuesday without an agreement.\n\n"
                        + "A second round is planned for next month, officials said.", "minji@example.com"));
    }

    @Test
    void importsEveryNewInboxFileIntoYearMonthSlug() {
        inboxArticle("a.txt", "Cost-sharing talks end without a deal");

        Cli cli = project.sinmun("import");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(project.articles()).containsExactly("2021/03/cost-sharing-talks-end-without-a-deal.md");
        assertThat(cli.out()).contains("created content/articles/2021/03/cost-sharing-talks-end-without-a-deal.md"
                + " ← content/inbox/a.txt", "Imported 1 file");
        assertThat(project.read("content/articles/2021/03/cost-sharing-talks-end-without-a-deal.md"))
                .contains("title: Cost-sharing talks end without a deal\n", "posted: 2021-03-02T18:05:00+09:00\n",
                        "file: inbox/a.txt}", "import_hash: sha256:");
    }

    @Test
    void reimportOfUnchangedInputIsByteIdenticalAndNothingNewIsImportedTwice() throws Exception {
        inboxArticle("a.txt", "Cost-sharing talks end without a deal");
        project.sinmun("import");
        Path md = dir.resolve("content/articles/2021/03/cost-sharing-talks-end-without-a-deal.md");
        byte[] first = Files.readAllBytes(md);

        Cli again = project.sinmun("import", dir.resolve("content/inbox/a.txt").toString());
        Cli pending = project.sinmun("import");

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 imported, 0 updated, 0 merged, 0 skipped, 0 failed (1 unchanged)");
        assertThat(Files.readAllBytes(md)).isEqualTo(first);
        assertThat(pending.out()).contains("Nothing new to import in content/inbox/.");
    }

    @Test
    void handEditedMarkdownIsNeverOverwrittenWithoutForce() throws Exception {
        inboxArticle("a.txt", "Cost-sharing talks end without a deal");
        project.sinmun("import");
        Path md = dir.resolve("content/articles/2021/03/cost-sharing-talks-end-without-a-deal.md");
        String edited = Files.readString(md).replace("officials said", "officials said on Wednesday");
        Files.writeString(md, edited);
        Path raw = dir.resolve("content/inbox/a.txt");

        Cli refused = project.sinmun("import", raw.toString());

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err()).isEqualTo("content/articles/2021/03/cost-sharing-talks-end-without-a-deal.md: "
                + "edited by hand since it was imported from inbox/a.txt; not overwritten — keep your edits, or run "
                + "'sinmun import --force content/inbox/a.txt' to replace them with a fresh import\n");
        assertThat(Files.readString(md)).isEqualTo(edited);

        Cli forced = project.sinmun("import", "--force", raw.toString());

        assertThat(forced.exit()).as(forced.toString()).isZero();
        assertThat(Files.readString(md)).doesNotContain("on Wednesday");
    }

    @Test
    void aBrokenFileIsReportedOnOneLineAndTheOthersStillImport() {
        inboxArticle("good.txt", "Cost-sharing talks end without a deal");
        project.inbox("empty.txt", "");
        project.write("content/inbox/binary.txt", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2});

        Cli cli = project.sinmun("import");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(3);
        assertThat(project.articles()).containsExactly("2021/03/cost-sharing-talks-end-without-a-deal.md");
        assertThat(cli.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).matches(
                "content/inbox/(binary|empty)\\.txt(:\\d+)?: .+ — .+"));
        assertThat(cli.out()).contains("1 imported, 0 updated, 0 merged, 0 skipped, 2 failed (0 unchanged)");
    }

    @Test
    void twoArticlesWithTheSameTitleGetUniqueSlugs() {
        inboxArticle("a.txt", "Talks resume");
        project.inbox("b.txt", TestProject.englishDump("Talks resume", "Posted March. 3, 2021 09:00",
                "Trade negotiators from Seoul and Tokyo resumed talks on export controls on Wednesday.\n\n"
                        + "Both sides said the meeting was constructive.", "jun@example.com"));

        Cli cli = project.sinmun("import");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(project.articles()).containsExactly("2021/03/talks-resume-2.md", "2021/03/talks-resume.md");
        assertThat(project.read("content/articles/2021/03/talks-resume-2.md")).contains("file: inbox/b.txt}");
    }

    @Test
    void rawFilesAreNeverModified() throws Exception {
        inboxArticle("a.txt", "Cost-sharing talks end without a deal");
        byte[] before = Files.readAllBytes(dir.resolve("content/inbox/a.txt"));

        project.sinmun("import");

        assertThat(Files.readAllBytes(dir.resolve("content/inbox/a.txt"))).isEqualTo(before);
    }

    @Test
    void brokenSiteConfigStopsTheBuildWithItsLine() {
        project.write("site/sinmun.yml", "title: {en: X}\nbase_ulr: https://x.org/\n".getBytes(StandardCharsets.UTF_8));

        Cli cli = project.sinmun("build");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("site/sinmun.yml:2: unknown key 'base_ulr' — the keys are title, description, "
                + "base_url, time_zone, default_lang, docs\n");
    }

    @Test
    void aBuildThatMeetsABrokenArticleSaysItLeftTheSiteAsItWas() {
        inboxArticle("a.txt", "Cost-sharing talks end without a deal");
        assertThat(project.sinmun("build").exit()).isZero();
        String file = "content/articles/2021/03/cost-sharing-talks-end-without-a-deal.md";
        project.write(file, project.read(file).replace("\nlang: en\n", "\nlang en\n").getBytes(StandardCharsets.UTF_8));

        Cli cli = project.sinmun("build");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(3);
        assertThat(cli.err()).startsWith(file + ":3: front matter is not valid YAML");
        assertThat(cli.out()).contains("Left target/site as it was: the problem above would leave pages out of the "
                + "site; fix it and build again");
        assertThat(dir.resolve("target/site/articles/2021/03/cost-sharing-talks-end-without-a-deal/index.html"))
                .isRegularFile();
    }

    @Test
    void anImportWaitsWhileAnotherCommandWritesTheProject() throws Exception {
        inboxArticle("a.txt", "Cost-sharing talks end without a deal");
        CompletableFuture<Cli> importing;
        try (ProjectLock held = ProjectLock.acquire(dir.resolve("target/sinmun-cache/project.lock"), holder -> { })) {
            importing = CompletableFuture.supplyAsync(() -> project.sinmun("import"));
            Thread.sleep(500);
            assertThat(importing).isNotDone();
            assertThat(project.articles()).isEmpty();
        }
        Cli cli = importing.get(2, TimeUnit.MINUTES);

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.err()).startsWith("Waiting for another sinmun command on this project to finish (process ");
        assertThat(project.articles()).containsExactly("2021/03/cost-sharing-talks-end-without-a-deal.md");
    }

    private void inboxFixture(String name, String fixture) {
        try (var files = Files.list(Path.of("src/test/resources/ingest", fixture))) {
            Path input = files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
            project.write("content/inbox/" + name, Files.readAllBytes(input));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reportPrintsAnAlignedTableAndDryRunWritesNothing() {
        inboxFixture("a-yonhap.html", "html-yonhap-en-jsonld");
        inboxFixture("b-chosun.html", "html-chosun-ko-jsonld");
        inboxFixture("c-copy.html", "html-yonhap-en-jsonld");
        inboxFixture("d-no-title.html", "bad-html-no-title");

        Cli cli = project.sinmun("import", "--report", "--dry-run");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(3);
        assertThat(project.articles()).isEmpty();
        List<String> table = cli.out().lines().filter(l -> l.startsWith("file ") || l.startsWith("content/")).toList();
        assertThat(table).hasSize(5);
        assertThat(table.get(0)).matches("file +status +outlet +title +posted +updated +byline +lang +paras +people +warnings");
        int titleColumn = table.get(0).indexOf("title");
        int postedColumn = table.get(0).indexOf("posted");
        assertThat(table.get(1)).startsWith("content/inbox/a-yonhap.html").contains("created", "Yonhap News Agency",
                "2021-04-19 15:02", "2021-04-19 17:45", "serapark@yna.co.kr", " en ", " 5 ");
        assertThat(table.get(1).substring(titleColumn)).startsWith("(LEAD) Seoul city to expand night bus ro…  ");
        assertThat(table.get(2)).contains("The Chosun Ilbo", "2023-11-20 11:30", " ko ");
        assertThat(ImportReportWidth.of(table.get(2).substring(0, table.get(2).indexOf("2023-11-20 11:30"))))
                .isEqualTo(postedColumn);
        assertThat(table.get(3)).contains("merged", "same article as content/inbox/a-yonhap.html");
        assertThat(table.get(4)).contains("failed", "no title found");
        assertThat(cli.out()).contains("would create content/articles/2021/04/",
                "would merge content/inbox/c-copy.html → content/articles/2021/04/",
                "Dry run (nothing written): read 4 files", "2 imported, 0 updated, 1 merged, 0 skipped, 1 failed");
        assertThat(cli.err()).contains("content/inbox/d-no-title.html: no title found — ");
    }

    @Test
    void mergedFilesAreNamedAndCountedInTheSummary() {
        inboxFixture("a.html", "html-koreaherald-en-visible-dates");
        inboxFixture("b.html", "html-koreaherald-en-visible-dates");

        Cli cli = project.sinmun("import");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(project.articles()).containsExactly("2020/09/busan-to-build-floating-seawall-by-2026.md");
        assertThat(cli.out()).contains("merged content/inbox/b.html → content/articles/2020/09/"
                + "busan-to-build-floating-seawall-by-2026.md (same article as content/inbox/a.html)",
                "1 imported, 0 updated, 1 merged, 0 skipped, 0 failed (0 unchanged)");
    }

    @Test
    void aMergedFileIsRememberedAndNotImportedAgain() {
        inboxFixture("a.html", "html-koreaherald-en-visible-dates");
        inboxFixture("b.html", "html-koreaherald-en-visible-dates");
        project.sinmun("import");

        Cli again = project.sinmun("import");

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Nothing new to import in content/inbox/.");
        assertThat(project.read("content/articles/.merged-sources")).endsWith("\ninbox/b.html\n");
    }
}
