package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A paywall, for text dumps and saved pages alike: its prompt ("Subscribe to continue reading", "이 기사는 유료회원
 * 전용입니다") and the one rule for a text it cut short — the prompt follows the article's text and no text follows it.
 */
final class Paywall {

    /** The words of a prompt saying the rest of the text is for subscribers, at the start of a line or a sentence. */
    private static final Pattern PROMPT = Pattern.compile("(?i)(?:^|(?<=[.?!]\\s))(?:want to read more\\??$"
            + "|(?:please )?(?:subscribe|sign in|sign up|log ?in|register)(?: now| today)? (?:to|and) "
            + "(?:read|continue|keep reading|unlock|get (?:full|unlimited) access)"
            + "|continue reading with\\b"
            + "|join [\\p{L}\\d&.' -]{2,30}? (?:to|and) (?:read|continue|unlock|get (?:full|unlimited) access)"
            + "|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log ?in|register|become a \\p{L}+)\\b"
            + "|(?:the rest of )?this (?:article|story|content|report) is (?:only )?(?:available )?(?:to|for|"
            + "reserved for) .{0,40}(?:subscribers|members)\\b"
            + "|you['’]ve reached (?:your|the) (?:free )?(?:article |monthly |reading )?limit\\b"
            + "|(?:유료\\s?(?:회원|구독자)|구독자|회원)\\s?전용|이 기사는 (?:유료|구독자|회원)"
            + "|(?:전체|나머지) 기사를 (?:보시려면|읽으시려면)|기사 전문을 (?:보시려면|읽으시려면))");
    private static final int MAX_PROMPT = 300;
    private static final Pattern NOT_FREE = Pattern.compile("(?i)\"isAccessibleForFree\"\\s*:\\s*\"?false\"?");
    /** The parts a page's structured data marks as for subscribers ("cssSelector": ".paywall"). */
    private static final Pattern PAID_PART = Pattern.compile("(?i)\"cssSelector\"\\s*:\\s*\"([^\"]{1,80})\"");
    /** Article text behind a paywall (a subscriber's save) or under a prompt: a paragraph's worth at least. */
    private static final int MIN_PAID_TEXT = 80;
    private static final String CHROME_AROUND = "header, footer, nav, aside, [role=banner], [role=contentinfo]";

    /** Whether the line is a paywall's prompt to subscribe or sign in for the rest of the text. */
    static boolean isPrompt(String line) {
        String s = Whitespace.normalize(line);
        return !s.isEmpty() && s.length() <= MAX_PROMPT && PROMPT.matcher(s).find();
    }

    /** Whether a prompt with this much article text before and after it cut the text short: text above, none below. */
    static boolean cutsShort(int paragraphsBefore, int paragraphsAfter) {
        return paragraphsBefore > 0 && paragraphsAfter == 0;
    }

    /**
     * Why the article in the page's container looks cut short by a paywall, one phrase; empty when nothing says so or
     * the page holds the text behind it (a subscriber's save) or the prompt is only the page's chrome.
     */
    Optional<String> reason(Document page, Element container) {
        if (page.body() == null || holdsPaidText(page)) {
            return Optional.empty();
        }
        Map<Node, Integer> order = documentOrder(page.body());
        for (Element e : page.body().select("*")) {
            if (isPromptElement(e) && e.closest(CHROME_AROUND) == null && cutsShort(container == null ? page.body() : container, e, order)) {
                return Optional.of("it shows a paywall's prompt (\"" + shortened(Whitespace.normalize(e.text()))
                        + "\")");
            }
        }
        boolean notFree = page.select("script[type=application/ld+json]").stream()
                .anyMatch(s -> NOT_FREE.matcher(s.data()).find());
        return notFree ? Optional.of("its structured data says it is not free to read") : Optional.empty();
    }

    private static boolean isPromptElement(Element e) {
        return HtmlBodyCleaner.isPaywallBox(e) || isPrompt(e.ownText());
    }

    /** Whether the parts the structured data marks as for subscribers are in the page with their text. */
    private static boolean holdsPaidText(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            if (!NOT_FREE.matcher(script.data()).find()) {
                continue;
            }
            Matcher m = PAID_PART.matcher(script.data());
            while (m.find()) {
                List<Element> parts = selectQuietly(page, m.group(1));
                int text = parts.stream().filter(p -> !isPromptElement(p))
                        .mapToInt(p -> Whitespace.normalize(p.text()).length()).sum();
                if (text >= MIN_PAID_TEXT) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> selectQuietly(Document page, String selector) {
        try {
            return page.select(selector);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static boolean cutsShort(Element container, Element prompt, Map<Node, Integer> order) {
        int start = order.getOrDefault(prompt, -1);
        int end = lastInside(prompt, order);
        int before = 0;
        int textAfter = 0;
        for (TextNode t : textNodes(container)) {
            int at = order.getOrDefault(t, -1);
            if (t.isBlank() || at < 0 || at >= start && at <= end) {
                continue;
            }
            if (at < start) {
                before++;
            } else {
                textAfter += Whitespace.normalize(t.text()).length();
            }
        }
        return cutsShort(before, textAfter >= MIN_PAID_TEXT ? 1 : 0);
    }

    private static int lastInside(Element e, Map<Node, Integer> order) {
        int last = order.getOrDefault(e, -1);
        for (Node n : e.childNodes()) {
            last = Math.max(last, n instanceof Element c ? lastInside(c, order) : order.getOrDefault(n, -1));
        }
        return last;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        }, root);
        return nodes;
    }

    private static Map<Node, Integer> documentOrder(Element root) {
        Map<Node, Integer> order = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> order.put(node, order.size()), root);
        return order;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
