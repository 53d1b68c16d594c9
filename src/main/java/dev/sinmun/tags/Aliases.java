package dev.sinmun.tags;

import java.util.List;
import java.util.Objects;

/** Other spellings of a registry name, per language; never null, blanks dropped. */
public record Aliases(List<String> en, List<String> ko) {

    public Aliases {
        en = clean(en);
        ko = clean(ko);
    }

    public static Aliases none() {
        return new Aliases(List.of(), List.of());
    }

    private static List<String> clean(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
