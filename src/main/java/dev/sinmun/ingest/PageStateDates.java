package dev.sinmun.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's dates as a script-built page carries them in its state (Next.js {@code __NEXT_DATA__},
 * {@code window.__INITIAL_STATE__} and the like): for a page that shows only a relative time ("13 hours ago").
 * The first date of each kind in the state is the article's; epoch milliseconds or seconds become an instant.
 */
final class PageStateDates {

    private static final Pattern STATE_SCRIPT = Pattern.compile(
            "__NEXT_DATA__|__NUXT__|__(?:INITIAL|PRELOADED|APOLLO|SERVER)_(?:STATE|DATA)__");
    private static final String VALUE = "\\\\?\"\\s*:\\s*"
            + "(?:\\\\?\"(\\d{4}-\\d{2}-\\d{2}[^\"\\\\]{0,30})\\\\?\"|(\\d{10}|\\d{13})\\b)";
    private static final Pattern PUBLISHED = Pattern.compile("\\\\?\"(?:firstPublished(?:At|Date)?|datePublished|"
            + "published(?:At|Date|Time|_at|_date|_time)?|publish(?:Date|Time|_date|_time)|first_?publish(?:ed)?_?date)"
            + VALUE);
    private static final Pattern MODIFIED = Pattern.compile("\\\\?\"(?:lastPublished(?:At|Date)?|dateModified|"
            + "(?:updated|modified)(?:At|Date|Time|_at|_date|_time)|last_?(?:updated|modified)(?:_?date)?)" + VALUE);
    private static final long MILLIS_FROM = 100_000_000_000L;

    /** The first publication and update dates in the page's state, as ISO text. */
    record Dates(String published, String modified) {
    }

    Dates read(Document page) {
        String published = null;
        String modified = null;
        for (Element script : page.select("script")) {
            String data = script.data();
            if (!STATE_SCRIPT.matcher(script.id() + " " + data.substring(0, Math.min(data.length(), 200))).find()) {
                continue;
            }
            published = published != null ? published : first(PUBLISHED, data).orElse(null);
            modified = modified != null ? modified : first(MODIFIED, data).orElse(null);
        }
        return new Dates(published, modified);
    }

    private static Optional<String> first(Pattern key, String data) {
        Matcher m = key.matcher(data);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(m.group(1));
        }
        long epoch = Long.parseLong(m.group(2));
        Instant instant = epoch >= MILLIS_FROM ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
        return Optional.of(instant.toString());
    }
}
