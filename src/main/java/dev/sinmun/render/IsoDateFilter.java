package dev.sinmun.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code posted | isodate}: RFC 3339 with the date's own offset, for {@code <time datetime>}, Atom and sitemaps. */
public final class IsoDateFilter implements Filter {

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) throws PebbleException {
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
