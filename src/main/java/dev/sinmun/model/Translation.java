package dev.sinmun.model;

import java.io.Serializable;

/** A version of the article in another language; the URL is null when only its existence is known. */
public record Translation(Lang lang, String url) implements Serializable {
}
