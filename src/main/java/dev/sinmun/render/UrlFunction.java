package dev.sinmun.render;

import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/** {@code url('people/')}: a root-relative URL that includes the site's base path. */
public final class UrlFunction implements Function {

    private final SiteConfig config;

    public UrlFunction(SiteConfig config) {
        this.config = config;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object path = args.get("path");
        return config.url(path == null ? "" : path.toString());
    }
}
