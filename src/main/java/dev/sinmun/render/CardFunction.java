package dev.sinmun.render;

import dev.sinmun.model.Article;
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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code card(a, level, brief)}: what {@code {% include "partials/article-card" with {"level": level, "brief": brief} %}}
 * writes for article {@code a}, rendered once per article, page language, level and brief, then reused; an article's
 * card appears on its month, home, tag and related lists, so the card must depend on nothing else of the page.
 * {@link #forget} lets the cards go between the stages of a build.
 */
public final class CardFunction implements Function {

    /** The partial every card is rendered from. */
    public static final String CARD = "partials/article-card";

    /**
     * At most this many cards are kept, past it those kept so far go: about one per 100 KB of the heap's limit (10,000
     * under {@code -Xmx1g}, where the largest archives leave little room), never more than 60,000.
     */
    static final int LIMIT = (int) Math.max(1_000, Math.min(60_000, Runtime.getRuntime().maxMemory() / 100_000));

    /** The article by identity (an article is a record: its own equals compares every field). */
    private record Key(Article article, String lang, Object level, Object brief) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.article == article && k.lang.equals(lang) && Objects.equals(k.level, level)
                    && Objects.equals(k.brief, brief);
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(article) * 31 + lang.hashCode()) * 31 + Objects.hashCode(level)) * 31
                    + Objects.hashCode(brief);
        }
    }

    private final Map<Key, SafeString> cards = new ConcurrentHashMap<>();

    @Override
    public List<String> getArgumentNames() {
        return List.of("a", "level", "brief");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (!(args.get("a") instanceof Article article) || !(context.getVariable("page") instanceof PageMeta page)) {
            throw new PebbleException(null, "card(a, level, brief) takes an article, on a page", lineNumber,
                    self.getName());
        }
        Object level = args.get("level");
        Object brief = args.get("brief");
        Key key = new Key(article, page.lang(), level, brief);
        SafeString card = cards.get(key);
        if (card == null) {
            card = render(article, level, brief, (PebbleTemplateImpl) self, (EvaluationContextImpl) context);
            if (cards.size() >= LIMIT) {
                cards.clear();
            }
            cards.putIfAbsent(key, card);
        }
        return card;
    }

    private static SafeString render(Article article, Object level, Object brief, PebbleTemplateImpl self,
                                     EvaluationContextImpl context) {
        StringWriter out = new StringWriter(512);
        try {
            Map<String, Object> with = new HashMap<>();
            with.put("a", article);
            with.put("level", level);
            with.put("brief", brief);
            self.includeTemplate(out, context, CARD, with);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SafeString(out.toString());
    }

    /** Lets every card rendered so far go. */
    public void forget() {
        cards.clear();
    }
}
