package dev.sinmun.render;

import dev.sinmun.model.Article;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code card(a, level, brief)}: what {@code {% include "partials/article-card" with {"level": level, "brief": brief} %}}
 * writes for article {@code a}, rendered once per article, page language, level and brief, then reused; an article's
 * card appears on its month, home, tag and related lists, so the card must depend on nothing else of the page.
 * {@link #forget} lets the cards go between the stages of a build.
 */
public final class CardFunction implements Function {

    /** The partial every card is rendered from. */
    public static final String CARD = "partials/article-card";

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

    private final RenderedPartials<Key> cards = new RenderedPartials<>(CARD, 512);

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
        return cards.get(new Key(article, page.lang(), level, brief), () -> {
            Map<String, Object> with = new HashMap<>();
            with.put("a", article);
            with.put("level", level);
            with.put("brief", brief);
            return with;
        }, self, context);
    }

    /** Lets every card rendered so far go. */
    public void forget() {
        cards.clear();
    }
}
