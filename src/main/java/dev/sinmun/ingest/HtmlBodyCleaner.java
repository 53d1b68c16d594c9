package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns an article container into safe, plain article HTML: page chrome inside it (ads, share bars, related and
 * most-read lists, comments, bylines boxes, photo credits) is removed, then a {@link Safelist} keeps only text
 * structure, http(s)/mailto links and http(s) images — no scripts, handlers, styles, frames, forms or data URLs.
 */
final class HtmlBodyCleaner {

    private static final String REMOVED_TAGS = "script, style, noscript, iframe, frame, frameset, object, embed, "
            + "form, input, button, select, textarea, nav, aside, footer, header, svg, canvas, video, audio, "
            + "template, link, meta, map, dialog, amp-ad, amp-embed, amp-sidebar, amp-analytics, amp-social-share, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
            + "[style~=display:\\s*none], [style~=visibility:\\s*hidden]";
    /**
     * What an image copied into a saved page's folder points at once cleaned: an address that cannot exist (the
     * {@code .invalid} domain), kept so that its caption is still seen as one, and dropped with
     * {@link #dropSavedCopies} before the body is written.
     */
    static final String SAVED_COPY_SRC = "https://saved-copy.invalid/";
    /** A relative address into a saved page's own folder ("./Title_files/photo.jpg", "Title_files/a.jpg"). */
    private static final Pattern SAVED_COPY =
            Pattern.compile("^(?:\\./)?[^/:?#]*_files(?:/|%2F)", Pattern.CASE_INSENSITIVE);
    /** A photo written into the page itself; a lazy-loading page's placeholder is a short one (a 1×1 GIF). */
    private static final Pattern EMBEDDED_PHOTO = Pattern.compile("(?i)^data:image/(?:jpe?g|png|webp|avif);base64,");
    private static final int MIN_EMBEDDED_PHOTO = 300;
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:banner|promo\\w*|"
            + "share|sharing|sns|social|related|relation|relate_?news|recommend\\w*|popular|most-?(?:read|viewed)|"
            + "ranking|rank|comments?|reply|subscribe|newsletter|sponsor\\w*|outbrain|taboola|dable|print|font-?size|"
            + "copyright|byline|reporter\\w*|journalist|author|writer|toolbar|tool|utility|util|breadcrumbs?|"
            + "nav\\w*|menu|sidebar|footer|hidden|sr-only|blind|credit|source|tags?|keyword\\w*|more-?news|"
            + "paging|pagination|"
            + "article-?(?:info|head|header|date|tools)|date|time|editor-?note|lang_?btn|"
            + "lang(?:uage)?-?(?:switch|select|links?)|btns?)(?:$|[\\s_-]|\\d)");
    /**
     * An ad slot's name ("ad", "ads-top", "advertisement", "adsense"); a wrapper so named around paragraphs of the text
     * (AP's "after-story-ad-1") is not one.
     */
    private static final Pattern AD_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:ads?|advert\\w*|adsense)(?:$|[\\s_-]|\\d)");
    private static final int MIN_PROSE_PARAGRAPHS = 2;
    private static final int MIN_PROSE_LENGTH = 60;
    /** A box named as a subheading inside the text: Kyunghyang's "art_subtit", "sub_title", "subheading", "crosshead". */
    private static final Pattern SUBHEADING_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:art_?)?sub_?(?:tit|title|heading)(?:$|[\\s_-])|subheading|crosshead|inter-?title");
    private static final int MAX_SUBHEADING = 70;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。다][\"'”’)]?$");
    /**
     * A media player's box ("vod-player", "video_player", a read-aloud "ArticleAudioPlayer_wrap"): its buttons, clock
     * and fallback line ("재생", "00:00", "Your browser does not support the audio element."), not text.
     */
    private static final Pattern PLAYER_NAME = Pattern.compile("(?i)(?:^|[\\s_-]|(?-i:(?<=[a-z])(?=[A-Z])))"
            + "(?:vod|(?:video|media|audio)[-_]?player)(?:$|[\\s_-]|\\d)");
    /**
     * A paywall's or a members' plug-in's name ("paywall", "paywall-prompt", "pmpro_content_message"): its prompt, or
     * the text behind it, which a page saved by a reader who may read it holds in full.
     */
    private static final Pattern PAYWALL_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:paywall\\w*|pmpro|fence|"
            + "members?-only\\w*|premium-?(?:content|wall|box))(?:$|[\\s_-]|\\d)");
    /** What a paywall's prompt asks the reader: to subscribe, sign in, join or become a member. */
    private static final Pattern PAYWALL_PROMPT = Pattern.compile("(?i)\\b(?:subscri\\w+|sign (?:in|up)|log ?in|"
            + "join (?:now|us|today)|members?\\b|membership|continue reading|free trial|unlock)|구독|로그인|회원");
    private static final int MAX_PAYWALL_PROMPT = 500;
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^[(\\[]?\\s*(?:photos?|images?|graphics?|video)\\s*(?:by\\s+|[:=]\\s*|-\\s+|courtesy\\s+of\\s+)\\S.{0,60}$"
                    + "|^[(\\[]?\\s*courtesy\\s+of\\s+.{1,60}$"
                    + "|^purchase\\s+licensing\\s+rights(?:,\\s*opens\\s+new\\s+tab)?$"
                    + "|^[(\\[]?(?:yonhap|news1|newsis|ap|afp|reuters|getty images?|epa|xinhua|kcna)[)\\]]?$"
                    + "|^[(\\[]?\\s*사진\\s*[=:].{0,40}[)\\]]?$|^\\[.{0,30}(?:제공|자료사진|사진)\\]$"
                    + "|^(?:\\[사진]|사진)\\s?(?:제공\\s?[=:：]\\s?[^.!?]{1,30}|[^.!?\\[\\]]{1,30}\\s제공)$"
                    + "|^(?:image source|사진 출처)\\s*[,:]\\s*.{1,60}$"
                    + "|^\\(\\s*(?:영상\\s?취재|영상\\s?편집|촬영\\s?기자|촬영|그래픽|CG|자료\\s?제공)\\s*[:：].{0,80}\\)$");
    /** The label over a box of links to other articles ("Related", "RELATED ARTICLE", "More in Politics", "관련 기사"). */
    private static final Pattern LINK_BOX_LABEL = Pattern.compile("(?i)^(?:related|see also|also read|read more|read also|"
            + "more (?:in|from|on|about) .{1,40}|related (?:articles?|stories|story|news|posts?|content|links|coverage|reading)|"
            + "you (?:may|might) also like|관련\\s?(?:기사|뉴스)|함께 (?:본|볼 만한) 기사)\\s*[:：]?$");
    /** The label of a box summing the article up: "기사내용 요약", "AI 요약 beta", "3줄 요약", "Summary", "Key points". */
    private static final Pattern SUMMARY_LABEL = Pattern.compile("(?i)^(?:기사\\s?(?:내용\\s?)?요약"
            + "|(?:AI|3줄|핵심|한눈에 보는)\\s?요약|요약(?:봇)?|(?:ai |article )?summary|key (?:points|takeaways)"
            + "|at a glance)(?:\\s?\\(?beta\\)?)?\\s*[:：]?$");
    /** A separator left at a caption's end once its credit is cut ("… in Nampho | Image: KCNA"). */
    private static final Pattern LEFT_SEPARATOR = Pattern.compile("\\s*[|/·]\\s*$");
    /** The label a caption opens with for screen readers ("Image caption, …", "사진 설명, …"). */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)^(?:(?:image caption|사진 설명)\\s*[,:]|\\[사진])\\s*");
    /**
     * A copyright notice a caption ends with, after the photo's source or alone: "… 이정후. ⓒGettyimages(무단전재 및
     * 재배포 금지)", "… (사진=OSEN DB, 무단 전재 금지)", Newsis's "… 2025.05.15. x@newsis.com *재판매 및 DB 금지".
     */
    private static final Pattern CAPTION_COPYRIGHT = Pattern.compile("\\s*(?:[ⓒ©]\\s?[\\p{L}\\d.&]{1,20}(?:\\s[\\p{L}\\d.&]{1,20}){0,2})?"
            + "\\s*[(\\[]\\s*(?:[^()\\[\\]]{1,30},\\s*)?(?:무단\\s?전재|재배포\\s?금지)[^()\\[\\]]{0,30}[)\\]]\\s*$"
            + "|\\s+\\*\\s?재판매\\s?및\\s?DB\\s?금지\\s*$");
    private static final double LINKS_MOSTLY = 0.5;
    private static final int MIN_POSTS = 2;
    private static final int MAX_POST_HEADER = 200;
    private static final int TRACKING_PIXEL = 2;
    private static final double MOST_OF_THE_TEXT = 0.6;
    private static final Pattern VIDEO_PLAYER = Pattern.compile(
            "(?i)^https://(?:[a-z0-9-]+\\.)*(?:youtube\\.com|youtube-nocookie\\.com|youtu\\.be|vimeo\\.com|tv\\.naver\\.com|"
                    + "tv\\.kakao\\.com|play-tv\\.kakao\\.com)/");
    /** A player's own address for a video ("youtube.com/embed/ID", "player.vimeo.com/video/ID"), not the video's page. */
    private static final Pattern PLAYER_ADDRESS = Pattern.compile("(?i)^https://(?:www\\.)?(?:youtube\\.com|"
            + "youtube-nocookie\\.com)/embed/([\\w-]{6,})|^https://player\\.vimeo\\.com/video/(\\d+)");
    private static final Pattern CAPTION_NAME = Pattern.compile(
            "(?i)caption|(?:^|[\\s_-])(?:desc|cap|photo_?(?:txt|desc)|img_?(?:txt|desc))(?:$|[\\s_-])");

    /** Elements that make an inline element holding them (a photo's {@code <span>}, its caption now a paragraph) a block. */
    private static final String BLOCKS = "p, div, table, ul, ol, blockquote, figure, h2, h3, h4, h5, h6";

    private static final Pattern PHOTO_BOX = Pattern.compile("(?i)photo|image|img|pic|figure|thumb?");

    private static final PageChrome CHROME = new PageChrome();
    private static final StrayTimes STRAY_TIMES = new StrayTimes();

    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "b", "strong", "i", "em",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img", "pre", "sub", "sup",
                    "hr")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    /** A cleaned copy of {@code container}; relative links are resolved against {@code baseUri} (may be empty). */
    Element clean(Element container, String baseUri) {
        Element copy = container.clone();
        copy.select("amp-youtube[data-videoid]").forEach(player -> player.tagName("iframe")
                .attr("src", "https://www.youtube.com/embed/" + player.attr("data-videoid")));
        copy.select("amp-iframe").tagName("iframe");
        copy.select("iframe[src]").forEach(HtmlBodyCleaner::linkToVideo);
        copy.select("amp-img[placeholder], amp-img[fallback]").remove();
        copy.select("amp-img, amp-anim").tagName("img");
        keepPostHeadings(copy);
        LivePostTimes.keep(copy);
        copy.select("blockquote a").stream().filter(a -> CHROME.isEmbedViewButton(a.text())).toList()
                .forEach(Element::remove);
        copy.select(REMOVED_TAGS).remove();
        copy.select("ul, ol").stream().filter(CreditList::is).toList().forEach(Element::remove);
        STRAY_TIMES.drop(copy);
        copy.select("time").stream().filter(t -> t.nextSibling() instanceof Element).forEach(t -> t.after(" "));
        int textLength = copy.text().length();
        copy.select("*").stream().filter(e -> e != copy && isChromeByName(e) && !holdsMostOf(e, textLength)).toList()
                .forEach(Element::remove);
        copy.select("div, section, ul, ol, p").stream().filter(e -> e != copy && isLinkBox(e) && !holdsMostOf(e, textLength))
                .toList().forEach(Element::remove);
        copy.select("div, section, aside, details").stream()
                .filter(e -> e != copy && isSummaryBox(e) && !holdsMostOf(e, textLength)).toList()
                .forEach(Element::remove);
        copy.select("details > summary").remove();
        copy.select("details").tagName("div");
        copy.select("img").forEach(HtmlBodyCleaner::resolveLazySource);
        copy.select("img").forEach(HtmlBodyCleaner::dropTrackingPixel);
        if (copy.nameIs("span") || copy.nameIs("font") || copy.nameIs("td") || copy.nameIs("th")) {
            copy.tagName("div");
        }
        copy.select("span, font").stream().filter(e -> e != copy && holdsParagraphs(e)).toList().forEach(Element::unwrap);
        copy.select("table").stream().filter(HtmlBodyCleaner::isPhotoLayout).toList().forEach(HtmlBodyCleaner::unwrapPhotoLayout);
        copy.select("*").stream().filter(HtmlBodyCleaner::isImageCaption).toList().forEach(e -> e.tagName("figcaption"));
        copy.select("figure").forEach(HtmlBodyCleaner::flattenFigure);
        copy.select("figcaption").forEach(HtmlBodyCleaner::captionParagraph);
        copy.select("img[alt]").forEach(HtmlBodyCleaner::altWithoutCredit);
        copy.select("img").stream().filter(img -> isSavedCopy(img.attr("src")))
                .forEach(img -> img.attr("src", SAVED_COPY_SRC));
        copy.select("h1").tagName("h2");
        copy.select("div, p").stream().filter(e -> e != copy && isNamedSubheading(e)).toList()
                .forEach(e -> e.tagName("h3"));
        copy.select("img").stream().filter(img -> img.parent() != null && !img.parent().is("p")).toList()
                .forEach(img -> img.wrap("<p></p>"));
        copy.select("p").stream().filter(HtmlBodyCleaner::holdsBreakPair).toList().forEach(p -> p.tagName("div"));
        copy.select("div, section, article, main").forEach(HtmlBodyCleaner::paragraphsFromDivText);
        copy.select("table").forEach(HtmlBodyCleaner::headerRowFromFirstRow);
        copy.select("th").forEach(HtmlBodyCleaner::unboldHeaderCell);
        copy.select("p, span, div, em, i").stream().filter(e -> e.children().isEmpty() && isCredit(e.text()))
                .toList().forEach(Element::remove);
        Document shell = Document.createShell(baseUri);
        shell.body().appendChild(copy);
        Document safe = new Cleaner(SAFE).clean(shell);
        safe.select("a").stream().filter(a -> !a.hasAttr("href")).toList().forEach(Element::unwrap);
        safe.select("a[href]").forEach(a -> a.attr("href", TrackingParameters.without(a.attr("href").strip())));
        safe.select("p, li, h2, h3, h4, h5, h6, blockquote").stream()
                .filter(e -> e.text().isBlank() && e.select("img").isEmpty()).toList().forEach(Element::remove);
        return safe.body();
    }

    /**
     * The headers of a live blog's posts (at least {@value #MIN_POSTS} headers in the text, each with a heading) are
     * the posts' headings, not page chrome: each becomes its heading, after the post's time ("19.32 GMT — Yoon lifts
     * martial law").
     */
    private static void keepPostHeadings(Element copy) {
        List<Element> headers = copy.select("header").stream().filter(h -> h != copy
                && h.selectFirst("h2, h3, h4") != null && h.text().length() <= MAX_POST_HEADER).toList();
        if (headers.size() < MIN_POSTS) {
            return;
        }
        for (Element header : headers) {
            Element heading = header.selectFirst("h2, h3, h4");
            Element time = header.selectFirst("time");
            String when = time == null ? "" : Whitespace.normalize(time.text());
            String title = Whitespace.normalize(heading.text());
            header.replaceWith(new Element(heading.tagName()).text(when.isEmpty() ? title : when + " — " + title));
        }
    }

    /**
     * A box in the text that lists other articles: its first element (inside any wrapper around all of it) is a label
     * such as "Related", "RELATED ARTICLE" or "Most viewed", and the rest of it is mostly links (or nothing).
     */
    private boolean isLinkBox(Element outer) {
        Element box = outer;
        while (box.children().size() == 1 && box.textNodes().stream().allMatch(TextNode::isBlank)
                && box.child(0).is("div, section")) {
            box = box.child(0);
        }
        if (box.children().isEmpty() || box.childNodes().stream().anyMatch(n -> n instanceof TextNode t && !t.isBlank())) {
            return false;
        }
        Element first = box.child(0);
        String label = Whitespace.normalize(first.text());
        if (!LINK_BOX_LABEL.matcher(label).matches() && !CHROME.isFooterSection(label)) {
            return false;
        }
        int rest = 0;
        int linked = 0;
        for (Element child : box.children().subList(1, box.children().size())) {
            rest += child.text().length();
            linked += child.is("a") ? child.text().length() : child.select("a").stream().mapToInt(a -> a.text().length()).sum();
        }
        return rest == 0 || linked >= LINKS_MOSTLY * rest;
    }

    /**
     * A box that sums the article up above or beside its text, by its label ("기사내용 요약", "AI 요약", "Key points"):
     * an editor's or a machine's summary, not the text. An accordion ({@code <details>}) with another label
     * ("Read more") keeps its text, without the label.
     */
    private static boolean isSummaryBox(Element box) {
        Element label = box.is("details") ? box.selectFirst("> summary") : null;
        String first = label != null ? label.text() : box.childNodes().stream()
                .map(n -> n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "")
                .filter(t -> !t.isBlank()).findFirst().orElse("");
        return SUMMARY_LABEL.matcher(Whitespace.normalize(first)).matches();
    }

    /** Whether a caption-less text is only a photo credit ("(Yonhap)", "Photo: Kim", "사진=연합뉴스"). */
    static boolean isCredit(String text) {
        String s = Whitespace.normalize(text);
        return !s.isEmpty() && s.length() <= 80 && CREDIT.matcher(s).matches();
    }

    private static boolean isChromeByName(Element e) {
        String names = e.className() + " " + e.id() + " " + e.attr("data-component") + " " + e.attr("aria-labelledby");
        if (names.isBlank() || e.tagName().equals("p") && e.text().length() > 200) {
            return false;
        }
        if (e.tagName().equals("figcaption") || e.tagName().equals("figure") || e.tagName().equals("table")) {
            return false;
        }
        return CHROME_NAME.matcher(names).find() || AD_NAME.matcher(names).find() && !holdsProse(e)
                || PAYWALL_NAME.matcher(names).find() && isPaywallPrompt(e)
                || PLAYER_NAME.matcher(names).find() && e.select("a[href], img").isEmpty();
    }

    /**
     * Whether an element holds at least {@value #MIN_PROSE_PARAGRAPHS} paragraphs of prose (sentences, not links): an
     * ad's box holds an ad and its label, not the article's paragraphs.
     */
    private static boolean holdsProse(Element e) {
        return e.select("p").stream().filter(p -> {
            String text = Whitespace.normalize(p.text());
            return text.length() >= MIN_PROSE_LENGTH && SENTENCE_END.matcher(text).find()
                    && ArticleBodyFinder.linkDensity(p) < 0.3;
        }).count() >= MIN_PROSE_PARAGRAPHS;
    }

    /** Whether an element is a paywall's prompt with words of its own ("Continue reading with NK Pro …"). */
    static boolean isPaywallBox(Element e) {
        String names = e.className() + " " + e.id();
        return !e.text().isBlank() && PAYWALL_NAME.matcher(names).find() && isPaywallPrompt(e);
    }

    /**
     * A paywall's box that only asks the reader to pay or sign in (short and saying so, with a link or a heading
     * unless it is one line), not the text behind it (paragraphs named "paywall" too).
     */
    private static boolean isPaywallPrompt(Element e) {
        String text = e.text();
        if (text.isBlank()) {
            return true;
        }
        boolean linked = !e.select("a[href], h2, h3, h4, h5, h6, strong").isEmpty();
        return text.length() <= MAX_PAYWALL_PROMPT && PAYWALL_PROMPT.matcher(text).find()
                && (linked || !e.is("p") && e.select("p").size() < 2);
    }

    /**
     * An embedded video player (YouTube, Vimeo, Naver TV, Kakao TV) becomes a paragraph linking to the video: its
     * watch page for a YouTube or Vimeo player.
     */
    private static void linkToVideo(Element iframe) {
        String src = iframe.attr("src").strip();
        src = src.startsWith("//") ? "https:" + src : src;
        if (!VIDEO_PLAYER.matcher(src).find()) {
            return;
        }
        Matcher embed = PLAYER_ADDRESS.matcher(src);
        String video = !embed.find() ? src : embed.group(1) != null
                ? "https://www.youtube.com/watch?v=" + embed.group(1) : "https://vimeo.com/" + embed.group(2);
        Element p = new Element("p");
        p.appendElement("a").attr("href", video).text(video);
        iframe.before(p);
    }

    /** Whether the element holds most of the body's text, and little of it in links: the text, whatever its name says. */
    private static boolean holdsMostOf(Element e, int textLength) {
        return e.text().length() >= MOST_OF_THE_TEXT * textLength && ArticleBodyFinder.linkDensity(e) < 0.3;
    }

    /** A span or font element wrapped around paragraphs ({@code <br><br>} or blocks): a container, not inline text. */
    private static boolean holdsParagraphs(Element e) {
        return e.select("br").size() >= 2 || !e.select("p, div, table, ul, ol, blockquote").isEmpty();
    }

    /**
     * An image's real address: the lazy-loading attribute's ({@code data-src}, {@code data-original},
     * {@code data-lazy-src}) when it has one, the {@code src} being then a placeholder ("blank.gif", a 1×1 GIF) or
     * the same photo; "//host/…" as https.
     */
    private static void resolveLazySource(Element img) {
        String src = img.attr("src").strip();
        for (String lazy : List.of("data-src", "data-original", "data-lazy-src")) {
            String address = img.attr(lazy).strip();
            if (!address.isEmpty() && !address.toLowerCase(Locale.ROOT).startsWith("data:") && !isSavedCopy(address)) {
                src = address;
                break;
            }
        }
        src = src.startsWith("//") ? "https:" + src : src;
        img.attr("src", src.replace(" ", "%20"));
    }

    /** Removes the images {@link #clean} found only as copies in a saved page's folder (see {@link #SAVED_COPY_SRC}). */
    static void dropSavedCopies(Element cleaned) {
        cleaned.select("img[src=" + SAVED_COPY_SRC + "]").forEach(img -> {
            Element parent = img.parent();
            img.remove();
            if (parent != null && parent != cleaned && parent.is("p") && parent.text().isBlank()
                    && parent.select("img").isEmpty()) {
                parent.remove();
            }
        });
    }

    /**
     * Whether an image's address points into the "{@code <page>_files/}" folder a browser's "save page, complete"
     * writes beside the page, or a photo a single-file save (SingleFile) wrote into the page as a data address: a
     * file of the editor's computer, which the archive cannot show.
     */
    static boolean isSavedCopy(String src) {
        return SAVED_COPY.matcher(src).find()
                || src.length() >= MIN_EMBEDDED_PHOTO && EMBEDDED_PHOTO.matcher(src).find();
    }

    private static void dropTrackingPixel(Element img) {
        if (isTiny(img.attr("width")) || isTiny(img.attr("height"))
                || img.attr("src").strip().toLowerCase().startsWith("data:") && !isSavedCopy(img.attr("src").strip())
                || img.attr("style").replace(" ", "").contains("display:none")) {
            img.remove();
        }
    }

    private static boolean isTiny(String size) {
        String digits = size.replaceAll("[^0-9]", "");
        return !digits.isEmpty() && digits.length() < 4 && Integer.parseInt(digits) <= TRACKING_PIXEL;
    }

    /** A figure becomes a plain container: its image, then its caption. */
    private static void flattenFigure(Element figure) {
        figure.tagName("div");
    }

    /**
     * A caption becomes an italic paragraph of its own, without a credit-only part ("Credit...Pool photo by …" too),
     * a credit at its end ("… 동아일보DB") or the button that unfolds a long one ("Read More").
     */
    private static void captionParagraph(Element caption) {
        caption.select("span, em, i, p").stream().filter(e -> e.children().isEmpty() && isCredit(e.text()))
                .toList().forEach(Element::remove);
        caption.select("span, small, p, div").stream().filter(e -> CHROME.isCreditUnderCaption(e.text()))
                .toList().forEach(Element::remove);
        caption.select("span, p, div, a, button").stream().filter(e -> e.children().isEmpty() && CHROME.isExpandButton(e.text()))
                .toList().forEach(Element::remove);
        caption.tagName("p");
        String text = captionText(caption.text());
        if (!text.isBlank()) {
            caption.html("<em>" + Entities.escape(text) + "</em>");
        }
    }

    /**
     * A caption's words without its screen-reader label, wire opening, copyright notice or photo credit; an image's
     * alt text too, which pages fill with the caption and its credit ("… on Monday. (Yonhap)").
     */
    private static String captionText(String caption) {
        String labelled = CAPTION_LABEL.matcher(caption).replaceFirst("");
        String unlabelled = CHROME.withoutWireCaptionStart(labelled);
        String written = CAPTION_COPYRIGHT.matcher(unlabelled.isBlank() ? labelled : unlabelled).replaceFirst("");
        String credited = CHROME.withoutPhotoCredit(written);
        return credited == null || credited.isEmpty() ? written : LEFT_SEPARATOR.matcher(credited).replaceFirst("");
    }

    /**
     * An image's alt text without a credit: none when it is only one ("Photo : YONHAP News", "Korea Times file",
     * "(Yonhap)": what a caption's credit would be cut as after its sentence).
     */
    private static void altWithoutCredit(Element img) {
        String alt = img.attr("alt");
        boolean creditAlone = isCredit(alt) || "Photo.".equals(CHROME.withoutPhotoCredit("Photo. " + alt));
        img.attr("alt", creditAlone ? "" : captionText(alt));
    }

    /** A one-column table that only places a photo and its caption (old page layouts): not a data table. */
    private static boolean isPhotoLayout(Element table) {
        List<Element> rows = table.select("tr");
        return !rows.isEmpty() && !table.select("img").isEmpty() && table.select("table").size() == 1
                && rows.stream().allMatch(row -> row.select("> td, > th").size() <= 1);
    }

    /** The photo table's cells become blocks; a text cell right after the image cell becomes its caption. */
    private static void unwrapPhotoLayout(Element table) {
        Element box = new Element("div");
        boolean afterImage = false;
        for (Element cell : table.select("td, th")) {
            Element block = new Element("div");
            block.appendChildren(new ArrayList<>(cell.childNodes()));
            boolean image = !block.select("img").isEmpty();
            if (afterImage && !image && !block.text().isBlank()) {
                block.tagName("figcaption");
            }
            afterImage = image;
            box.appendChild(block);
        }
        table.replaceWith(box);
    }

    /** A short line of text with no block inside, named as a subheading, that ends no sentence: an {@code h3}. */
    private static boolean isNamedSubheading(Element e) {
        String text = Whitespace.normalize(e.text());
        return SUBHEADING_NAME.matcher(e.className() + " " + e.id()).find() && !text.isEmpty()
                && text.length() <= MAX_SUBHEADING && !SENTENCE_END.matcher(text).find()
                && e.select("p, div, ul, ol, table, img, figure, blockquote, h2, h3, h4").size() == 1;
    }

    /**
     * An element named like a caption ("caption", "desc", "img_txt") next to or around an image, or the only text of
     * a box named for its one photo ({@code <div class="articlePhotoC"><img><span>caption</span></div>}).
     */
    private static boolean isImageCaption(Element e) {
        if (e.is("figcaption") || e.text().isBlank() || e.text().length() > 400) {
            return false;
        }
        Element parent = e.parent();
        if (parent == null || parent.select("img").isEmpty() || !e.select("img").isEmpty()) {
            return false;
        }
        return CAPTION_NAME.matcher(e.className() + " " + e.id()).find() || isPhotoBox(parent)
                && parent.select("img").size() == 1 && parent.children().stream().filter(Element::hasText).count() == 1
                && parent.textNodes().stream().allMatch(TextNode::isBlank);
    }

    private static boolean isPhotoBox(Element box) {
        return PHOTO_BOX.matcher(box.className() + " " + box.id()).find();
    }

    /**
     * Text written directly in a div (paragraphs separated by {@code <br><br>}), inline elements beside blocks
     * (a bold label before a list) or alone (a div holding one link), becomes {@code <p>} elements; block children stay
     * where they are.
     */
    private static void paragraphsFromDivText(Element div) {
        boolean mixed = div.children().stream().anyMatch(Element::isBlock)
                && div.children().stream().anyMatch(e -> !e.isBlock() && !e.is("br") && e.hasText());
        boolean inlineOnly = div.children().stream().noneMatch(Element::isBlock)
                && div.children().stream().anyMatch(e -> !e.is("br") && e.hasText());
        if (div.textNodes().stream().allMatch(TextNode::isBlank) && !mixed && !inlineOnly) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(div.childNodes())) {
            boolean block = child instanceof Element e && (e.isBlock() || !e.select(BLOCKS).isEmpty());
            boolean breakPair = child instanceof Element e && e.is("br") && nextIsBreak(e);
            if (block || breakPair) {
                wrap(run);
                run.clear();
                if (breakPair) {
                    child.remove();
                }
            } else if (child instanceof Element e && e.is("br") && run.isEmpty()) {
                child.remove();
            } else {
                run.add(child);
            }
        }
        wrap(run);
    }

    /**
     * A table without header cells gets its first row as header (Markdown tables need one): the row pages style in
     * bold with {@code <td><b>…</b></td>} instead of {@code <th>}.
     */
    private static void headerRowFromFirstRow(Element table) {
        if (!table.select("th, thead").isEmpty()) {
            return;
        }
        Element first = table.selectFirst("tr");
        if (first == null) {
            return;
        }
        first.select("td").tagName("th");
        Element head = new Element("thead");
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            caption.after(head);
        } else {
            table.prependChild(head);
        }
        head.appendChild(first);
    }

    /** A header cell ("<th><b>Item</b></th>", "<td><b>Change</b> (%)</td>" made one) is bold already: no bold markers. */
    private static void unboldHeaderCell(Element th) {
        th.select("b, strong").unwrap();
    }

    /** A paragraph that is really several, written between {@code <br><br>}s. */
    private static boolean holdsBreakPair(Element p) {
        return p.select("> br").stream().anyMatch(HtmlBodyCleaner::nextIsBreak);
    }

    private static boolean isBreakOrBlank(Node node) {
        return node instanceof TextNode t && t.isBlank() || node instanceof Element e && e.is("br");
    }

    private static boolean nextIsBreak(Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element e && e.is("br");
    }

    /** Wraps a run of text and inline elements in a paragraph, without the breaks and blanks at its ends. */
    private static void wrap(List<Node> run) {
        while (!run.isEmpty() && isBreakOrBlank(run.get(run.size() - 1))) {
            run.remove(run.size() - 1).remove();
        }
        while (!run.isEmpty() && isBreakOrBlank(run.get(0))) {
            run.remove(0).remove();
        }
        if (run.isEmpty() || run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node node : run) {
            p.appendChild(node);
        }
    }
}
