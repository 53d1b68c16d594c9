package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Duplicates, later wire editions, EN↔KO pairs and dry runs, through {@link ArticleImporter}. */
class ImportMergeTest {

    private static final Registry REGISTRY = Registry.load(Path.of("content", "registry"));
    private static final Path INGEST = Path.of("src/test/resources/ingest");

    @TempDir
    Path project;

    ProjectLayout layout;
    ArticleImporter importer;

    @BeforeEach
    void setUp() {
        layout = new ProjectLayout(project);
        importer = new ArticleImporter(layout, DumpParsers.standard(), new Tagger(REGISTRY));
    }

    private Path inbox(String name, String text) throws IOException {
        Path file = layout.inbox().resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path inboxFixture(String name, String fixture) throws IOException {
        Path dir = INGEST.resolve(fixture);
        try (Stream<Path> files = Files.list(dir)) {
            Path input = files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
            Path file = layout.inbox().resolve(name);
            Files.createDirectories(file.getParent());
            return Files.copy(input, file);
        }
    }

    private List<ImportOutcome> run(ImportOptions options, Path... files) {
        List<ImportOutcome> seen = new ArrayList<>();
        List<ImportOutcome> outcomes = importer.importFiles(List.of(files), options, seen::add);
        assertThat(seen).isEqualTo(outcomes);
        return outcomes;
    }

    private List<ImportOutcome> run(Path... files) {
        return run(new ImportOptions(false, false), files);
    }

    private List<String> articles() throws IOException {
        try (Stream<Path> files = Files.walk(layout.articles())) {
            return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".md"))
                    .map(f -> layout.articles().relativize(f).toString()).sorted().toList();
        }
    }

    private String read(ImportOutcome outcome) throws IOException {
        return Files.readString(layout.root().resolve(outcome.article()));
    }

    private static String yonhap(String marker, String posted, String updated, String extra) {
        return marker + "Gov't to extend eviction moratorium for small merchants\n" + posted
                + (updated == null ? "" : " | Updated " + updated) + "\n"
                + "SEOUL, April 19 (Yonhap) -- The government will extend a moratorium on evictions of small merchants "
                + "by six months, the finance ministry said Monday.\n" + extra + "kimjh@yna.co.kr\n(END)\n";
    }

    @Test
    void theSameArticleTwiceBecomesOneArticle() throws IOException {
        Path a = inboxFixture("a.txt", "text-koreaherald-en");
        Path b = inboxFixture("b.txt", "text-koreaherald-en");

        List<ImportOutcome> outcomes = run(a, b);

        assertThat(outcomes).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.CREATED, ImportOutcome.Status.MERGED);
        assertThat(outcomes.get(1).article()).isEqualTo(outcomes.get(0).article());
        assertThat(outcomes.get(1).note()).isEqualTo("same article as content/inbox/a.txt");
        assertThat(articles()).containsExactly("2020/09/busan-to-build-floating-seawall-by-2026.md");
    }

    @Test
    void theSameTextFromTwoOutletsStaysTwoArticles() throws IOException {
        String text = Files.readString(INGEST.resolve("text-koreaherald-en/input.txt"));
        Path herald = inbox("a.txt", text);
        Path other = inbox("b.txt", text.replaceAll("@heraldcorp\\.com", "@donga.com"));

        List<ImportOutcome> outcomes = run(herald, other);

        assertThat(outcomes).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.CREATED, ImportOutcome.Status.CREATED);
    }

    @Test
    void anArticleWhoseFrontMatterNoLongerParsesStillHoldsItsRawFile() throws IOException {
        Path a = inboxFixture("a.txt", "text-koreaherald-en");
        Path article = layout.root().resolve(run(a).get(0).article());
        String text = Files.readString(article);
        Files.writeString(article, text.replaceFirst("(?m)^summary: .*$", "summary: (editor's note: talks broke down)"));

        assertThat(ArticleImporter.pendingInboxFiles(layout)).isEmpty();
        assertThat(articles()).containsExactly("2020/09/busan-to-build-floating-seawall-by-2026.md");
    }

    @Test
    void aFileAlreadyInTheArchiveUnderAnotherNameIsMergedWithoutWriting() throws IOException {
        Path a = inboxFixture("a.html", "html-koreaherald-en-visible-dates");
        run(a);
        String before = Files.readString(layout.articles().resolve("2020/09/busan-to-build-floating-seawall-by-2026.md"));
        Path again = inboxFixture("later/copy.html", "html-koreaherald-en-visible-dates");

        List<ImportOutcome> outcomes = run(again);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.MERGED);
            assertThat(o.note()).isEqualTo("same article as content/articles/2020/09/busan-to-build-floating-seawall-by-2026.md");
        });
        assertThat(articles()).hasSize(1);
        assertThat(Files.readString(layout.articles().resolve("2020/09/busan-to-build-floating-seawall-by-2026.md")))
                .isEqualTo(before);
    }

    @Test
    void aLaterEditionReplacesTheBodyAndKeepsTheFirstPostedDate() throws IOException {
        Path first = inbox("1.txt", yonhap("", "2021-04-19 11:00", null, ""));
        Path lead = inbox("2.txt", yonhap("(LEAD) ", "2021-04-19 15:02", null,
                "The measure bars landlords from ending leases over rent arrears during the pandemic.\n"));
        Path second = inbox("3.txt", yonhap("(2nd LD) ", "2021-04-19 17:30", "2021-04-19 18:20",
                "The measure bars landlords from ending leases over rent arrears during the pandemic.\n"
                        + "The ministry said about 3,400 shops had used the protection so far.\n"));

        List<ImportOutcome> outcomes = run(lead, second, first);

        assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.MERGED,
                ImportOutcome.Status.CREATED, ImportOutcome.Status.MERGED);
        String md = read(outcomes.get(1));
        assertThat(md).contains("title: (2nd LD) Gov't to extend eviction moratorium for small merchants\n",
                "posted: 2021-04-19T11:00:00+09:00\n", "updated: 2021-04-19T18:20:00+09:00\n",
                "about 3,400 shops", "file: inbox/3.txt}");
        assertThat(outcomes.get(0).note()).isEqualTo("earlier edition of the story in content/inbox/3.txt");
        assertThat(outcomes.get(2).note()).isEqualTo("earlier edition of the story in content/inbox/3.txt");
        assertThat(articles()).containsExactly("2021/04/govt-to-extend-eviction-moratorium-for-small-merchants.md");
    }

    private static String donga(String updated, String second) {
        return "Go to contents\nPort strike ends after wage deal\nPort strike ends after wage deal\n"
                + "Posted April. 09, 2025 07:12,\nUpdated April. 09, 2025 " + updated + "\n한국어\n"
                + "Dock workers at the port of Incheon returned to work on Tuesday after a wage deal.\n"
                + second + "\nport@donga.com\n";
    }

    @Test
    void aPageSavedAgainAfterAnUpdateUpdatesItsArticleInsteadOfAddingOne() throws IOException {
        Path first = inbox("002.txt", donga("07:12", "The strike had delayed about 3,000 containers."));
        Path md = layout.root().resolve(run(first).get(0).article());
        Path again = inbox("002 (1).txt", donga("10:48", "The strike had delayed about 3,400 containers, the port said."));

        List<ImportOutcome> outcomes = run(again);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.UPDATED);
            assertThat(o.note()).contains("later edition of content/articles/2025/04/");
        });
        assertThat(articles()).containsExactly("2025/04/port-strike-ends-after-wage-deal.md");
        assertThat(Files.readString(md)).contains("updated: 2025-04-09T10:48:00+09:00\n", "3,400 containers");
    }

    @Test
    void ofTwoSavesOfOnePageInOneRunTheLaterUpdateWins() throws IOException {
        Path newer = inbox("a.txt", donga("10:48", "The strike had delayed about 3,400 containers, the port said."));
        Path older = inbox("b.txt", donga("07:12", "The strike had delayed about 3,000 containers."));

        List<ImportOutcome> outcomes = run(newer, older);

        assertThat(outcomes).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.CREATED, ImportOutcome.Status.MERGED);
        assertThat(articles()).containsExactly("2025/04/port-strike-ends-after-wage-deal.md");
        assertThat(read(outcomes.get(0))).contains("3,400 containers");
    }

    @Test
    void aLaterEditionReplacesAnArchivedArticleButNeverAHandEditedOne() throws IOException {
        Path first = inbox("1.txt", yonhap("", "2021-04-19 11:00", null, ""));
        Path md = layout.root().resolve(run(first).get(0).article());
        Path lead = inbox("2.txt", yonhap("(LEAD) ", "2021-04-19 15:02", null,
                "The measure bars landlords from ending leases over rent arrears during the pandemic.\n"));

        String edited = Files.readString(md).replace("six months", "six (6) months");
        Files.writeString(md, edited);
        List<ImportOutcome> refused = run(lead);

        assertThat(refused).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.SKIPPED);
            assertThat(o.problem().message()).startsWith("edited by hand since it was imported from inbox/1.txt");
        });
        assertThat(Files.readString(md)).isEqualTo(edited);

        Files.writeString(md, edited.replace("six (6) months", "six months"));
        List<ImportOutcome> replaced = run(lead);

        assertThat(replaced).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.UPDATED);
            assertThat(o.note()).contains("later edition of content/articles/2021/04/");
        });
        assertThat(Files.readString(md)).contains("posted: 2021-04-19T11:00:00+09:00\n", "rent arrears",
                "file: inbox/2.txt}");
    }

    @Test
    void englishAndKoreanCounterpartsAreLinkedBothWays() throws IOException {
        Path en = inboxFixture("en.html", "html-joongang-daily-en-graph");
        Path ko = inboxFixture("ko.html", "html-joongang-ko-english-link");

        List<ImportOutcome> outcomes = run(en, ko);

        String enMd = read(outcomes.get(0));
        String koMd = read(outcomes.get(1));
        assertThat(enMd).contains("translations: {ko: {url: /articles/2020/09/nongchon-hakgyo-ollaineuro-gyosa-gongyu/}}");
        assertThat(koMd).contains("translations: {en: {url: /articles/2020/09/rural-schools-to-share-teachers-online/}}");
    }

    private static String englishDump(String posted, String email) {
        return "Go to contents\nYoon orders firm response to N. Korean provocations\n"
                + "Yoon orders firm response to N. Korean provocations\nPosted " + posted + "\n한국어\n"
                + "President Yoon Suk Yeol on Monday ordered the military to respond firmly to any provocation, such as "
                + "trash balloons, by North Korean leader Kim Jong Un ahead of joint drills with the United States.\n" + email + "\n";
    }

    private static String koreanDump(String posted, String email) {
        return "尹 “北 도발하면 단호히 대응”\n입력 " + posted + "\nEnglish\n"
                + "윤석열 대통령은 4일 김정은 국무위원장의 오물풍선 도발에 단호히 대응하라고 군에 지시했다.\n"
                + "신규진 기자 " + email + "\n";
    }

    /** With or without the Korean page's "English" link: the English page's "한국어" says a counterpart exists. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void textDumpsOfOneStoryInTwoLanguagesAreLinkedByTheirReporterAndPeople(boolean englishLink) throws IOException {
        Path en = inbox("en.txt", englishDump("March. 05, 2024 07:51", "newjin@donga.com"));
        String korean = koreanDump("2024-03-05 03:00", "newjin@donga.com");
        Path ko = inbox("ko.txt", englishLink ? korean : korean.replace("English\n", ""));

        List<ImportOutcome> outcomes = run(en, ko);

        assertThat(read(outcomes.get(0))).contains("translations: {ko: {url: /articles/2024/03/");
        assertThat(read(outcomes.get(1))).contains("translations: {en: {url: /articles/2024/03/yoon-orders-firm");
    }

    /**
     * The English page is signed by its translator, without an e-mail: posted within a day of the signed Korean
     * page and sharing half its people, it is its edition, and a judge the registry does not know gets one id;
     * two days apart, it is not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2025-08-13 00:05", "2025-08-15 12:00"})
    void anEnglishPageSignedWithoutAnEmailIsLinkedToTheKoreanOneOfItsDayAndStory(String posted) throws IOException {
        Path en = inbox("en.txt", "Go to contents\nEx-first lady arrested\nEx-first lady arrested\n"
                + "Posted August. 13, 2025 07:30\n한국어\nJudge Jeong Jae-wook issued an arrest warrant for former "
                + "first lady Kim Keon Hee, wife of former President Yoon Suk Yeol, on Tuesday.\nMin-Ji Kim\n");
        Path ko = inbox("ko.txt", "김건희 여사 구속\n입력 " + posted + "\n정재욱 영장전담 부장판사는 12일 "
                + "윤석열 전 대통령의 부인 김건희 여사에 대한 구속영장을 발부했다.\n최미송 기자 cms@donga.com\n");

        List<ImportOutcome> outcomes = run(en, ko);

        if (posted.startsWith("2025-08-13")) {
            assertThat(read(outcomes.get(0))).contains("translations: {ko: {url: /articles/2025/08/");
            assertThat(read(outcomes.get(1))).contains("translations: {en: {url: /articles/2025/08/ex-first-lady",
                    "{id: jeong-jae-wook, en: Jeong Jae-wook, ko: 정재욱");
        } else {
            assertThat(read(outcomes.get(0))).contains("translations: {ko: {url: null}}");
            assertThat(read(outcomes.get(1))).contains("translations: {}", "{id: jung-jae-uk");
        }
    }

    @Test
    void textDumpsOfOtherReportersOrDaysAreNotLinked() throws IOException {
        Path en = inbox("en.txt", englishDump("March. 05, 2024 07:51", "newjin@donga.com"));
        Path otherReporter = inbox("ko1.txt", koreanDump("2024-03-05 03:00", "other@donga.com"));
        Path weekLater = inbox("ko2.txt", koreanDump("2024-03-12 03:00", "newjin@donga.com").replace("단호히", "강력히"));

        List<ImportOutcome> outcomes = run(en, otherReporter, weekLater);

        assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(read(o)).contains("{url: null}"));
    }

    @Test
    void ofTwoEnglishCandidatesTheKoreanEditionPairsWithTheOneSharingMoreOfItsPeopleAndTopics() throws IOException {
        Path decoy = inbox("a-decoy.txt", "Go to contents\nDefense chief inspects front-line units\n"
                + "Defense chief inspects front-line units\nPosted March. 05, 2024 09:10\n한국어\n"
                + "Defense Minister Shin Won-sik inspected front-line units on Tuesday after President Yoon Suk Yeol "
                + "ordered a firm response to trash balloons sent by North Korean leader Kim Jong Un's regime.\n"
                + "newjin@donga.com\n");
        Path en = inbox("en.txt", englishDump("March. 05, 2024 07:51", "newjin@donga.com"));
        Path ko = inbox("ko.txt", koreanDump("2024-03-05 03:00", "newjin@donga.com"));

        List<ImportOutcome> outcomes = run(decoy, en, ko);

        assertThat(read(outcomes.get(0))).contains("translations: {ko: {url: null}}");
        assertThat(read(outcomes.get(1))).contains("translations: {ko: {url: /articles/2024/03/");
        assertThat(read(outcomes.get(2))).contains("translations: {en: {url: /articles/2024/03/yoon-orders-firm");
    }

    @Test
    void unsignedEditorialsOfOneDayThatShowEachOthersEditionArePaired() throws IOException {
        Path en = inbox("en.txt", englishDump("March. 05, 2024 07:51", "").replace("\n\n", "\n"));
        Path ko = inbox("ko.txt", koreanDump("2024-03-05 03:00", "").replace("신규진 기자 \n", ""));

        List<ImportOutcome> outcomes = run(en, ko);

        assertThat(read(outcomes.get(0))).contains("byline: null", "translations: {ko: {url: /articles/2024/03/");
        assertThat(read(outcomes.get(1))).contains("byline: null", "translations: {en: {url: /articles/2024/03/");
    }

    @Test
    void anotherStoryOfTheSameReporterAboutTheSamePeopleButOtherTopicsIsNotLinked() throws IOException {
        Path en = inbox("en.txt", englishDump("March. 05, 2024 07:51", "newjin@donga.com"));
        Path ko = inbox("ko.txt", "尹 “전공의 면허정지 불가피”\n입력 2024-03-05 03:00\nEnglish\n"
                + "윤석열 대통령은 4일 의대 증원에 반발해 병원을 떠난 전공의들에 대해 면허정지는 불가피하다고 말했다. "
                + "김정은 국무위원장의 도발에 대한 언급은 없었다.\n신규진 기자 newjin@donga.com\n");

        List<ImportOutcome> outcomes = run(en, ko);

        assertThat(read(outcomes.get(1))).contains("topics:").doesNotContain("nk-provocations");
        assertThat(outcomes).allSatisfy(o -> assertThat(read(o)).contains("{url: null}"));
    }

    @Test
    void aCounterpartImportedLaterLinksTheArchivedArticleToo() throws IOException {
        Path ko = inboxFixture("ko.html", "html-joongang-ko-english-link");
        ImportOutcome koOutcome = run(ko).get(0);
        assertThat(read(koOutcome)).contains("translations: {en: {url: https://koreajoongangdaily");
        Path en = inboxFixture("en.html", "html-joongang-daily-en-graph");

        ImportOutcome enOutcome = run(en).get(0);

        assertThat(read(enOutcome)).contains("translations: {ko: {url: /articles/2020/09/nongchon-hakgyo-ollaineuro-gyosa-gongyu/}}");
        String koMd = read(koOutcome);
        assertThat(koMd).contains("translations: {en: {url: /articles/2020/09/rural-schools-to-share-teachers-online/}}");
        assertThat(ImportStamp.check(koMd)).isEqualTo(ImportStamp.State.INTACT);
        assertThat(run(en, ko)).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.UNCHANGED, ImportOutcome.Status.UNCHANGED);
    }

    @Test
    void aDryRunWritesNothingButSaysWhatItWouldDo() throws IOException {
        Path a = inboxFixture("a.html", "html-yonhap-en-jsonld");
        Path b = inboxFixture("b.txt", "bad-no-title");

        List<ImportOutcome> outcomes = run(new ImportOptions(false, true), a, b);

        assertThat(outcomes).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.CREATED, ImportOutcome.Status.FAILED);
        assertThat(outcomes.get(0).found().paragraphs()).isEqualTo(5);
        assertThat(Files.exists(layout.articles())).isFalse();
    }

    @Test
    void aBadFileNeverChangesAnotherFilesOutput() throws IOException {
        Path good = inboxFixture("b-good.html", "html-chosun-ko-jsonld");
        String alone = read(run(good).get(0));
        Files.delete(layout.root().resolve("content/articles/2023/11/gukhoe-dijiteol-gyogwaseo-yesan-sakgam.md"));
        List<Path> files = new ArrayList<>();
        for (String bad : List.of("bad-binary", "bad-empty", "bad-html-no-title", "bad-future-date", "bad-no-body")) {
            files.add(inboxFixture("a-" + bad + ".txt", bad));
        }
        files.add(good);

        List<ImportOutcome> outcomes = run(files.toArray(Path[]::new));

        assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.FAILED,
                ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED,
                ImportOutcome.Status.FAILED, ImportOutcome.Status.CREATED);
        assertThat(read(outcomes.get(5))).isEqualTo(alone);
    }
}
