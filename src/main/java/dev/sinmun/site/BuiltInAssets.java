package dev.sinmun.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The theme's own static files, packaged in the jar from {@code site/static/}: a project whose
 * {@code site/static/} lacks one of them still gets a styled, working site.
 */
final class BuiltInAssets {

    /** Every file of this repository's {@code site/static/} (a test keeps the two in step). */
    static final List<String> FILES = List.of("css/sinmun.css", "js/filter.js", "js/search.js");

    private static final String PREFIX = "sinmun/static/";

    private BuiltInAssets() {
    }

    static byte[] read(String file) {
        try (InputStream in = BuiltInAssets.class.getClassLoader().getResourceAsStream(PREFIX + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in asset missing from the jar: " + PREFIX + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
