package dev.sinmun.tags;

import java.util.List;

/** One entry of {@code registry/topics.yml}: the canonical names of a topic and their aliases. */
public record RegistryTopic(String id, String en, String ko, Aliases aliases, Description description) {

    public RegistryTopic {
        aliases = aliases == null ? Aliases.none() : aliases;
    }

    public static RegistryTopic of(String id, String en, String ko, List<String> enAliases, List<String> koAliases) {
        return new RegistryTopic(id, en, ko, new Aliases(enAliases, koAliases), null);
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
