package dev.sinmun.tags;

/** Another entry mentioned in the same articles as an entry, and in how many. */
public record CoMention(TagEntry entry, int shared) {
}
