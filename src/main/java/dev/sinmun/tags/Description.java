package dev.sinmun.tags;

/** A short text about a topic, in English and Korean (either may be null). */
public record Description(String en, String ko) {
}
