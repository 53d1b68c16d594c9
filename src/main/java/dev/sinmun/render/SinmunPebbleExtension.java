package dev.sinmun.render;

import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;

import java.util.List;
import java.util.Map;

/** Sinmun's filters and functions for templates, all registered here. */
public final class SinmunPebbleExtension extends AbstractExtension {

    private final SiteConfig config;
    private final Messages messages;
    private final CardFunction cards = new CardFunction();

    public SinmunPebbleExtension(SiteConfig config) {
        this(config, Messages.builtIn());
    }

    public SinmunPebbleExtension(SiteConfig config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new AccessorResolver());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "localdate", new DateFilter(),
                "isodate", new IsoDateFilter(),
                "httpurl", new HttpUrlFilter(),
                "textlang", new TextLangFilter(),
                "name", new NameFilter(),
                "monthname", new MonthFilter(),
                "scriptjson", new JsonFilter());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", new SiteUrlFunction(config::url),
                "absoluteUrl", new SiteUrlFunction(config::absoluteUrl),
                "t", new MessageFunction(messages),
                "card", cards,
                "bilingual", new NameFunction());
    }
}
