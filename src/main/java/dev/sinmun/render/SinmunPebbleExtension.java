package dev.sinmun.render;

import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;

import java.util.Map;

/** Sinmun's filters and functions for templates, all registered here. */
public final class SinmunPebbleExtension extends AbstractExtension {

    private final SiteConfig config;

    public SinmunPebbleExtension(SiteConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "localdate", new DateFilter(),
                "isodate", new IsoDateFilter(),
                "httpurl", new HttpUrlFilter(),
                "textlang", new TextLangFilter(),
                "name", new NameFilter());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", new UrlFunction(config),
                "absoluteUrl", new AbsoluteUrlFunction(config));
    }
}
