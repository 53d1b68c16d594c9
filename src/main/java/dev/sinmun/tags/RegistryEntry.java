package dev.sinmun.tags;

import java.util.List;

/**
 * One entry of {@code registry/organizations.yml} or {@code registry/places.yml}: canonical names in both
 * languages, aliases, what kind of organisation or place it is, a short description and an optional Wikidata id.
 */
public record RegistryEntry(
        String id,
        String en,
        String ko,
        Aliases aliases,
        String kind,
        String country,
        Description description,
        String wikidata) {

    public RegistryEntry {
        aliases = aliases == null ? Aliases.none() : aliases;
    }

    public static RegistryEntry of(String id, String en, String ko, List<String> enAliases, List<String> koAliases) {
        return new RegistryEntry(id, en, ko, new Aliases(enAliases, koAliases), null, null, null, null);
    }

    /** The English name followed by the English aliases. */
    public List<String> enNames() {
        return RegistryPerson.names(en, aliases.en());
    }

    /** The Korean name (if any) followed by the Korean aliases. */
    public List<String> koNames() {
        return RegistryPerson.names(ko, aliases.ko());
    }
}
