package dev.sinmun.tags;

import java.util.Set;

/** A person found in one article: a registry person (key {@code r:<id>}) or an unknown one. */
record PersonCandidate(String key, String id, String en, String ko, Set<String> surnames) {

    static PersonCandidate registry(RegistryPerson person) {
        return new PersonCandidate("r:" + person.id(), person.id(), person.en(), person.ko(),
                PersonNames.surnames(person));
    }
}
