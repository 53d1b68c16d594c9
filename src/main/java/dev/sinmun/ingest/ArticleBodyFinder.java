package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds an article's text: first the containers of outlets Sinmun knows and the
 * {@code itemprop=articleBody} convention, then the element with the most paragraph text and the fewest links
 * (the scoring of Readability: commas and length per paragraph, weighted by class names, reduced by link density).
 */
final class ArticleBodyFinder {

    /**
     * Known article containers, most specific first (the New York Times's {@code section name=articleBody}, Dong-A,
     * Yonhap, Herald, Times, JoongAng, Hankyoreh, Chosun, KBS, SBS).
     */
    private static final List<String> KNOWN = List.of(
            "[itemprop=articleBody]", "section[name=articleBody]", "#article_txt", ".article_txt", "div.article_view", "article.story-news",
            "div.story-news", "#articleText", ".view_con_t", "#startts", ".view-article", "#article_body",
            ".article_body", ".article-text", "section.article-body", "#cont_newstext", ".detail-body",
            ".text_area", ".article-body", ".article_content", "#articleBody", "#newsct_article",
            ".news_body", ".entry-content", ".post-content");
    private static final int MIN_KNOWN_TEXT = 80;
    private static final Pattern LIVE_BLOG = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"LiveBlogPosting\"");
    /** A live blog's posts, as their markup names them. */
    static final String LIVE_MARKUP =
            "[class~=(?i)(?:^|\\s)live-?(?:blog|story)-?(?:post|entry|item)s?(?:$|\\s|_)], [data-post-id],"
            + " [id^=liveblog-entry]";
    /** How far above the text found a live blog's post box may be (text box, post, column). */
    private static final int MAX_POST_DEPTH = 2;
    private static final double MAX_POST_LINKS = 0.3;
    /** A known container inside the one found that holds this share of its text is the body (the rest is title and chrome). */
    private static final double NESTED_SHARE = 0.6;
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|post|story|text|view|news_?txt|본문");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|meta|footer|footnote|related|share|social|sidebar|aside|nav|menu|widget|popular|rank|"
                    + "most|promo|banner|\\bads?\\b|advert|sponsor|recommend|header|gnb|lnb|copyright|subscribe");

    /** The article container, or the body when nothing better is found. */
    Element find(Document page) {
        for (String selector : KNOWN) {
            for (Element candidate : page.select(selector)) {
                if (candidate.text().length() >= MIN_KNOWN_TEXT) {
                    return innermost(candidate);
                }
            }
        }
        Element best = byDensity(page);
        return isLiveBlog(page) ? liveBlogPosts(best) : best;
    }

    /**
     * Whether the page calls itself a live blog (JSON-LD {@code LiveBlogPosting}, or its posts' markup names them so):
     * posts one after the other.
     */
    private static boolean isLiveBlog(Document page) {
        return page.select("script[type=application/ld+json]").stream()
                .anyMatch(s -> LIVE_BLOG.matcher(s.data()).find()) || !page.select(LIVE_MARKUP).isEmpty();
    }

    /**
     * The live blog's column of posts when the text found is one post of it: the parent of the post (or of its box)
     * and of other boxes of the same kind (tag and class) holding text of their own.
     */
    private static Element liveBlogPosts(Element found) {
        Element post = found;
        for (int level = 0; level <= MAX_POST_DEPTH && post.parent() != null; level++, post = post.parent()) {
            Element one = post;
            boolean others = !one.className().isBlank() && one.siblingElements().stream()
                    .anyMatch(e -> e.tagName().equals(one.tagName()) && e.className().equals(one.className())
                            && e.text().length() >= MIN_KNOWN_TEXT && linkDensity(e) < MAX_POST_LINKS);
            if (others) {
                return one.parent();
            }
        }
        return found;
    }

    /**
     * The innermost known container that still holds most of the text: a page wrapper named like a body
     * ({@code .view-article}) around the title area, the real body ({@code #article_body}) and a sidebar gives the body.
     */
    private static Element innermost(Element found) {
        Element best = found;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (String selector : KNOWN) {
                for (Element inner : best.select(selector)) {
                    if (inner != best && inner.text().length() >= MIN_KNOWN_TEXT
                            && inner.text().length() >= NESTED_SHARE * best.text().length()) {
                        best = inner;
                        deeper = true;
                        break;
                    }
                }
                if (deeper) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The element whose paragraphs score best; a {@code div} with no block inside is one when it ends a sentence (Reuters
     * writes each paragraph as a {@code div}).
     */
    private Element byDensity(Document page) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element block : page.body().select("p, pre, td, div")) {
            if (block.tagName().equals("div") && (block.select("p, div, table, ul, ol, blockquote").size() > 1
                    || !SentenceEnd.endsSentence(block.text()))) {
                continue;
            }
            if (block.parent() != null) {
                score(block.text(), block.parent(), scores);
            }
        }
        for (Element container : page.body().select("div, td, section, article")) {
            if (container.children().size() > 1 && container.select("> br").size() >= 2) {
                brokenParagraphs(container).forEach(text -> score(text, container, scores));
            }
        }
        Element best = page.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = (entry.getValue() + classWeight(candidate)) * (1 - linkDensity(candidate));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Scores a paragraph's text for its container, and half for the container's parent. */
    private static void score(String text, Element container, Map<Element, Double> scores) {
        if (text.length() < 25) {
            return;
        }
        double score = 1 + text.split("[,，、]").length - 1 + Math.min(text.length() / 100.0, 3);
        scores.merge(container, score, Double::sum);
        Element grand = container.parent();
        if (grand != null) {
            scores.merge(grand, score / 2, Double::sum);
        }
    }

    /** The paragraphs a container writes as its own text between {@code <br>}s (older Korean news pages do). */
    private static List<String> brokenParagraphs(Element container) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode text) {
                paragraph.append(text.text());
            } else if (child instanceof Element e && e.nameIs("br")) {
                paragraphs.add(paragraph.toString().strip());
                paragraph.setLength(0);
            } else if (child instanceof Element e && !e.isBlock()) {
                paragraph.append(e.text());
            }
        }
        paragraphs.add(paragraph.toString().strip());
        return paragraphs;
    }

    private static double classWeight(Element e) {
        String names = e.className() + " " + e.id();
        double weight = 0;
        if (POSITIVE.matcher(names).find()) {
            weight += 25;
        }
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (e.tagName().equals("article")) {
            weight += 10;
        }
        return weight;
    }

    /** The share of an element's text that sits inside links. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1, (double) linked / length);
    }
}
