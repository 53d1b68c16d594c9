package dev.sinmun.markdown;

import java.util.Locale;

/** A URL reduced to what identifies a page: no scheme, no "www.", no fragment, no trailing slash; host in lowercase. */
final class UrlKey {

    private UrlKey() {
    }

    static String of(String url) {
        String s = url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("#.*$", "").replaceFirst("/+$", "");
        int slash = s.indexOf('/');
        String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return host + (slash < 0 ? "" : s.substring(slash));
    }
}
