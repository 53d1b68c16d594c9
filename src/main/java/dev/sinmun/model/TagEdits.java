package dev.sinmun.model;

import java.util.List;

/**
 * Tags an editor set by hand, which re-tagging must respect: {@code pinned} ones stay as the editor wrote them,
 * {@code removed} ones are never put back. Each is written {@code <kind>/<id>}, kind one of {@code people},
 * {@code topics}, {@code organizations}, {@code places} (e.g. {@code people/kim-min-ji}).
 */
public record TagEdits(List<String> pinned, List<String> removed) {

    public static final List<String> KINDS = List.of("people", "topics", "organizations", "places");

    public TagEdits {
        pinned = List.copyOf(pinned);
        removed = List.copyOf(removed);
    }

    public static TagEdits none() {
        return new TagEdits(List.of(), List.of());
    }

    public boolean isEmpty() {
        return pinned.isEmpty() && removed.isEmpty();
    }

    public boolean pinned(String kind, String id) {
        return pinned.contains(kind + "/" + id);
    }

    public boolean removed(String kind, String id) {
        return removed.contains(kind + "/" + id);
    }
}
