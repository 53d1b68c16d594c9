package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Source;
import dev.sinmun.model.Translation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved HTML article page: structured data first (JSON-LD, Open Graph, {@code <meta>}, canonical and
 * hreflang links), then the visible page ("Posted …", 입력/수정, "By …", "… 기자", e-mails), and the article body
 * only, cleaned of page chrome and hostile markup and converted to Markdown.
 */
public final class HtmlPageParser implements DumpParser {

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|\\?xml)[\\s>].*");
    private static final Pattern HTML_INSIDE = Pattern.compile("(?i)<(?:html|body)[\\s>]");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|:|<|>|ㅣ)\\s+");
    /** The note a browser ("saved from url=(0071)…") or the SingleFile extension ("url: …") leaves in a saved page. */
    private static final Pattern SAVED_FROM = Pattern.compile("(?i)<!--\\s*(?:saved from url=\\(\\d+\\)(\\S+?)\\s*-->"
            + "|page saved with singlefile\\s+url:\\s*(\\S+))");
    private static final int SAVED_FROM_WITHIN = 1000;
    /** A line that is only an address, maybe after a label ("Source: https://…", "URL : …", "원문 주소: …"). */
    private static final Pattern SHOWN_ADDRESS = Pattern.compile("(?i)^(?:(?:source|url|link|original(?: url)?|"
            + "article url|printed from|원문(?:\\s?(?:주소|url|보기))?|기사\\s?(?:주소|url|원문)|출처)\\s*[:：]?\\s*)?"
            + "(https?://[^\\s\"<>]+)$");
    /** An {@code h1} its page marks as the article's headline ("data-testid=headline", itemprop, "Page-headline"). */
    private static final String MARKED_HEADLINE =
            "[data-testid~=(?i)headline], [itemprop=headline], [class~=(?i)headline], [id~=(?i)headline]";
    /** The ellipsis that ends a headline cut short. */
    private static final Pattern TRUNCATED = Pattern.compile("\\s*(?:…|\\.{3})$");
    private static final double MOST_OF_TITLE = 0.5;
    private static final int MIN_HEADING = 10;
    private static final int MAX_TITLE_BOX = 200;
    /** A byline box's name: also "repoter", as many Korean sites spell it, and a box named "report" alone. */
    private static final Pattern BYLINE_BOX = Pattern.compile(
            "(?i)byline|author|repor?ter|writer|journalist|(?:^|\\s)report(?:$|\\s)");
    /**
     * A byline box's labels: "Reporter :" before the names, "More articles by this reporter" anywhere, a subscribe
     * or follow button after each name or all of them ("박경준 기자 이정현 기자 구독"), "기자 구독" after an e-mail,
     * and the place the reporters wrote from at its end ("Reporting from Seoul").
     */
    private static final Pattern BOX_LABEL = Pattern.compile("(?i)^(?:reporter|writer|author|journalist)s?"
            + "\\s*[:：]\\s*|\\s+(?:reporting|reported|writing) from [\\p{L} ,.'-]{2,40}$|(?:^|\\s+|(?<=[a-z])\\s+기자\\s?)(?:구독하기|구독|\\+?\\s?\\b(?:subscribe|follow))(?=\\s|$)"
            + "|\\s*\\bmore\\s+(?:articles|stories|news)\\s+(?:by|from)\\s+(?:this|the)\\s+"
            + "(?:reporter|author|writer)\\b\\s*|\\s*(?:[가-힣]{2,4}\\s?)?기자의\\s?(?:기사\\s?모음|다른\\s?기사(?:\\s?보기)?)\\s*");
    private static final int MAX_META_LINE = 120;
    /** Author boxes holding a name alone ("<div class=byline><a>Park Jae-min</a></div>") give at most this many names. */
    private static final int MAX_BOX_NAMES = 4;
    private static final Pattern BY_LINE = Pattern.compile("^By\\s+\\p{Lu}");
    private static final int MAX_BY_LINE = 80;
    /** A structured-data author that may be a person's name: one to four words of letters. */
    private static final Pattern AUTHOR_NAME = Pattern.compile("\\p{L}[\\p{L}.'’-]*(?: \\p{L}[\\p{L}.'’-]*){0,3}");
    /** The place a contributor reports from, printed under their name ("Seoul", "Reporting from Muan"). */
    private static final int MAX_PLACE = 40;
    private static final int MIN_DECLARED_LANG_LETTERS = 200;
    private static final int MIN_LISTED = 3;
    private static final int WIRE_LEAD_WITHIN = 3;
    private static final ZoneOffset KOREAN_TIME = ZoneOffset.ofHours(9);
    /** What follows an outlet's name in a print view's title: "(English Edition): Daily News from Korea". */
    private static final Pattern EDITION_NOTE = Pattern.compile("\\s*[(:：].*$");
    private static final Pattern BARE_DAY = Pattern.compile("\\d{4}-?\\d{2}-?\\d{2}");
    /** The address a button's script opens: "location.href='…'", "window.open('…', …)", "location.assign('…')". */
    private static final Pattern ONCLICK_ADDRESS = Pattern.compile(
            "(?:location(?:\\.href)?\\s*=|\\.open\\(|\\.assign\\(|\\.replace\\()\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern DATE_LABEL = Pattern.compile("^[\\p{L}][\\p{L} ]{1,19}\\s*[:：]\\s*(?=\\d)");

    private final WaybackAddresses wayback = new WaybackAddresses();
    private final AmpCacheAddresses ampCache = new AmpCacheAddresses();
    private final FramedDocuments frames = new FramedDocuments();
    private final PortalCopy portals = new PortalCopy();
    private final Paywall paywall = new Paywall();
    private final NextPage nextPage = new NextPage();
    private final StoryDigest digests = new StoryDigest();
    private final StructuredData structured = new StructuredData();
    private final PageStateDates pageState = new PageStateDates();
    private final ArticleBodyFinder bodies = new ArticleBodyFinder();
    private final LeadPhotos leadPhotos = new LeadPhotos();
    private final WriterPortraits portraits = new WriterPortraits();
    private final Standfirst standfirsts = new Standfirst();
    private final HtmlBodyCleaner cleaner = new HtmlBodyCleaner();
    private final HtmlToMarkdown markdown = new HtmlToMarkdown();
    private final ArticleBlocks blocks = new ArticleBlocks();
    private final DateLineParser dates = new DateLineParser();
    private final MetaLine metaLines = new MetaLine();
    private final BylineReader bylines = new BylineReader();
    private final LanguageDetector languages = new LanguageDetector();
    private final Outlets outlets = new Outlets();
    private final OutletArticleId ids = new OutletArticleId();
    private final PageChrome chrome = new PageChrome();
    private final SummaryCutter summaries = new SummaryCutter();
    private final Slugger slugger = new Slugger();

    /** Accepts text that is an HTML document (a doctype, {@code <html>}, {@code <head>} or {@code <body>}). */
    @Override
    public boolean accepts(String text) {
        String start = text.length() > 2000 ? text.substring(0, 2000) : text;
        return HTML_START.matcher(start).matches() || HTML_INSIDE.matcher(start).find();
    }

    @Override
    public RawArticle parse(Path file, String sourceFile, String text) {
        Document page = Jsoup.parse(text);
        frames.inline(page);
        wayback.restore(page);
        ampCache.restore(page);
        PageMetadata meta = structured.read(page);
        String canonical = Optional.ofNullable(httpUrl(meta.canonical())).or(() -> Optional.ofNullable(savedFrom(text)))
                .orElseGet(() -> shownAddress(page));
        canonical = canonical == null ? null : WaybackAddresses.original(canonical).orElse(canonical);
        if (canonical != null) {
            page.setBaseUri(canonical);
        }
        String source = portals.original(page, canonical, meta.press() != null).orElse(canonical);
        SkippedBoxes.drop(page.body());
        Element container = bodies.find(page);
        if (!meta.article() && isListItem(container)) {
            throw new SinmunException(Problem.of(file, "this page lists articles (a section or search page), not one",
                    "open the article itself and save that page"));
        }
        List<String> standfirst = standfirsts.before(container);
        standfirst = standfirst.isEmpty() ? standfirsts.opening(container) : standfirst;
        container = withStandfirst(standfirst, ArticleParts.joined(container, leadPhotos.around(container)));
        String title = title(page, meta, host(canonical));
        if (title == null) {
            throw new SinmunException(Problem.of(file, "no title found",
                    "the page needs a headline (JSON-LD headline, og:title, <h1> or <title>)"));
        }
        List<Problem> warnings = new ArrayList<>();
        paywall.reason(page, container).ifPresent(why -> warnings.add(Problem.of(file, "the page is behind a paywall (" + why
                + "); its text may be cut short", "compare it with the outlet's page and add what is missing by hand")));
        digests.stories(container).ifPresent(n -> warnings.add(Problem.of(file, "the page holds " + n
                + " stories, each with a link to its whole text (a newsletter or digest); they were imported as one",
                "save each story's own page and import those instead")));
        nextPage.of(page).ifPresent(next -> warnings.add(Problem.of(file, "the article continues on another page ("
                + next + "); only this page was imported", "save the other pages too and add their text by hand")));
        String base = canonical == null ? "" : canonical;
        ArticleBlocks.Body body = blocks.read(cleaner.clean(container, base), title, standfirst);
        Optional<ArcStory> arc = body.paragraphs().isEmpty() ? ArcStory.of(page) : Optional.empty();
        if (arc.isPresent()) {
            body = blocks.read(cleaner.clean(arc.get().body(), base), title);
        }
        if (body.paragraphs().isEmpty()) {
            throw new SinmunException(Problem.of(file, "no article text found",
                    "save the article page itself, not an index or an empty page"));
        }
        VisibleDates visible = visibleDates(page);
        OffsetDateTime posted = dateOrShown(meta.published(),
                body.posted() != null ? body.posted() : visible.posted);
        OffsetDateTime updated = dateOrShown(meta.modified(),
                body.updated() != null ? body.updated() : visible.updated);
        if (posted == null) {
            PageStateDates.Dates state = pageState.read(page);
            posted = date(state.published()).orElse(null);
            updated = updated != null ? updated : date(state.modified()).orElse(null);
        }
        if (posted == null) {
            String relative = relativeTime(page).map(t -> ", only \"" + t + "\"").orElse("");
            throw new SinmunException(Problem.of(file, "no publication date found" + relative,
                    "the page needs JSON-LD datePublished, article:published_time or a visible \"Posted <date>\" line"));
        }
        if (updated != null && updated.isBefore(posted) && sameMinute(updated, posted)) {
            updated = null;
        } else if (updated != null && updated.isBefore(posted)) {
            warnings.add(Problem.of(file, "the updated time " + updated + " is earlier than the posted time " + posted
                    + "; the updated time was left out",
                    "check the page's dates and add \"updated\" to the front matter by hand if it is known"));
            updated = null;
        }
        List<BylineReader.Byline> reporters = new ArrayList<>(body.reporters());
        arc.filter(story -> reporters.isEmpty()).ifPresent(story -> reporters.addAll(story.authors()));
        if (reporters.isEmpty() && visible.byline != null) {
            reporters.add(visible.byline);
        }
        pageBylines(page, meta, body.paragraphs(), reporters);
        body = blocks.withoutReporterBios(body, Stream.concat(reporters.stream().map(BylineReader.Byline::name),
                meta.authors().stream()).filter(Objects::nonNull).toList(), reporters);
        portraits.drop(body.html(), reporters, meta.authors());
        body = blocks.withoutBroadcastMarks(body);
        List<String> emails = reporters.stream().flatMap(b -> b.emails().stream()).distinct().toList();
        String byline = BylineReader.Byline.join(reporters);
        Lang lang = language(meta.language(), title, body.paragraphs());
        BilingualName outlet = outlets.forLanguage(outlet(source, emails, meta, page.title()), lang);
        String slugTitle = FlashLabel.slugTitle(title);
        String slug = slugger.slug(slugTitle);
        if (slugger.isFallback(slug)) {
            warnings.add(Problem.of(file, "the title gives no usable slug; named \"" + slug + "\"",
                    "rename the Markdown file after import if you want a better URL"));
        }
        return new RawArticle(file, title, lang, posted, updated, byline, new Source(outlet, source, sourceFile),
                translations(page, meta, lang, canonical), body.paragraphs(), body.markdown(markdown),
                summaries.cut(body.lead()), slug, ids.of(source), warnings);
    }

    /**
     * Whether an updated time shown to the minute ("Updated 3:12 AM GMT") is the posted time with its seconds cut
     * (03:12:40): the page shows when it was posted, not an update.
     */
    private static boolean sameMinute(OffsetDateTime updated, OffsetDateTime posted) {
        return updated.toInstant().equals(posted.toInstant().truncatedTo(ChronoUnit.MINUTES));
    }

    /** The standfirst's lines as paragraphs above the body, in a new element; the body itself when there are none. */
    private static Element withStandfirst(List<String> standfirst, Element body) {
        if (standfirst.isEmpty()) {
            return body;
        }
        Element joined = new Element("div");
        standfirst.forEach(line -> joined.appendChild(new Element("p").text(line)));
        return joined.appendChild(body.clone());
    }

    /**
     * Whether the text found is one teaser of a list of articles: inside a link, or inside an item of a list of at
     * least {@value #MIN_LISTED} items that each link somewhere.
     */
    private static boolean isListItem(Element container) {
        for (Element e = container; e != null; e = e.parent()) {
            if (e.is("a[href]")) {
                return true;
            }
            Element list = e.parent();
            if (e.is("li") && list != null && list.children().size() >= MIN_LISTED
                    && list.children().stream().allMatch(item -> item.selectFirst("a[href]") != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's address as a copy of it shows it: the link a reader view puts above the title, or a line that is
     * only an address, maybe labelled ("Source: https://…", a print view's footer); an outlet's home page is none.
     */
    private static String shownAddress(Document page) {
        Element reader = page.selectFirst(".reader-header a[href], a.reader-domain[href]");
        if (reader != null && articleAddress(reader.attr("href"))) {
            return reader.attr("href").strip();
        }
        for (Element e : page.body().select("p, div, span, li, td, footer, address")) {
            if (e.children().stream().anyMatch(c -> !c.is("a, b, strong, span"))) {
                continue;
            }
            Matcher shown = SHOWN_ADDRESS.matcher(Whitespace.normalize(e.text()));
            if (shown.matches() && articleAddress(shown.group(1))) {
                return shown.group(1);
            }
        }
        return null;
    }

    /** Whether an address is an http(s) page below a site's home page. */
    private static boolean articleAddress(String url) {
        String u = httpUrl(url);
        return u != null && u.replaceFirst("(?i)^https?://[^/]+", "").replaceAll("[/?#]", "").length() > 1;
    }

    /** The address a browser noted when saving the page ({@code <!-- saved from url=(0071)https://… -->}), or null. */
    private static String savedFrom(String text) {
        Matcher m = SAVED_FROM.matcher(text.length() > SAVED_FROM_WITHIN ? text.substring(0, SAVED_FROM_WITHIN) : text);
        return m.find() ? httpUrl(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /**
     * The headline: the page's heading, else its JSON-LD/og:title or {@code <title>} without the site's name; a title
     * that is a heading of the page plus labels ("Headline : National : News : The Hankyoreh") gives the heading.
     */
    private String title(Document page, PageMetadata meta, String host) {
        String title = titleText(page, meta, host);
        return title == null ? null : headingWithin(page, title).orElse(title);
    }

    /** A heading on the page ({@code h1}–{@code h4}) that is most of the title, at its start or end before a separator. */
    private static Optional<String> headingWithin(Document page, String title) {
        String best = null;
        for (Element h : page.body().select("h1, h2, h3, h4")) {
            String text = Whitespace.normalize(h.text());
            if (text.length() < MIN_HEADING || text.length() < MOST_OF_TITLE * title.length() || text.equals(title)
                    || best != null && best.length() >= text.length()) {
                continue;
            }
            boolean first = title.startsWith(text) && TITLE_SEPARATOR.matcher(title.substring(text.length())).lookingAt();
            String before = title.endsWith(text) ? title.substring(0, title.length() - text.length()) : null;
            boolean last = before != null && Pattern.compile(TITLE_SEPARATOR.pattern() + "$").matcher(before).find();
            if (first || last) {
                best = text;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The page's {@code h1}, unless it is a logo or the site's name; the structured headline (JSON-LD, og:title, else
     * Dublin Core, leaving out one that is only the site's name) when there is no such heading, when it is the
     * heading plus more, or when the heading is not also the page's og:title (the JSON-LD headline can be a search
     * engine's version: the heading and og:title together win over it) nor marked as the headline (the NYT's
     * {@code data-testid="headline"}: its JSON-LD and og:title are the search and social versions); else {@code <title>} without the site's name.
     * A machine-translated page's metadata is the original's: its heading, else its {@code <title>}, is the title.
     */
    private String titleText(Document page, PageMetadata meta, String host) {
        String heading = null;
        boolean marked = false;
        for (Element h1 : page.select("article h1, .article h1, h1.title, h1.headline, h1")) {
            String text = blankToNull(Whitespace.normalize(h1.text()));
            boolean logo = (h1.className() + " " + h1.id()).toLowerCase(Locale.ROOT).contains("logo")
                    || !h1.parents().select("header, nav").isEmpty() && h1.select("img").size() > 0;
            if (text != null && !logo && !namesSite(text, meta.siteName(), host)) {
                heading = text;
                marked = h1.is(MARKED_HEADLINE);
                break;
            }
        }
        String structuredTitle = TranslatedPage.is(page) ? null : Stream.of(meta.headline(), meta.documentTitle())
                .filter(Objects::nonNull)
                .map(t -> Whitespace.normalize(Jsoup.parse(t).text()))
                .filter(t -> !t.isEmpty() && !namesSite(t, meta.siteName(), host)).findFirst().orElse(null);
        if (structuredTitle != null && TRUNCATED.matcher(structuredTitle).find()) {
            structuredTitle = whole(structuredTitle, page, heading, meta, host);
        }
        if (structuredTitle != null) {
            if (heading != null && structuredTitle.startsWith(heading) && structuredTitle.length() > heading.length()) {
                return heading;
            }
            if (marked && !TranslatedPage.is(page)) {
                return heading;
            }
            if (heading != null && meta.socialTitle() != null
                    && heading.equals(withoutSiteName(Whitespace.normalize(meta.socialTitle()), meta.siteName(), host))) {
                return heading;
            }
            return withoutSiteName(structuredTitle, meta.siteName(), host);
        }
        if (heading != null) {
            return heading;
        }
        String pageTitle = blankToNull(Whitespace.normalize(page.title()));
        String shown = pageTitle == null ? null : withoutSiteName(pageTitle, meta.siteName(), host);
        if (shown == null || namesSite(shown, meta.siteName(), host) || chrome.isButton(shown)) {
            return titleBox(page, meta, host).orElse(shown);
        }
        return shown;
    }

    /**
     * The text of the first box named as a title ("print_title", "headline") outside the page's header, navigation
     * and footer, without links: a print view's headline where the {@code <title>} is only the site's name or a
     * button's label ("동아일보 :: 인쇄하기").
     */
    private Optional<String> titleBox(Document page, PageMetadata meta, String host) {
        return page.body().select("[class~=(?i)title|headline], [id~=(?i)title|headline]").stream()
                .filter(e -> e.closest("header, nav, footer, a") == null && e.select("a[href], img").isEmpty())
                .filter(e -> !(e.className() + " " + e.id()).toLowerCase(Locale.ROOT).matches(".*sub.*|.*logo.*"))
                .map(e -> Whitespace.normalize(e.text()))
                .filter(t -> t.length() >= MIN_HEADING && t.length() <= MAX_TITLE_BOX)
                .filter(t -> !namesSite(t, meta.siteName(), host))
                .findFirst();
    }

    /**
     * The whole of a headline cut short with an ellipsis ("… vows naval…", as a plug-in writes it into JSON-LD): the
     * heading, og:title, {@code <title>} or another heading of the page that starts like it, whatever its quote marks.
     */
    private String whole(String cut, Document page, String heading, PageMetadata meta, String host) {
        String stem = plainQuotes(TRUNCATED.matcher(cut).replaceFirst(""));
        List<String> candidates = new ArrayList<>();
        candidates.add(heading);
        candidates.add(meta.socialTitle());
        candidates.add(page.title());
        page.body().select("h1, h2, h3").forEach(h -> candidates.add(h.text()));
        return candidates.stream().filter(Objects::nonNull)
                .map(c -> withoutSiteName(Whitespace.normalize(c), meta.siteName(), host))
                .filter(c -> c.length() > stem.length() && plainQuotes(c).startsWith(stem)).findFirst().orElse(cut);
    }

    private static String plainQuotes(String text) {
        return text.replaceAll("[‘’‛′]", "'").replaceAll("[“”„″]", "\"");
    }

    /** "Headline | Yonhap News Agency" → "Headline": drops a last (or first) part that names the site. */
    private String withoutSiteName(String title, String siteName, String host) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        if (namesSite(last, siteName, host)) {
            return title.substring(0, title.lastIndexOf(last)).replaceFirst(TITLE_SEPARATOR.pattern() + "$", "").strip();
        }
        if (namesSite(parts[0], siteName, host)) {
            return title.substring(parts[0].length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        return title;
    }

    /**
     * Whether a title part names the site: its declared name, a known outlet (also with its edition and slogan: "The
     * Chosun Ilbo (English Edition): Daily News from Korea"), a domain, or the name the address spells ("NK News" on
     * www.nknews.org).
     */
    private boolean namesSite(String part, String siteName, String host) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        String letters = p.replaceAll("[^\\p{L}\\p{N}]", "");
        if (host != null && letters.length() >= 3 && siteLabel(host).equals(letters)) {
            return true;
        }
        if (siteName != null && (p.equals(siteName.strip().toLowerCase(Locale.ROOT))
                || siteName.toLowerCase(Locale.ROOT).contains(p) && p.length() >= 3)) {
            return true;
        }
        return outlets.isOutletName(part) || outlets.isOutletName(EDITION_NOTE.matcher(part).replaceFirst(""))
                || p.matches("[a-z0-9.-]+\\.(?:com|co\\.kr|kr|net)");
    }

    /**
     * The structured date, else the date the page shows; also the shown one when the structured date is a bare day
     * ("2024-12-09", read as midnight) and the page shows a time on that day.
     */
    private OffsetDateTime dateOrShown(String written, OffsetDateTime shown) {
        Optional<OffsetDateTime> structured = date(written);
        boolean bareDay = written != null && BARE_DAY.matcher(written.strip()).matches();
        if (structured.isEmpty() || bareDay && shown != null
                && shown.toLocalDate().equals(structured.get().toLocalDate())) {
            return shown;
        }
        return structured.get();
    }

    private Optional<OffsetDateTime> date(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = written.strip();
        if (s.matches("\\d{14}")) {
            s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8) + "T" + s.substring(8, 10) + ":"
                    + s.substring(10, 12) + ":" + s.substring(12, 14);
        } else if (s.matches("\\d{12}")) {
            s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8) + "T" + s.substring(8, 10) + ":"
                    + s.substring(10, 12);
        } else if (s.matches("\\d{8}")) {
            s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?")) {
            s = s.replaceFirst(" ", "T").replace(" ", "");
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?[+-]\\d{4}")) {
            s = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
        }
        return dates.parseDate(s);
    }

    /** The first time the page shows relative to when it was saved ("13 hours ago"), if any. */
    private Optional<String> relativeTime(Document page) {
        return page.body().select("*").stream().filter(e -> e.children().isEmpty() || e.is("time"))
                .map(e -> Whitespace.normalize(e.text())).filter(t -> !t.isEmpty() && dates.isRelativeTime(t))
                .findFirst();
    }

    /** Dates the page shows, and the byline of a line that joins a byline to a date ("by Name | date"). */
    private record VisibleDates(OffsetDateTime posted, OffsetDateTime updated, BylineReader.Byline byline) {
    }

    /**
     * "Posted …"/"Updated …"/입력/수정 lines, a bare date, {@code <time datetime>} (its attribute over its text) and
     * dates inside a meta line ("by Name | 2024.03.05 10:23 KST"), first found first.
     */
    private VisibleDates visibleDates(Document page) {
        OffsetDateTime posted = null;
        OffsetDateTime updated = null;
        BylineReader.Byline byline = null;
        for (Element e : page.body().select("*")) {
            if (!e.children().isEmpty() && !e.children().stream().allMatch(c -> c.tagName().matches("span|em|b|strong|time|i|a|br"))) {
                continue;
            }
            for (String text : brokenLines(e)) {
                if (text.isEmpty() || text.length() > MAX_META_LINE) {
                    continue;
                }
                Optional<DateLineParser.DateLine> line = dateLine(e, text);
                if (line.isPresent()) {
                    posted = posted == null ? line.get().posted() : posted;
                    updated = updated == null ? line.get().updated() : updated;
                    continue;
                }
                if (posted != null) {
                    continue;
                }
                posted = stamp(e, text).or(() -> dates.parseDate(text)).or(() -> labelledDate(text)).orElse(null);
                Optional<MetaLine.Facts> facts = posted == null ? metaLines.read(text) : Optional.empty();
                if (facts.isPresent()) {
                    posted = facts.get().posted();
                    updated = updated == null ? facts.get().updated() : updated;
                    byline = facts.get().byline();
                }
            }
        }
        return new VisibleDates(posted != null ? posted : updated, updated, byline);
    }

    /**
     * The date line the element's text gives, or its text spaced at the elements' edges when labels and dates sit in
     * elements of their own with no space between ("<span>Published</span><time>Feb 26, 2025 …</time>").
     */
    private Optional<DateLineParser.DateLine> dateLine(Element e, String text) {
        Optional<DateLineParser.DateLine> line = dates.parse(text);
        if (line.isPresent() || e.children().isEmpty() || e.selectFirst("br") != null) {
            return line;
        }
        return dates.parse(Whitespace.normalize(spacedText(e)));
    }

    /**
     * The element's text as the lines its {@code <br>}s break it into ("Published Feb 26, 2025 12:00 pm KST" /
     * "Updated …"), each normalized; one line when it has none.
     */
    private static List<String> brokenLines(Element e) {
        if (e.selectFirst("br") == null) {
            return List.of(Whitespace.normalize(e.text()));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element br && br.is("br")) {
                lines.add(Whitespace.normalize(line.toString()));
                line.setLength(0);
            } else {
                line.append(child instanceof Element inline ? inline.text() : child instanceof TextNode t ? t.text() : "");
            }
        }
        lines.add(Whitespace.normalize(line.toString()));
        return lines;
    }

    /** A date after a label the date lines do not know ("Write: 2024-04-05 14:32:11", "Date : …"). */
    private Optional<OffsetDateTime> labelledDate(String text) {
        Matcher label = DATE_LABEL.matcher(text);
        return label.find() ? dates.parseDate(text.substring(label.end())) : Optional.empty();
    }

    /**
     * The machine-readable date of a {@code <time datetime>}, or of an element's {@code data-timestamp} in epoch
     * milliseconds (AP's {@code <bsp-timestamp>}), that is the element or all of its text.
     */
    private Optional<OffsetDateTime> stamp(Element e, String text) {
        Element time = e.is("time[datetime], [data-timestamp]") ? e : e.selectFirst("time[datetime], [data-timestamp]");
        if (time == null || !Whitespace.normalize(time.text()).equals(text) && !time.text().isBlank()) {
            return Optional.empty();
        }
        String millis = time.attr("data-timestamp").strip();
        if (!time.hasAttr("datetime") && millis.matches("\\d{12,13}")) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)).atOffset(KOREAN_TIME));
        }
        return date(time.attr("datetime"));
    }

    /**
     * The element's text with a space at every element's edge, so that a byline box's name and e-mail kept in
     * elements of their own ("<strong>Name</strong><a>x@y</a>") stay apart.
     */
    private static String spacedText(Element e) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                text.append(node instanceof TextNode t ? t.text() : " ");
            }

            @Override
            public void tail(Node node, int depth) {
                text.append(' ');
            }
        }, e);
        return text.toString().replaceAll("\\s+(?=[,.;:)\\]])", "");
    }

    /** A byline box without its buttons that name no one ("기자 정보", "Follow"): a name on a button stays. */
    private Element withoutButtons(Element box) {
        Element copy = box.clone();
        copy.select("button").stream().filter(b -> EmailAddress.in(b.text()).isEmpty()
                && bylines.readName(Whitespace.normalize(b.text())).isEmpty()).forEach(Element::remove);
        return copy;
    }

    private static boolean isBylineBox(Element e) {
        return BYLINE_BOX.matcher(e.className() + " " + e.id() + " " + e.attr("data-testid")).find()
                || e.attr("rel").equals("author") || e.attr("itemprop").equals("author");
    }

    /**
     * The contributors of a box whose every item is a name over the reporter's role or place ("Jake Kwon" /
     * "Seoul", "Kelly Ng" / "BBC News", as BBC pages print them), or none.
     */
    private List<BylineReader.Byline> contributors(Element box) {
        List<BylineReader.Byline> names = new ArrayList<>();
        for (Element item : box.children()) {
            Element first = item.select("*").stream().filter(e -> e.children().isEmpty() && !e.text().isBlank())
                    .findFirst().orElse(null);
            Optional<BylineReader.Byline> name = first == null ? Optional.empty() : bylines.readName(first.text());
            String rest = first == null ? "" : Whitespace.normalize(item.text().replace(first.text(), ""));
            if (name.isEmpty() || name.get().name().contains(",") || !rest.isEmpty() && !bylines.isReporterRole(rest)
                    && (rest.length() > MAX_PLACE || !rest.matches("\\p{Lu}[\\p{L} ,.'-]*"))) {
                return List.of();
            }
            names.add(name.get());
        }
        return names;
    }

    /**
     * Bylines the page shows outside the body: a {@link CreditList}'s reporters, else the first byline/author box naming reporters with their e-mail (a
     * reporter's name on a button above the text gives less), else the first box, else JSON-LD authors and
     * {@code meta name=author}; when the text gave e-mails only ("(jhson@heraldcorp.com)"), the name a box shows
     * above it ("By Son Ji-hyoung") or the authors, when they read as a person's name, go beside them. A wire's
     * lead naming its reporters ("(서울=연합뉴스) 박경준 이정현 기자 =") comes before the authors, which may list only one.
     */
    private void pageBylines(Document page, PageMetadata meta, List<String> paragraphs,
                             List<BylineReader.Byline> reporters) {
        if (reporters.isEmpty()) {
            reporters.addAll(CreditList.reporters(page.body()));
        }
        boolean unnamed = reporters.stream().noneMatch(b -> b.name() != null);
        List<BylineReader.Byline> namesOnly = new ArrayList<>();
        if (reporters.isEmpty() || unnamed) {
            List<BylineReader.Byline> boxes = new ArrayList<>();
            for (Element box : page.body().select("*").stream().filter(HtmlPageParser::isBylineBox).toList()) {
                String text = BOX_LABEL.matcher(Whitespace.normalize(spacedText(withoutButtons(box)))).replaceAll(" ")
                        .strip();
                Optional<BylineReader.Byline> line = bylines.read(text);
                List<String> emails = EmailAddress.in(text);
                if (line.isPresent()) {
                    boxes.add(line.get());
                } else if (!emails.isEmpty()) {
                    boxes.add(new BylineReader.Byline(emails, null));
                } else if (!namesSite(text, meta.siteName(), null)) {
                    List<BylineReader.Byline> listed = box.textNodes().stream().allMatch(TextNode::isBlank)
                            ? contributors(box) : List.of();
                    (!listed.isEmpty() ? listed
                            : bylines.readName(text).map(List::of).orElseGet(() -> contributors(box)))
                            .forEach(reporters.isEmpty() ? namesOnly::add : boxes::add);
                }
            }
            if (reporters.isEmpty()) {
                boxes.stream().filter(b -> b.name() != null && !b.emails().isEmpty()).findFirst()
                        .or(() -> boxes.stream().findFirst()).ifPresent(reporters::add);
                reporters.addAll(coReporters(reporters, boxes));
            } else {
                boxes.stream().filter(b -> b.name() != null && b.emails().isEmpty()).findFirst()
                        .ifPresent(reporters::add);
            }
        }
        if (reporters.isEmpty()) {
            paragraphs.stream().limit(WIRE_LEAD_WITHIN).map(bylines::readWireLead).flatMap(Optional::stream)
                    .findFirst().ifPresent(reporters::add);
        }
        boolean named = reporters.stream().anyMatch(b -> b.name() != null);
        reporters.addAll(coAuthors(reporters, meta));
        for (String author : named ? List.<String>of() : meta.authors()) {
            boolean usable = !namesSite(author, meta.siteName(), null) && author.length() <= 60;
            if (usable && (reporters.isEmpty() || bylines.readName(author).isPresent())) {
                reporters.add(new BylineReader.Byline(List.of(), author));
            }
        }
        if (reporters.isEmpty()) {
            namesOnly.stream().map(BylineReader.Byline::name).distinct().limit(MAX_BOX_NAMES)
                    .forEach(name -> reporters.add(new BylineReader.Byline(List.of(), name)));
        }
        if (reporters.isEmpty()) {
            bylines.readBroadcastReporter(paragraphs).ifPresent(reporters::add);
        }
        if (reporters.isEmpty()) {
            byLine(page).ifPresent(reporters::add);
        }
        reporters.replaceAll(b -> b.name() != null && b.emails().isEmpty() && BylineReader.isShouted(b.name())
                ? new BylineReader.Byline(b.emails(), BylineReader.capitalized(b.name())) : b);
    }


    /**
     * A "By Name" line the page shows outside the text in a box named for nothing (the title area's
     * {@code <p>By <a>Name</a></p>}), when nothing else names the reporter.
     */
    private Optional<BylineReader.Byline> byLine(Document page) {
        return page.body().select("p, div, span").stream()
                .filter(e -> e.select("p, div").stream().allMatch(inner -> inner == e) && e.text().length() <= MAX_BY_LINE)
                .map(e -> Whitespace.normalize(e.text()))
                .filter(text -> BY_LINE.matcher(text).lookingAt())
                .map(bylines::read).flatMap(Optional::stream).filter(b -> b.name() != null).findFirst();
    }

    /**
     * The authors the structured data lists beside the one reporter the page shows ("김경화 기자" in the box, JSON-LD
     * naming 김경화 and 양지호): the others, each without an e-mail, when the shown reporter is among them (so the
     * list is of persons' names, not desks or the outlet).
     */
    private List<BylineReader.Byline> coAuthors(List<BylineReader.Byline> chosen, PageMetadata meta) {
        if (chosen.size() != 1 || chosen.get(0).name() == null || meta.authors().size() < 2
                || !meta.authors().contains(chosen.get(0).name())) {
            return List.of();
        }
        return meta.authors().stream().filter(a -> !a.equals(chosen.get(0).name()) && AUTHOR_NAME.matcher(a).matches()
                        && !namesSite(a, meta.siteName(), null))
                .distinct().limit(MAX_BOX_NAMES).map(a -> new BylineReader.Byline(List.of(), a)).toList();
    }

    /**
     * The other reporters of a names-only box that lists the chosen reporter among others ("By Lee Hyo-jin, Jung
     * Min-ho" above the text, "Lee Hyo-jin lhj@…" in the box below it): each without an e-mail.
     */
    private static List<BylineReader.Byline> coReporters(List<BylineReader.Byline> chosen,
                                                       List<BylineReader.Byline> boxes) {
        if (chosen.size() != 1 || chosen.get(0).name() == null || chosen.get(0).emails().isEmpty()) {
            return List.of();
        }
        String name = chosen.get(0).name();
        for (BylineReader.Byline box : boxes) {
            List<String> names = box.name() == null || !box.emails().isEmpty() ? List.of()
                    : List.of(box.name().split("\\s*,\\s*"));
            if (names.size() > 1 && names.contains(name)) {
                return names.stream().filter(n -> !n.equals(name)).map(n -> new BylineReader.Byline(List.of(), n))
                        .toList();
            }
        }
        return List.of();
    }

    /**
     * The text's language; for a short text, the page's declared one, unless it declares English for text that is
     * Korean by its letters (a Korean site's template left at {@code lang="en"}).
     */
    private Lang language(String declared, String title, List<String> paragraphs) {
        String text = title + "\n" + String.join("\n", paragraphs);
        long letters = text.chars().filter(Character::isLetter).count();
        Lang detected = languages.detect(text);
        if (declared != null && letters < MIN_DECLARED_LANG_LETTERS) {
            Lang fromTag = fromTag(declared);
            if (fromTag != null && !(fromTag == Lang.EN && detected == Lang.KO)) {
                return fromTag;
            }
        }
        return detected;
    }

    private static Lang fromTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.startsWith("ko") ? Lang.KO : t.startsWith("en") ? Lang.EN : null;
    }

    /** Other-language versions: hreflang alternates, then language-switch links that lead to an article. */
    private List<Translation> translations(Document page, PageMetadata meta, Lang lang, String canonical) {
        Map<Lang, String> found = new LinkedHashMap<>();
        for (PageMetadata.Alternate alternate : meta.alternates()) {
            Lang other = fromTag(alternate.hreflang());
            String url = httpUrl(alternate.url());
            if (other != null && other != lang && url != null && !url.equals(canonical) && ids.of(url) != null) {
                found.putIfAbsent(other, url);
            }
        }
        for (Element a : page.select("a[href], [onclick], [data-href], [data-url]")) {
            Lang other = a.hasAttr("hreflang") ? fromTag(a.attr("hreflang"))
                    : chrome.editionLinks(label(a)).stream().flatMap(Optional::stream).findFirst().orElse(null);
            String url = httpUrl(target(a));
            if (other != null && other != lang && url != null && !url.equals(canonical) && ids.of(url) != null) {
                found.putIfAbsent(other, url);
            }
        }
        List<Translation> translations = new ArrayList<>();
        found.forEach((l, url) -> translations.add(new Translation(l, url)));
        return translations;
    }

    /** A link's or button's words: its text, else its image's {@code alt} ("한국어" on a button image), else its title. */
    private static String label(Element e) {
        String text = Whitespace.normalize(e.text());
        Element img = text.isEmpty() ? e.selectFirst("img[alt]") : null;
        return !text.isEmpty() ? text : img != null ? img.attr("alt") : e.attr("title");
    }

    /**
     * Where a link or a button leads: its {@code href}, a {@code data-href}/{@code data-url}, or the address its
     * {@code onclick} opens ("location.href='…'", "window.open('…')"), made absolute; null when none.
     */
    private static String target(Element e) {
        for (String attribute : List.of("href", "data-href", "data-url")) {
            if (e.hasAttr(attribute) && !e.attr(attribute).isBlank()) {
                return e.absUrl(attribute);
            }
        }
        Matcher opened = ONCLICK_ADDRESS.matcher(e.attr("onclick"));
        return opened.find() ? StringUtil.resolve(e.baseUri(), opened.group(1)) : null;
    }

    /**
     * The outlet by the page's address, else a reporter's e-mail (or the site it names, of the e-mail's media group:
     * 연합뉴스TV with a yna.co.kr e-mail), else the outlet a portal's copy names, else the site
     * name the page declares, else a known outlet named at either end of its {@code <title>} ("… | Yonhap News
     * Agency"), else the address's domain.
     */
    private BilingualName outlet(String canonical, List<String> emails, PageMetadata meta, String pageTitle) {
        String siteName = meta.press() != null ? meta.press() : meta.siteName();
        BilingualName byUrl = outlets.nameFor(host(canonical));
        if (byUrl.ko() != null) {
            return byUrl;
        }
        BilingualName bySite = outlets.byName(siteName);
        for (String email : emails) {
            BilingualName byEmail = outlets.nameFor(email);
            if (byEmail.ko() != null) {
                return bySite != null && outlets.sameGroup(bySite, byEmail) ? bySite : byEmail;
            }
        }
        if (bySite != null) {
            return bySite;
        }
        if (siteName != null) {
            return outlets.unknownNamed(siteName);
        }
        String[] titleParts = TITLE_SEPARATOR.split(Whitespace.normalize(pageTitle));
        if (titleParts.length > 1) {
            BilingualName byTitle = Optional.ofNullable(outlets.byName(titleParts[titleParts.length - 1]))
                    .or(() -> Optional.ofNullable(outlets.byName(titleParts[0])))
                    .orElseGet(() -> outlets.byName(EDITION_NOTE.matcher(titleParts[0]).replaceFirst("")));
            if (byTitle != null) {
                return byTitle;
            }
        }
        return byUrl.en() != null ? byUrl : outlets.nameFor(emails.isEmpty() ? null : emails.get(0));
    }

    /** The name part of a host: "www.nknews.org" → "nknews", "english.hani.co.kr" → "hani". */
    private static String siteLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("\\.(?:co|or|ne|go|ac)\\.kr$", ".kr").split("\\.");
        return labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceFirst("(?i)^https?://", "").replaceFirst("[/:?#].*$", "");
    }

    private static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.matches("(?i)https?://[^\\s\"<>]+") ? u : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
