package dev.sinmun.render;

import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.net.URI;
import java.util.Locale;

/**
 * {@code source.url | httpurl}: the URL when it is an absolute http(s) URL, else null — so a
 * {@code javascript:} or malformed URL from front matter never becomes a link.
 */
public final class HttpUrlFilter extends InputFilter {

    @Override
    Object apply(Object input, PebbleTemplate self, int lineNumber) {
        return input == null ? null : httpUrl(input.toString());
    }

    static String httpUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? trimmed : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
