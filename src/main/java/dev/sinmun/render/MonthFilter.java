package dev.sinmun.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code month | monthname(lang)}: "September 2020" or "2020년 9월" for a {@link YearMonth}. */
public final class MonthFilter implements Filter {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter KO = DateTimeFormatter.ofPattern("yyyy년 M월", Locale.KOREAN);

    @Override
    public List<String> getArgumentNames() {
        return List.of("lang");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) throws PebbleException {
        if (input == null) {
            return null;
        }
        if (!(input instanceof YearMonth month)) {
            throw new PebbleException(null, "monthname expects a YearMonth, got " + input.getClass().getSimpleName(),
                    lineNumber, self.getName());
        }
        return month.format("ko".equals(String.valueOf(args.get("lang"))) ? KO : EN);
    }
}
