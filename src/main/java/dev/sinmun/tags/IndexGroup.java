package dev.sinmun.tags;

import java.util.List;

/** The entries of an index under one heading: a letter A–Z, a Hangul initial ㄱ–ㅎ, or {@code #} for the rest. */
public record IndexGroup(String label, String anchor, List<TagEntry> entries) {

    public IndexGroup {
        entries = List.copyOf(entries);
    }
}
