package dev.sinmun.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page saved after a browser or proxy translated it (Google Translate's {@code translate.goog} copy, Chrome's
 * in-page translation): its visible text is the translation, while its metadata still holds the original's words.
 */
final class TranslatedPage {

    /** Google Translate's proxy address ("www-donga-com.translate.goog/…?_x_tr_sl=ko&_x_tr_tl=en"). */
    private static final Pattern PROXY_ADDRESS =
            Pattern.compile("(?i)^https?://[^/?#]+\\.translate\\.goog(?:[/?#]|$)|[?&]_x_tr_tl=");
    /** The class Google's translation gives the root element: "translated-ltr", "translated-rtl". */
    private static final Pattern TRANSLATED_ROOT = Pattern.compile("(?:^|\\s)translated-(?:ltr|rtl)(?:\\s|$)");

    private TranslatedPage() {
    }

    /** Whether the page's visible text was machine-translated in the browser or through Google's proxy. */
    static boolean is(Document page) {
        Element root = page.selectFirst("html");
        if (root != null && TRANSLATED_ROOT.matcher(root.className()).find()) {
            return true;
        }
        Element base = page.selectFirst("base[href]");
        return base != null && PROXY_ADDRESS.matcher(base.attr("href").strip()).find()
                || page.selectFirst("#goog-gt-tt, .goog-te-banner-frame") != null
                && page.select("font[style*=vertical-align]").size() > 0;
    }
}
