package dev.sinmun.render;

import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the one Pebble engine of a build: the project's {@code templates/} first, then the built-in theme
 * packaged under {@code sinmun/templates/}; strict variables, autoescaping on, suffix {@code .peb}.
 */
public final class Templates {

    /** Where the built-in theme lives on the classpath. */
    public static final String BUILT_IN = "sinmun/templates/";
    public static final String SUFFIX = ".peb";

    private Templates() {
    }

    public static PebbleEngine engine(SiteConfig config, ProjectLayout layout) {
        List<Loader<?>> loaders = List.of(fileLoader(layout), classpathLoader());
        return new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .extension(new SinmunPebbleExtension(config))
                .build();
    }

    private static Loader<String> fileLoader(ProjectLayout layout) {
        FileLoader loader = new FileLoader(layout.templates().toString());
        loader.setSuffix(SUFFIX);
        loader.setCharset(StandardCharsets.UTF_8.name());
        return loader;
    }

    private static Loader<String> classpathLoader() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(BUILT_IN);
        loader.setSuffix(SUFFIX);
        loader.setCharset(StandardCharsets.UTF_8.name());
        return loader;
    }
}
