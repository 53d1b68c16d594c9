package dev.sinmun.ingest;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parameters an embed or a share button adds to a link to count its clicks ("?ref_src=twsrc%5Etfw",
 * "?utm_source=ig_embed&utm_campaign=loading"): not part of the address, so links in the text go without them.
 */
final class TrackingParameters {

    private static final Pattern NAME = Pattern.compile("(?i)utm_[a-z_]+|ref_src|ref_url|igshid|igsh|fbclid|gclid");

    private TrackingParameters() {
    }

    /** The address without its tracking parameters (and without a "?" left with nothing after it). */
    static String without(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        int hash = url.indexOf('#', query);
        String params = url.substring(query + 1, hash < 0 ? url.length() : hash);
        String kept = Arrays.stream(params.split("&"))
                .filter(p -> !p.isEmpty() && !NAME.matcher(p.split("=", 2)[0]).matches())
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept) + (hash < 0 ? "" : url.substring(hash));
    }
}
