package dev.sinmun.model;

/** A version of the article in another language; the URL is null when only its existence is known. */
public record Translation(Lang lang, String url) {
}
