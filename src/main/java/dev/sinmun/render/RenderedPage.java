package dev.sinmun.render;

import java.nio.charset.StandardCharsets;

/**
 * One rendered output file.
 *
 * @param file  the output file relative to the site root, e.g. {@code people/index.html}
 * @param bytes its content in UTF-8, as it is written (not to be changed: it is not copied)
 */
public record RenderedPage(String file, byte[] bytes) {

    /** The output file of a page path: a path ending in {@code /} gets {@code index.html}. */
    public static String fileFor(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    /** The content as text. */
    public String content() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
