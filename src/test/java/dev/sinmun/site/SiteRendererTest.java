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
        assertThat(site.tree().keySet()).contains(
                ".nojekyll", "404.html", "robots.txt", "sitemap.xml", "tags.json", "feed.xml", "feed.json",
                "css/sinmun.css", "js/search.js", "js/filter.js", "search/meta.json", "people/names.json",
                "index.html", "ko/index.html", "archive/index.html", "ko/archive/index.html",
                "2021/index.html", "2021/03/index.html", "ko/2021/03/index.html",
                "articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html",
                "articles/2021/04/seoul-night-bus-routes/index.html",
                "people/index.html", "ko/people/index.html", "topics/index.html", "organizations/index.html",
                "places/index.html", "ko/places/index.html",
                "people/han-seo-yeon/index.html", "ko/people/han-seo-yeon/index.html",
                "people/han-seo-yeon/feed.xml", "people/han-seo-yeon/feed.json",
                "topics/transport/index.html", "topics/transport/feed.xml",
                "search/index.html", "ko/search/index.html")
                .doesNotContain("ko/articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html",
                        "ko/404.html");
        assertThat(site.tree().keySet().stream().filter(f -> f.startsWith("search/d/"))).containsExactly("search/d/0.json");
        assertThat(site.report().problems()).isEmpty();
        assertThat(site.report().stages()).extracting(StageTime::name).containsExactly(
                "clean output", "check articles", "index tags", "copy static", "link translations",
                "render articles", "render home and date archive", "render tag indexes and tag pages",
                "render search page", "feeds", "tag graph", "index names", "search index", "sitemap", "robots.txt", "404",
                ".nojekyll", "finish writing");
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
                <link rel="alternate" hreflang="ko" href="https://example.github.io/archive/ko/">
                <link rel="alternate" hreflang="x-default" href="https://example.github.io/archive/">
                <a href="/archive/ko/" hreflang="ko" lang="ko" title="이 아카이브의 한국어판">한국어</a>
                <a href="/archive/2021/">2021</a> <span class="count">5 articles</span>
                # a Korean title inside the English page is marked as Korean
                <h2 lang="ko"><a href="/archive/articles/2021/04/seoul-night-bus-routes/">서울시, 심야버스 노선 12개로 확대</a></h2>
                # a card: the date and the outlet in the page's language, the summary; no tag list; an article
                # in the other language says so
                <p class="meta">April 10, 2021 · The Harbor Daily · <span lang="ko">한국어</span></p>
                ! <ul class="tags">
                # the title's markup characters are escaped, never interpreted
                R&amp;D up 5% as lawmakers fight over &lt;fine print&gt;
                ! <fine print>
                ! href="/articles/
                """);
    }

    @Test
    void aMonthPageLinksTheMonthsBeforeAndAfterIt() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("2021/04/index.html", """
                <nav class="prev-next" aria-label="Months">
                <a href="/archive/2021/03/"><span class="label">← Earlier month</span> <span class="title">March 2021</span></a>
                <a class="next" href="/archive/2021/05/"><span class="label">Later month →</span> <span class="title">May 2021</span></a>
                """);
        site.assertFile("ko/2021/03/index.html", """
                <a class="next" href="/archive/ko/2021/04/"><span class="label">다음 달 →</span>
                ! 이전 달
                """);
    }

    @Test
    void articlePageHasDatesSourceTagsTranslationAndCanonical() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html", """
                <html lang="en">
                <link rel="canonical" href="https://example.github.io/archive/articles/2021/03/seoul-tokyo-resume-fisheries-talks/">
                <meta name="description" content="South Korea and Japan met in Busan on Tuesday to restart talks on fishing quotas in their shared waters.">
                <meta property="og:type" content="article">
                <meta property="article:published_time" content="2021-03-02T09:15:00+09:00">
                <meta property="article:modified_time" content="2021-03-02T11:40:00+09:00">
                # the tags are in the JSON-LD's about, not repeated as article:tag
                ! article:tag
                "@type":"NewsArticle"
                "datePublished":"2021-03-02T09:15:00+09:00"
                "@id":"https://example.github.io/archive/people/han-seo-yeon/"
                <a href="/archive/2021/03/">March 2021</a>
                Posted <time datetime="2021-03-02T09:15:00+09:00">March 2, 2021, 09:15 KST</time>
                Updated <time datetime="2021-03-02T11:40:00+09:00">March 2, 2021, 11:40 KST</time>
                By reporter@harbor.example
                <a href="https://news.example.com/ko/article/20210302/1" hreflang="ko">Read the Korean version</a>
                # an external translation: the switch goes there, but no hreflang alternate (it could not be reciprocal)
                <a href="https://news.example.com/ko/article/20210302/1" hreflang="ko" lang="ko"
                ! rel="alternate" hreflang="ko"
                <a href="https://news.example.com/en/article/20210302/1" rel="external">Original article</a>
                <a class="tag tag-people" href="/archive/people/han-seo-yeon/">Han Seo-yeon <span class="alt" lang="ko">한서연</span></a>
                <a class="tag tag-people" href="/archive/people/kenji-morita/">Kenji Morita</a>
                <a class="tag tag-topics" href="/archive/topics/korea-japan-relations/">Korea-Japan relations <span class="alt" lang="ko">한일 관계</span></a>
                <h2 id="related-heading">Related articles</h2>
                """);
    }

    @Test
    void koreanArticleUsesKoreanLanguageDatesAndTranslationNote() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("articles/2021/04/seoul-night-bus-routes/index.html", """
                <html lang="ko">
                <a class="skip-link" href="#content">본문 바로가기</a>
                <a href="/archive/ko/people/">인물</a>
                # no English version in the site: the switch goes to the English home
                <a href="/archive/" hreflang="en" lang="en" title="The archive in English">English</a>
                입력 <time datetime="2021-04-10T06:00:00+09:00">2021년 4월 10일 06:00</time>
                # updated equals posted, so it is not shown
                ! 수정
                <p class="translation">영문으로도 보도됨 (이 아카이브에는 없음)</p>
                <a class="tag tag-people" href="/archive/ko/people/oh-se-rin/">오세린 <span class="alt" lang="en">Oh Se-rin</span></a>
                """);
    }

    @Test
    void noteWhenTranslationUrlIsUnusableAndUpdatedOnlyWhenDifferent() {
        RenderedSite site = RenderedSite.build(out);
        site.assertFile("articles/2021/06/harbor-festival-returns/index.html", """
                <p class="translation">Also published in Korean (not in this archive)</p>
                ! javascript:
                ! <script>
                ! alert('owned')
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
                <h2 id="g1" class="letter">H</h2>
                <label for="filter">Filter by name</label>
                """);
        assertThat(site.read("people/index.html")).containsSubsequence("han-seo-yeon", "lee-do-hyun", "kenji-morita", "oh-se-rin")
                .contains("<p class=\"lede\">4 people, by family name.</p>");
        assertThat(site.read("topics/index.html")).contains("entries, by English name.</p>");
        assertThat(site.read("topics/index.html")).containsSubsequence("budget", "culture", "fisheries", "korea-japan-relations", "transport");
        site.assertFile("people/han-seo-yeon/index.html", """
                <h1 class="page-title term-title">Han Seo-yeon <span class="alt" lang="ko">한서연</span></h1>
                # the roles the English articles give: the Korean one is on the Korean page
                ! 해양수산부 장관
                <li><span>Minister of Oceans and Fisheries</span> <span class="count"><time datetime="2021-03-02T09:15:00+09:00">March 2, 2021</time> – <time datetime="2021-06-01T08:00:00+09:00">June 1, 2021</time></span></li>
                <p class="lede">3 articles · <a href="/archive/people/han-seo-yeon/feed.xml">Atom feed</a>
                <h2 id="people-heading">Mentioned with</h2>
                <a class="tag tag-people" href="/archive/people/kenji-morita/">Kenji Morita</a> <span class="count">1</span>
                July 2021 <span class="count">1 article</span>
                """);
        site.assertFile("ko/people/han-seo-yeon/index.html", """
                <li><span>해양수산부 장관</span> <span class="count"><time datetime="2021-07-15T10:30:00+09:00">2021년 7월 15일</time></span></li>
                ! Minister of Oceans and Fisheries</span> <span class="count">
                """);
        assertThat(site.read("people/han-seo-yeon/index.html"))
                .containsSubsequence("minister-han-interview", "harbor-festival-returns", "seoul-tokyo-resume-fisheries-talks");
        site.assertFile("topics/transport/index.html", """
                <h1 class="page-title term-title">Transport <span class="alt" lang="ko">교통</span></h1>
                <p class="lede">1 article
                <h2 id="people-heading">People most associated</h2>
                ! Roles over time
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
                <url><loc>https://example.github.io/archive/people/kenji-morita/</loc><lastmod>2021-03-02T11:40:00+09:00</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://example.github.io/archive/people/kenji-morita/"/><xhtml:link rel="alternate" hreflang="ko" href="https://example.github.io/archive/ko/people/kenji-morita/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://example.github.io/archive/people/kenji-morita/"/></url>
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
        assertThat(report.pages()).isEqualTo(15);
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
