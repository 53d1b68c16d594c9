package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.List;

/** One entry of {@code registry/people.yml}: the canonical names of a person, their aliases and roles. */
public record RegistryPerson(
        String id,
        String en,
        String ko,
        Aliases aliases,
        List<Role> roles,
        String country,
        String wikidata) {

    public RegistryPerson {
        aliases = aliases == null ? Aliases.none() : aliases;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static RegistryPerson of(String id, String en, String ko, List<String> enAliases, List<String> koAliases) {
        return new RegistryPerson(id, en, ko, new Aliases(enAliases, koAliases), List.of(), null, null);
    }

    /** The English name followed by the English aliases. */
    public List<String> enNames() {
        return names(en, aliases.en());
    }

    /** The Korean name (if any) followed by the Korean aliases. */
    public List<String> koNames() {
        return names(ko, aliases.ko());
    }

    static List<String> names(String first, List<String> more) {
        List<String> all = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            all.add(first.strip());
        }
        all.addAll(more);
        return List.copyOf(all);
    }
}
