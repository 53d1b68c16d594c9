package dev.sinmun.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.model.TopicRef;
import dev.sinmun.model.Translation;
import dev.sinmun.tags.SampleArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's side of a built site: translation pairs, reciprocal hreflang, feeds, tag counts, page weight,
 * pagination — on the sample articles plus a translated pair and enough filler to paginate.
 */
class ReaderSiteTest {

    static final String BASE = "https://example.github.io/archive/";

    @TempDir
    static Path out;

    static BuildReport report;

    @BeforeAll
    static void build() {
        List<Article> articles = new ArrayList<>(SampleArticles.all());
        articles.addAll(pairAndFiller());
        SiteConfig config = SiteConfig.forTest().withBaseUrl(BASE);
        report = new SiteRenderer(config, new ProjectLayout(Path.of(""))).render(articles, out);
    }

    /** An English article whose Korean translation is in the site (named by site path), and 45 fillers. */
    static List<Article> pairAndFiller() {
        List<Article> list = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2020-09-14T07:34+09:00");
        List<PersonRef> choi = List.of(new PersonRef("choi-jong-kun", "Choi Jong-kun", "최종건", "First Vice Foreign Minister"));
        List<TopicRef> alliance = List.of(new TopicRef("alliance", "Alliance", "동맹"));
        list.add(new Article("alliance-talks", "Alliance talks stumble", Lang.EN, at, null, "a@b.example",
                SampleArticles.fisheriesTalks().source(),
                List.of(new Translation(Lang.KO, "/archive/articles/2020/09/dongmaeng/")), choi, alliance,
                List.of(new NamedRef("mofa", "Ministry of Foreign Affairs", "외교부")),
                List.of(new NamedRef("washington", "Washington", "워싱턴")),
                "Vice Minister Choi went to Washington.", 10, "Vice Minister Choi Jong-kun went to Washington."));
        list.add(new Article("dongmaeng", "동맹 대화 삐걱", Lang.KO, at.plusMinutes(5), null, null,
                SampleArticles.fisheriesTalks().source(), List.of(new Translation(Lang.EN, null)),
                List.of(new PersonRef("choi-jong-kun", "Choi Jong-kun", "최종건", "외교부 1차관")), alliance,
                List.of(new NamedRef("mofa", "Ministry of Foreign Affairs", "외교부")), List.of(),
                "최종건 차관은 워싱턴을 찾았다.", 10, "최종건 외교부 1차관은 워싱턴을 찾았다."));
        for (int i = 0; i < 45; i++) {
            list.add(new Article("filler-" + i, "Filler story " + i, Lang.EN, at.minusDays(40 + i * 9L), null, null,
                    SampleArticles.fisheriesTalks().source(), List.of(), choi, alliance, "Filler " + i, 3,
                    "Filler body " + i + "."));
        }
        return list;
    }

    @Test
    void translationsLinkBothWaysWithReciprocalAlternatesAndXDefault() throws IOException {
        Document en = page("articles/2020/09/alliance-talks/index.html");
        Document ko = page("articles/2020/09/dongmaeng/index.html");
        assertThat(en.select(".lang-switch a").attr("href")).isEqualTo("/archive/articles/2020/09/dongmaeng/");
        assertThat(ko.select(".lang-switch a").attr("href")).isEqualTo("/archive/articles/2020/09/alliance-talks/");
        assertThat(ko.select("p.translation a").attr("href")).isEqualTo("/archive/articles/2020/09/alliance-talks/");
        assertThat(alternates(ko)).containsEntry("en", BASE + "articles/2020/09/alliance-talks/")
                .containsEntry("ko", BASE + "articles/2020/09/dongmaeng/")
                .containsEntry("x-default", BASE + "articles/2020/09/alliance-talks/");
    }

