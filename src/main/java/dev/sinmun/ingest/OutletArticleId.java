package dev.sinmun.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet's own id for an article, read from its URL: an id query parameter ({@code ncd=5012345},
 * {@code news_id=N1006012345}, {@code ud=20200919000123}), a wire id ({@code AEN20200419000200315}), or the last
 * path segment that is a long number ({@code /article/all/20200914/2183498/1} → {@code 2183498}).
 */
public final class OutletArticleId {

    private static final List<String> ID_PARAMETERS = List.of("ncd", "news_id", "newsid", "article_id", "articleid",
            "aid", "idxno", "ud", "no", "id", "artid", "sid");
    private static final Pattern WIRE_ID = Pattern.compile("\\b(A[A-Z]{2}\\d{14,})\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("^(?:\\d+_)?(\\d{5,})(?:\\.\\w+)?$");
    private static final Pattern DATE_ONLY = Pattern.compile("^(?:19|20)\\d{6}$");
    private static final Pattern CODE = Pattern.compile("^([A-Z0-9]{16,})$");

    /** The id, or null when the URL has none that can be recognised. */
    public String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        Matcher wire = WIRE_ID.matcher(url);
        if (wire.find()) {
            return wire.group(1);
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String name : ID_PARAMETERS) {
                for (String pair : query.split("&")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length == 2 && kv[0].toLowerCase(Locale.ROOT).equals(name) && kv[1].matches("[A-Za-z0-9_-]{4,}")) {
                        return kv[1];
                    }
                }
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            Matcher m = LONG_NUMBER.matcher(segments[i]);
            if (m.matches() && !DATE_ONLY.matcher(m.group(1)).matches()) {
                return m.group(1);
            }
            Matcher code = CODE.matcher(segments[i]);
            if (code.matches()) {
                return code.group(1);
            }
        }
        return null;
    }
}
