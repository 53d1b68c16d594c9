package dev.sinmun.render;

/**
 * One rendered output file.
 *
 * @param file    the output file relative to the site root, e.g. {@code people/index.html}
 * @param content the text to write (UTF-8)
 */
public record RenderedPage(String file, String content) {

    /** The output file of a page path: a path ending in {@code /} gets {@code index.html}. */
    public static String fileFor(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }
}
