package dev.sinmun.render;

import dev.sinmun.model.Lang;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * {@code t('nav.people')} or {@code t('count.articles', n)}: a chrome string in the page's language
 * ({@code pageLang}), or in {@code lang} when given: {@code t('lang.name', lang='ko')}.
 */
public final class MessageFunction implements Function {

    private static final Object[] NONE = {};
    private static final List<String> ARGUMENTS = List.of("key", "a", "b", "lang");

    private final Messages messages;

    public MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<String> getArgumentNames() {
        return ARGUMENTS;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object langArg = args.get("lang") != null ? args.get("lang") : context.getVariable("pageLang");
        Lang lang = Lang.fromCode(String.valueOf(langArg)).orElse(Lang.EN);
        Object a = args.get("a");
        Object b = args.get("b");
        Object[] values = a == null ? (b == null ? NONE : new Object[] {b})
                : b == null ? new Object[] {a} : new Object[] {a, b};
        try {
            return messages.get(lang, String.valueOf(args.get("key")), values);
        } catch (IllegalArgumentException e) {
            throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
        }
    }
}
