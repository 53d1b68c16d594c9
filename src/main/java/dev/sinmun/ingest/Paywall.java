package dev.sinmun.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Why a saved page's text may be cut short by a paywall: what the page says of itself, or the prompt it shows. */
final class Paywall {

    private static final Pattern NOT_FREE = Pattern.compile("(?i)\"isAccessibleForFree\"\\s*:\\s*\"?false\"?");
    /** A prompt's words saying the rest of the text is for subscribers ("Subscribe to continue reading"). */
    private static final Pattern CUT_SHORT = Pattern.compile("(?i)(?:^|\\b)(?:(?:subscribe|sign in|log ?in|register)"
            + " (?:now )?to (?:continue reading|keep reading|read (?:the )?(?:full|rest|whole)|unlock)"
            + "|continue reading with\\b|to continue reading\\b|(?:the rest of )?this (?:article|story) is "
            + "(?:only )?(?:for|available to|reserved for) (?:paid |paying )?(?:subscribers|members)"
            + "|(?:유료\\s?(?:회원|구독자)|구독자)\\s?전용|이 기사는 (?:유료|구독자)|전체 기사를 (?:보시려면|읽으시려면))");
    private static final int MAX_PROMPT = 300;

    /** The reason, one phrase, when the page is behind a paywall; empty when nothing says so. */
    Optional<String> reason(Document page) {
        boolean notFree = page.select("script[type=application/ld+json]").stream()
                .anyMatch(s -> NOT_FREE.matcher(s.data()).find());
        if (notFree) {
            return Optional.of("its structured data says it is not free to read");
        }
        for (Element e : page.body() == null ? List.<Element>of() : page.body().select("*")) {
            String text = Whitespace.normalize(e.ownText());
            if (HtmlBodyCleaner.isPaywallBox(e) || !text.isEmpty() && text.length() <= MAX_PROMPT
                    && CUT_SHORT.matcher(text).find()) {
                return Optional.of("it shows a paywall's prompt (\"" + shortened(Whitespace.normalize(e.text()))
                        + "\")");
            }
        }
        return Optional.empty();
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
