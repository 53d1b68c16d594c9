package dev.sinmun.render;

import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .loader(new RememberingLoader<>(new DelegatingLoader(loaders)))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaping())
                .newLineTrimming(true)
                .extension(new SinmunPebbleExtension(config))
                .build();
    }

    /**
     * Where a template named in an error (e.g. {@code pages/404.peb}) comes from: the project's own file
     * ({@code templates/pages/404.peb}), the built-in theme's ({@code sinmun.jar!/sinmun/templates/pages/404.peb}),
     * or {@code file} itself when it names no template.
     */
    public static Path source(ProjectLayout layout, Path file) {
        if (file == null || file.isAbsolute() || !file.toString().endsWith(SUFFIX)) {
            return file;
        }
        String name = file.toString().replace('\\', '/');
        Path own = layout.templates().resolve(name).normalize();
        if (own.startsWith(layout.templates()) && Files.isRegularFile(own)) {
            return layout.relative(own);
        }
        if (Templates.class.getClassLoader().getResource(BUILT_IN + name) != null) {
            return Path.of("sinmun.jar!", BUILT_IN + name);
        }
        return file;
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
