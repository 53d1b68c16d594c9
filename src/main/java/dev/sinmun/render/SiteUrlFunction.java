package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A site path made into a link: {@code url('people/')} (root-relative, with the base path) or
 * {@code absoluteUrl('feed.xml')} (the full URL, for canonical links and feeds).
 */
public final class SiteUrlFunction implements Function {

    private final UnaryOperator<String> toUrl;

    /** {@code toUrl} is {@code SiteConfig::url} or {@code SiteConfig::absoluteUrl}. */
    public SiteUrlFunction(UnaryOperator<String> toUrl) {
        this.toUrl = toUrl;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object path = args.get("path");
        return toUrl.apply(path == null ? "" : path.toString());
    }
}
