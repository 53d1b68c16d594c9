package dev.sinmun.render;

/** One language version of a page for {@code <link rel="alternate" hreflang>}: its code (or x-default) and URL. */
public record Alternate(String hreflang, String href) {
}
