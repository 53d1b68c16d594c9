package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A partial template's output by key, rendered the first time the key is asked for and reused after: for a partial
 * that depends on its key alone, never on the rest of the page (see {@link CardFunction}, {@link NameFunction}).
 */
final class RenderedPartials<K> {

    /**
     * At most this many outputs are kept, those asked for most recently ({@link RecentValues}): about one per 100 KB
     * of the heap's limit (10,000 under {@code -Xmx1g}, where the largest archives leave little room), never more
     * than 60,000.
     */
    static final int LIMIT = (int) Math.max(1_000, Math.min(60_000, Runtime.getRuntime().maxMemory() / 100_000));

    private final String partial;
    private final int sizeHint;
    private final RecentValues<K, SafeString> outputs = new RecentValues<>(LIMIT);

    /** Outputs of the template {@code partial}, each about {@code sizeHint} characters long. */
    RenderedPartials(String partial, int sizeHint) {
        this.partial = partial;
        this.sizeHint = sizeHint;
    }

    /**
     * The partial's output for {@code key}: when first asked, included from {@code self} in {@code context} with the
     * variables {@code with} gives.
     */
    SafeString get(K key, Supplier<Map<String, Object>> with, PebbleTemplate self, EvaluationContext context) {
        return outputs.get(key, () -> {
            StringWriter out = new StringWriter(sizeHint);
            try {
                ((PebbleTemplateImpl) self).includeTemplate(out, (EvaluationContextImpl) context, partial, with.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new SafeString(out.toString());
        });
    }

    /** Lets every output kept so far go. */
    void clear() {
        outputs.clear();
    }
}
