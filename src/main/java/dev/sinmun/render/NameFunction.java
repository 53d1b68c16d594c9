package dev.sinmun.render;

import dev.sinmun.model.BilingualName;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code bilingual(name)}: what {@code {% include "partials/name" with {"name": name} %}} writes, rendered once per
 * name and page language, then reused (a page names each of its people and topics, an archive names them on every
 * article page): the partial must depend on nothing else of the page.
 */
public final class NameFunction implements Function {

    /** The partial every name is rendered from. */
    public static final String NAME = "partials/name";

    private record Key(BilingualName name, String lang) {
    }

    private final Map<Key, SafeString> names = new ConcurrentHashMap<>();

    @Override
    public List<String> getArgumentNames() {
        return List.of("name");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (!(args.get("name") instanceof BilingualName name) || !(context.getVariable("page") instanceof PageMeta page)) {
            throw new PebbleException(null, "bilingual(name) takes a bilingual name, on a page", lineNumber,
                    self.getName());
        }
        Key key = new Key(name, page.lang());
        SafeString html = names.get(key);
        if (html == null) {
            StringWriter out = new StringWriter(64);
            Map<String, Object> with = new HashMap<>();
            with.put("name", name);
            try {
                ((PebbleTemplateImpl) self).includeTemplate(out, (EvaluationContextImpl) context, NAME, with);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            html = new SafeString(out.toString());
            if (names.size() >= CardFunction.LIMIT) {
                names.clear();
            }
            names.putIfAbsent(key, html);
        }
        return html;
    }
}
