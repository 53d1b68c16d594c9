package dev.sinmun.tags;

/**
 * A position a registry person held: title in both languages, organisation, and {@code YYYY-MM} bounds
 * (any may be null).
 */
public record Role(String en, String ko, String org, String from, String to) {
}