    @Test
    void everyPagesHeaderNavigationAndFooterAreItsOwn() throws IOException {
        int marked = 0;
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            String self = doc.select("link[rel=canonical]").attr("href");
            List<String> here = doc.select(".site-nav a").eachAttr("href").stream()
                    .filter(href -> self.equals("https://example.github.io" + href)).toList();
            assertThat(doc.select(".site-nav a[aria-current=page]").eachAttr("href")).as(self).isEqualTo(here);
            marked += here.size();
            boolean korean = doc.select("html").attr("lang").equals("ko");
            assertThat(doc.select(".site-name").attr("href")).as(self).isEqualTo(korean ? "/archive/ko/" : "/archive/");
            assertThat(doc.select(".site-footer a[href$=.xml]").attr("href")).as(self)
                    .isEqualTo(doc.select("link[rel=alternate][type=application/atom+xml]").attr("href"));
        }
        assertThat(marked).as("pages of the navigation, in both languages").isEqualTo(14);
    }

    @Test
    void everyHreflangAlternateIsReciprocal() throws IOException {
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            String self = doc.select("link[rel=canonical]").attr("href");
            for (Map.Entry<String, String> alt : alternates(doc).entrySet()) {
                Document other = page(alt.getValue().substring(BASE.length()) + "index.html");
                assertThat(alternates(other).values()).as("%s → %s", self, alt.getValue()).contains(self);
            }
        }
    }

    @Test
    void koreanNamesInEnglishPagesAreMarkedAndDatesFollowTheLanguage() throws IOException {
        Document en = page("articles/2020/09/alliance-talks/index.html");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select(".tag-people span[lang=ko]").text()).isEqualTo("최종건");
        assertThat(en.select(".dates time").first().text()).isEqualTo("September 14, 2020, 07:34 KST");
        Document ko = page("articles/2020/09/dongmaeng/index.html");
        assertThat(ko.select(".dates time").first().text()).isEqualTo("2020년 9월 14일 07:39");
        assertThat(page("ko/people/index.html").select("html").attr("lang")).isEqualTo("ko");
        assertThat(page("ko/people/index.html").select("h2.letter").eachText()).startsWith("ㅇ", "ㅊ");
    }

    @Test
    void everyTagPageCountEqualsTheArticlesLinkingToIt() throws IOException {
        Map<String, Integer> linking = new HashMap<>();
        for (Path file : htmlFiles()) {
            String rel = out.relativize(file).toString();
            if (!rel.startsWith("articles/")) {
                continue;
            }
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            doc.select(".article-footer .tags a").eachAttr("href").stream()
                    .map(href -> href.replaceFirst("^/archive/ko/", "/archive/")).distinct()
                    .forEach(href -> linking.merge(href, 1, Integer::sum));
        }
        JsonNode graph = new ObjectMapper().readTree(out.resolve("tags.json").toFile());
        assertThat(graph.get("entries")).isNotEmpty();
        for (JsonNode e : graph.get("entries")) {
            String href = "/archive/" + e.get("kind").asText() + "/" + e.get("id").asText() + "/";
            assertThat(linking.getOrDefault(href, 0)).as(href).isEqualTo(e.get("count").asInt());
            Document term = page(e.get("kind").asText() + "/" + e.get("id").asText() + "/index.html");
            assertThat(term.select(".lede").text()).startsWith(e.get("count").asInt() + " article");
        }
        assertThat(linking).containsEntry("/archive/organizations/mofa/", 2).containsEntry("/archive/places/washington/", 1);
    }

    @Test
    void longListsArePaginatedAndArchivesCount() throws IOException {
        assertThat(page("index.html").select(".card")).hasSize(ArchivePages.PAGE_SIZE);
        assertThat(page("page/2/index.html").select(".pagination a[rel=prev]").attr("href")).isEqualTo("/archive/");
        assertThat(page("people/choi-jong-kun/page/2/index.html").select(".card")).hasSize(47 - TagPages.PAGE_SIZE);
        assertThat(page("2020/index.html").select(".month-list li").first().text()).isEqualTo("September 2020 2 articles");
        assertThat(page("ko/2020/09/index.html").select("h1").text()).isEqualTo("2020년 9월");
    }

    @Test
    void koreanPagesLinkAKoreanFeedOfTheKoreanArticles() throws Exception {
        JsonNode all = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
        JsonNode korean = new ObjectMapper().readTree(out.resolve("ko/feed.json").toFile());

        assertThat(korean.get("language").asText()).isEqualTo("ko");
        assertThat(korean.get("home_page_url").asText()).isEqualTo(BASE + "ko/");
        assertThat(korean.get("items")).isNotEmpty().allSatisfy(item -> assertThat(item.get("language").asText())
                .isEqualTo("ko"));
        assertThat(all.get("items")).anySatisfy(item -> assertThat(item.get("language").asText()).isEqualTo("en"));
        assertThat(Files.readString(out.resolve("ko/feed.xml"))).contains("xml:lang=\"ko\"");
        assertThat(Files.readString(out.resolve("ko/index.html")))
                .contains("type=\"application/atom+xml\" title=\"Atom 피드\" href=\"/archive/ko/feed.xml\"");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("type=\"application/atom+xml\" title=\"Atom feed\" href=\"/archive/feed.xml\"");
    }

    @Test
    void feedsParseWithRequiredFields() throws Exception {
        List<Path> atoms;
        try (Stream<Path> walk = Files.walk(out)) {
            atoms = walk.filter(p -> p.getFileName().toString().equals("feed.xml")).toList();
        }
        assertThat(atoms).contains(out.resolve("feed.xml"), out.resolve("ko/feed.xml"),
                out.resolve("people/choi-jong-kun/feed.xml"), out.resolve("topics/alliance/feed.xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path atom : atoms) {
            org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(atom.toFile());
            org.w3c.dom.Element root = feed.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(FeedWriter.ATOM);
            for (String required : List.of("id", "title", "updated")) {
                assertThat(root.getElementsByTagNameNS(FeedWriter.ATOM, required).getLength()).as(atom + " " + required).isPositive();
            }
            JsonNode json = new ObjectMapper().readTree(atom.resolveSibling("feed.json").toFile());
            assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(json.get("title").asText()).isNotBlank();
            boolean siteFeed = atom.equals(out.resolve("feed.xml")) || atom.equals(out.resolve("ko/feed.xml"));
            for (JsonNode item : json.get("items")) {
                assertThat(item.get("id").asText()).startsWith(BASE);
                // the site's feed carries whole articles; a person's or topic's feed their summaries
                assertThat(item.has(siteFeed ? "content_html" : "content_text")).as(atom + " item").isTrue();
                assertThat(item.has("content_html")).isEqualTo(siteFeed);
            }
            assertThat(root.getElementsByTagNameNS(FeedWriter.ATOM, "content").getLength() > 0).isEqualTo(siteFeed);
            assertThat(json.get("items").size()).isEqualTo(
                    root.getElementsByTagNameNS(FeedWriter.ATOM, "entry").getLength());
        }
    }

    @Test
    void sitemapListsEveryPageAndRobotsPointsToIt() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        List<String> locs = new ArrayList<>();
        var nodes = sitemap.getElementsByTagNameNS(SitemapWriter.NS, "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        List<String> pages = htmlFiles().stream().map(p -> out.relativize(p).toString())
                .filter(p -> !p.equals("404.html"))
                .map(p -> BASE + p.substring(0, p.length() - "index.html".length())).sorted().toList();
        assertThat(locs).containsExactlyElementsOf(pages);
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void noPageIsHeavierThan100KilobytesWithItsCssAndScripts() throws IOException {
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            long bytes = Files.size(file);
            for (Element ref : doc.select("link[rel=stylesheet], script[src]")) {
                String url = ref.hasAttr("href") ? ref.attr("href") : ref.attr("src");
                bytes += Files.size(out.resolve(url.substring("/archive/".length())));
            }
            assertThat(bytes).as(file.toString()).isLessThan(100 * 1024);
            assertThat(doc.select("link[href^=http]:not([rel=canonical]):not([rel=alternate]), script[src^=http]"))
                    .as("no external fonts, CDNs or trackers in " + file).isEmpty();
        }
    }

    @Test
    void articlesCarryOpenGraphAndNewsArticleJsonLd() throws IOException {
        Document en = page("articles/2020/09/alliance-talks/index.html");
        assertThat(en.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        JsonNode ld = new ObjectMapper().readTree(en.select("script[type=application/ld+json]").html());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2020-09-14T07:34:00+09:00");
        assertThat(ld.get("inLanguage").asText()).isEqualTo("en");
        assertThat(ld.get("about").findValuesAsText("@id")).contains(BASE + "people/choi-jong-kun/",
                BASE + "topics/alliance/", BASE + "organizations/mofa/");
        assertThat(report.problems()).isEmpty();
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> map = new HashMap<>();
        doc.select("link[rel=alternate][hreflang]").forEach(l -> map.put(l.attr("hreflang"), l.attr("href")));
        return map;
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
