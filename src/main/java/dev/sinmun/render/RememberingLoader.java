package dev.sinmun.render;

import io.pebbletemplates.pebble.loader.Loader;

import java.io.Reader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A template loader that works out each include's path and cache key once: Pebble asks its loader again
 * for every {@code include} it renders, and a {@code DelegatingLoader} answers by asking each of its loaders.
 */
final class RememberingLoader<T> implements Loader<T> {

    private final Loader<T> loader;
    private final Map<String, T> keys = new ConcurrentHashMap<>();
    /** Resolved include paths by the template they are written in, then by the name as written. */
    private final Map<String, Map<String, Optional<String>>> paths = new ConcurrentHashMap<>();

    RememberingLoader(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public Reader getReader(T cacheKey) {
        return loader.getReader(cacheKey);
    }

    @Override
    public void setCharset(String charset) {
        loader.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        loader.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        loader.setSuffix(suffix);
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath == null || anchorPath == null) {
            return loader.resolveRelativePath(relativePath, anchorPath);
        }
        Map<String, Optional<String>> from = paths.computeIfAbsent(anchorPath, a -> new ConcurrentHashMap<>());
        Optional<String> path = from.get(relativePath);
        if (path == null) {
            path = from.computeIfAbsent(relativePath, r -> Optional.ofNullable(loader.resolveRelativePath(r, anchorPath)));
        }
        return path.orElse(null);
    }

    @Override
    public T createCacheKey(String templateName) {
        return templateName == null ? loader.createCacheKey(null) : keys.computeIfAbsent(templateName, loader::createCacheKey);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return loader.resourceExists(templateName);
    }
}
