package dev.sinmun.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** {@code posted | isodate}: RFC 3339 with the date's own offset, for {@code <time datetime>}, Atom and sitemaps. */
public final class IsoDateFilter extends InputFilter {

    @Override
    Object apply(Object input, PebbleTemplate self, int lineNumber) {
        if (input == null) {
            return null;
        }
        if (!(input instanceof OffsetDateTime date)) {
            throw new PebbleException(null, "isodate expects an OffsetDateTime, got " + input.getClass().getSimpleName(),
                    lineNumber, self.getName());
        }
        return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
