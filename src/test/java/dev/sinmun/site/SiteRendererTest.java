package dev.sinmun.site;

import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteRendererTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path out;

    @TempDir
    Path again;

    @Test
    void writesEveryPageFeedAndStaticFile() {
        RenderedSite site = RenderedSite.build(out);
        assertThat(site.tree().keySet()).containsExactly(
                ".nojekyll",
                "404.html",
                "articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html",
                "articles/2021/04/seoul-night-bus-routes/index.html",
                "articles/2021/05/budget-bill-fine-print/index.html",
                "articles/2021/06/harbor-festival-returns/index.html",
                "articles/2021/07/minister-han-interview/index.html",
                "css/sinmun.css",
                "feed.xml",
                "index.html",
                "people/han-seo-yeon/index.html",
                "people/index.html",
                "people/kenji-morita/index.html",
                "people/lee-do-hyun/index.html",
                "people/oh-se-rin/index.html",
                "sitemap.xml",
                "topics/budget/index.html",
                "topics/culture/index.html",
                "topics/fisheries/index.html",
                "topics/index.html",
                "topics/korea-japan-relations/index.html",
                "topics/transport/index.html");
        assertThat(site.report().pages()).isEqualTo(18);
        assertThat(site.report().files()).isEqualTo(22);
        assertThat(site.report().problems()).isEmpty();
        assertThat(site.report().stages()).extracting(StageTime::name).containsExactly(
                "clean output", "check articles", "index tags", "copy static", "render articles", "render home",
                "render tag indexes and tag pages", "feed", "sitemap", "404", ".nojekyll");
    }

    @Test
    void homeListsArticlesNewestFirstWithBothNames() {
        RenderedSite site = RenderedSite.build(out);
        String home = site.read("index.html");
        assertThat(home).containsSubsequence("minister-han-interview", "harbor-festival-returns",
                "budget-bill-fine-print", "seoul-night-bus-routes", "seoul-tokyo-resume-fisheries-talks");
        site.assertFile("index.html", """
                <html lang="en">
                <a class="skip-link" href="#content">Skip to content</a>
                <link rel="stylesheet" href="/archive/css/sinmun.css">
                <a href="/archive/people/">People</a>
                # a Korean title inside the English page is marked as Korean
                <h2 class="card-title" lang="ko"><a href="/archive/articles/2021/04/seoul-night-bus-routes/">서울시, 심야버스 노선 12개로 확대</a></h2>
                <time datetime="2021-04-10T06:00:00+09:00">April 10, 2021</time>
                Han Seo-yeon <span class="alt" lang="ko">한서연</span>
                # the title's markup characters are escaped, never interpreted
                R&amp;D up 5% as lawmakers fight over &lt;fine print&gt;
                ! <fine print>
                ! href="/articles/
                """);
    }

    @Test
    void articlePageHasDatesSourceTagsTranslationAndCanonical() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html", """
                <html lang="en">
                <link rel="canonical" href="https://example.github.io/archive/articles/2021/03/seoul-tokyo-resume-fisheries-talks/">
                <meta name="description" content="South Korea and Japan met in Busan on Tuesday to restart talks on fishing quotas in their shared waters.">
                Posted <time datetime="2021-03-02T09:15:00+09:00">March 2, 2021, 09:15 KST</time>
                Updated <time datetime="2021-03-02T11:40:00+09:00">March 2, 2021, 11:40 KST</time>
                By reporter@harbor.example
                <a href="https://news.example.com/ko/article/20210302/1" hreflang="ko">Read the Korean version</a>
                <a href="https://news.example.com/en/article/20210302/1" rel="external">Original article</a>
                <a class="tag tag-person" href="/archive/people/han-seo-yeon/">Han Seo-yeon <span class="alt" lang="ko">한서연</span></a>
                <a class="tag tag-person" href="/archive/people/kenji-morita/">Kenji Morita</a>
                <a class="tag tag-topic" href="/archive/topics/korea-japan-relations/">Korea-Japan relations <span class="alt" lang="ko">한일 관계</span></a>
                """);
    }

    @Test
    void koreanArticleUsesKoreanLanguageDatesAndTranslationNote() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("articles/2021/04/seoul-night-bus-routes/index.html", """
                <html lang="ko">
                <header class="site-header" lang="en">
                <a class="skip-link" href="#content" lang="en">Skip to content</a>
                입력 <time datetime="2021-04-10T06:00:00+09:00">2021년 4월 10일 06:00</time>
                # updated equals posted, so it is not shown
                ! 수정
                <p class="translation">영문 기사 있음</p>
                오세린 <span class="alt" lang="en">Oh Se-rin</span>
                """);
    }

    @Test
    void noteWhenTranslationUrlIsUnusableAndUpdatedOnlyWhenDifferent() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("articles/2021/06/harbor-festival-returns/index.html", """
                <p class="translation">Korean version exists</p>
                ! javascript:
                ! <script
                ! onclick
                ! alert(
                ! Updated
                Fireworks start at nine.
                """);
        site.assertFile("articles/2021/05/budget-bill-fine-print/index.html", """
                <h1 class="article-title">Budget bill passes: R&amp;D up 5% as lawmakers fight over &lt;fine print&gt;</h1>
                1. This line is not a list. *Neither is this emphasis* and _this_ is plain.
                ! class="byline"
                ! Original article
                """);
    }

    @Test
    void tagIndexesAndTermPages() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("people/index.html", """
                <a href="/archive/people/han-seo-yeon/">Han Seo-yeon <span class="alt" lang="ko">한서연</span></a> <span class="count">3 articles</span>
                <a href="/archive/people/kenji-morita/">Kenji Morita</a> <span class="count">1 article</span>
                """);
        assertThat(site.read("people/index.html")).containsSubsequence("han-seo-yeon", "kenji-morita", "lee-do-hyun", "oh-se-rin");
        assertThat(site.read("topics/index.html")).containsSubsequence("budget", "culture", "fisheries", "korea-japan-relations", "transport");
        site.assertFile("people/han-seo-yeon/index.html", """
                <h1 class="page-title term-title">Han Seo-yeon <span class="alt" lang="ko">한서연</span></h1>
                <span lang="ko">해양수산부 장관</span>; <span>Minister of Oceans and Fisheries</span>
                3 articles, newest first.
                <time datetime="2021-07-15T10:30:00+09:00">July 15, 2021</time>
                """);
        assertThat(site.read("people/han-seo-yeon/index.html"))
                .containsSubsequence("minister-han-interview", "harbor-festival-returns", "seoul-tokyo-resume-fisheries-talks");
        site.assertFile("topics/transport/index.html", """
                <h1 class="page-title term-title">Transport <span class="alt" lang="ko">교통</span></h1>
                1 article, newest first.
                ! Roles in these articles
                """);
    }

    @Test
    void feedIsWellFormedAtomWithAbsoluteUrlsNewestFirst() throws Exception {
        RenderedSite site = RenderedSite.build(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(text(feed, "updated").get(0)).isEqualTo("2021-07-16T09:00:00+09:00");
        assertThat(text(feed, "id")).containsExactly(
                "https://example.github.io/archive/",
                "https://example.github.io/archive/articles/2021/07/minister-han-interview/",
                "https://example.github.io/archive/articles/2021/06/harbor-festival-returns/",
                "https://example.github.io/archive/articles/2021/05/budget-bill-fine-print/",
                "https://example.github.io/archive/articles/2021/04/seoul-night-bus-routes/",
                "https://example.github.io/archive/articles/2021/03/seoul-tokyo-resume-fisheries-talks/");
        assertThat(text(feed, "title")).contains("Budget bill passes: R&D up 5% as lawmakers fight over <fine print>");
        assertThat(text(feed, "content")).noneMatch(c -> c.contains("<script"));
    }

    @Test
    void sitemapListsEveryPageButThe404WithLastmod() throws Exception {
        RenderedSite site = RenderedSite.build(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        List<String> locs = text(sitemap, "loc");
        assertThat(locs).hasSize(site.htmlFiles().size() - 1).isSorted()
                .allMatch(l -> l.startsWith(RenderedSite.BASE_URL)).noneMatch(l -> l.contains("404"));
        assertThat(text(sitemap, "lastmod")).hasSameSizeAs(locs);
        site.assertFile("sitemap.xml", """
                <url><loc>https://example.github.io/archive/people/kenji-morita/</loc><lastmod>2021-03-02T11:40:00+09:00</lastmod></url>
                """);
    }

    @Test
    void twoRendersAreByteIdentical() {
        RenderedSite first = RenderedSite.build(out);
        RenderedSite second = RenderedSite.build(again);
        assertThat(second.tree().keySet()).containsExactlyElementsOf(first.tree().keySet());
        first.tree().forEach((file, bytes) ->
                assertThat(new String(second.tree().get(file))).as(file).isEqualTo(new String(bytes)));
    }

    @Test
    void staleFilesAreDeletedFirst() throws Exception {
        Files.createDirectories(out.resolve("old/dir"));
        Files.writeString(out.resolve("old/dir/stale.html"), "<a href=\"/nowhere\">x</a>");
        RenderedSite.build(out);
        assertThat(out.resolve("old")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void unsafeSlugsAndDuplicatePathsAreReportedAndSkipped() {
        Article good = SampleArticles.nightBuses();
        Article duplicate = SampleArticles.nightBuses();
        Article a = SampleArticles.fisheriesTalks();
        Article unsafe = new Article("../escape", a.title(), a.lang(), a.posted(), a.updated(), a.byline(), a.source(),
                a.translations(), List.of(new PersonRef("bad/id", "Bad", null, null)), a.topics(), a.summary(), 0, a.body());
        Article badTag = new Article("ok-slug", a.title(), a.lang(), a.posted(), a.updated(), a.byline(), a.source(),
                a.translations(), List.of(new PersonRef("bad/id", "Bad", null, null)), a.topics(), a.summary(), 0, a.body());
        SiteConfig config = SiteConfig.forTest().withBaseUrl(RenderedSite.BASE_URL);
        BuildReport report = new SiteRenderer(config, new ProjectLayout(Path.of("")))
                .render(List.of(good, duplicate, unsafe, badTag), out);
        assertThat(report.problems()).extracting(p -> p.format()).containsExactly(
                "content/articles/2021/04/seoul-night-bus-routes.md: another article already has the page "
                        + "articles/2021/04/seoul-night-bus-routes/ — give one of them a different slug; article skipped",
                "content/articles/2021/escape.md: slug '../escape' cannot be a URL path segment — "
                        + "use lowercase letters, digits and '-'; article skipped",
                "content/articles/2021/03/ok-slug.md: tag id 'bad/id' cannot be a URL path segment — "
                        + "use lowercase letters, digits and '-'; tag left out of the site");
        assertThat(out.resolve("articles/2021/03/ok-slug/index.html")).exists();
        assertThat(out.resolve("articles/2021/escape")).doesNotExist();
        assertThat(new LinkChecker(config).check(out)).isEmpty();
    }

    @Test
    void aStaticFileCollidingWithAPageFailsTheBuild(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("site/static"));
        Files.writeString(project.resolve("site/static/index.html"), "mine");
        SiteRenderer renderer = new SiteRenderer(SiteConfig.forTest(), new ProjectLayout(project));
        assertThatThrownBy(() -> renderer.render(SampleArticles.all(), out))
                .isInstanceOf(SinmunException.class).hasMessageContaining("two outputs want the same file index.html");
    }

    @Test
    void refusesToEmptyADirectoryHoldingTheProjectsInputs(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content/articles"));
        Files.writeString(project.resolve("content/articles/keep.md"), "mine");
        SiteRenderer renderer = new SiteRenderer(SiteConfig.forTest(), new ProjectLayout(project));
        for (Path wrong : List.of(project, project.resolve("content"), project.resolve("site/static/out"))) {
            assertThatThrownBy(() -> renderer.render(SampleArticles.all(), wrong))
                    .isInstanceOf(SinmunException.class).hasMessageContaining("refusing to empty the output directory");
        }
        assertThat(project.resolve("content/articles/keep.md")).exists();
        renderer.render(SampleArticles.all(), project.resolve("target/site"));
        assertThat(project.resolve("target/site/index.html")).exists();
    }

    @Test
    void emptyArchiveStillRendersAValidSite() {
        SiteConfig config = SiteConfig.forTest().withBaseUrl(RenderedSite.BASE_URL);
        BuildReport report = new SiteRenderer(config, new ProjectLayout(Path.of(""))).render(List.of(), out);
        assertThat(report.pages()).isEqualTo(4);
        assertThat(out.resolve("feed.xml")).content().contains("<updated>1970-01-01T00:00:00Z</updated>");
        assertThat(new LinkChecker(config).check(out)).isEmpty();
    }

    private static List<String> text(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
