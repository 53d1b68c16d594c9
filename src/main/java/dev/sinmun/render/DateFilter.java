package dev.sinmun.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code posted | localdate(lang)}: a date as readers of that language write it, in the date's own offset —
 * "September 14, 2020, 07:34 KST" or "2020년 9월 14일 07:34". {@code localdate(lang, 'day')} leaves out the time.
 */
public final class DateFilter implements Filter {

    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter KO_DAY = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @Override
    public List<String> getArgumentNames() {
        return List.of("lang", "precision");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) throws PebbleException {
        if (input == null) {
            return null;
        }
        if (!(input instanceof OffsetDateTime date)) {
            throw new PebbleException(null, "localdate expects an OffsetDateTime, got " + input.getClass().getSimpleName(),
                    lineNumber, self.getName());
        }
        boolean korean = "ko".equals(String.valueOf(args.get("lang")));
        boolean dayOnly = "day".equals(args.get("precision"));
        return format(date, korean, dayOnly);
    }

    /** The date as {@code localdate} prints it: Korean or English, with or without the time. */
    public static String format(OffsetDateTime date, boolean korean, boolean dayOnly) {
        String day = date.format(korean ? KO_DAY : EN_DAY);
        if (dayOnly) {
            return day;
        }
        String time = date.format(TIME);
        if (korean) {
            return day + " " + time + (date.getOffset().equals(KST) ? "" : " (" + zoneLabel(date.getOffset()) + ")");
        }
        return day + ", " + time + " " + zoneLabel(date.getOffset());
    }

    private static String zoneLabel(ZoneOffset offset) {
        if (offset.equals(KST)) {
            return "KST";
        }
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
}
