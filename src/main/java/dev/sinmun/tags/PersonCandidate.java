package dev.sinmun.tags;

import java.util.Set;

/** A person found in one article: a registry person (key {@code r:<id>}) or an unknown one. */
record PersonCandidate(String key, String id, String en, String ko, Set<String> surnames) {

    static PersonCandidate registry(RegistryPerson person) {
        return new PersonCandidate("r:" + person.id(), person.id(), person.en(), person.ko(),
                PersonNames.surnames(person));
    }

    /**
     * Someone who shares a registry person's name but, as the article describes them, is not that person (a citizen
     * quoted as "Kim Min-jae, 32, an office worker"): their own id, the name as written.
     */
    static PersonCandidate namesake(RegistryPerson person, String en, String ko) {
        return new PersonCandidate("n:" + person.id(), person.id() + Tags.NAMESAKE_ID_SUFFIX, en, ko,
                PersonNames.surnames(person));
    }

    boolean isNamesake() {
        return key.startsWith("n:");
    }
}
