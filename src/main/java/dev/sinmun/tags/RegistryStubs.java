package dev.sinmun.tags;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.ingest.KoreanRomanizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Appends stub entries for unknown people and organisations to {@code people.yml} and {@code organizations.yml},
 * with {@code ko: null} for the editor to fill. Only appends: what the files hold (entries, comments) is never
 * rewritten. A name without an English spelling is appended commented out, since {@code en} is required; an English
 * name romanised from the Hangul one says so, for the editor to check the spelling the person uses.
 */
public final class RegistryStubs {

    /** How many stubs went into each file. */
    public record Written(int people, int organizations) {
    }

    private final Path registryDir;
    private final KoreanRomanizer korean = new KoreanRomanizer();

    public RegistryStubs(Path registryDir) {
        this.registryDir = registryDir;
    }

    public Written append(Registry registry, List<UnknownTags.Unknown> unknowns) {
        Set<String> taken = takenNames(registry);
        StringBuilder people = new StringBuilder();
        StringBuilder organizations = new StringBuilder();
        int peopleCount = 0;
        int organizationCount = 0;
        for (UnknownTags.Unknown u : unknowns) {
            if (taken.contains(fold(u.en())) || taken.contains(fold(u.ko())) || !taken.add("id:" + u.id())) {
                continue;
            }
            if (u.kind() == UnknownTags.Kind.PERSON) {
                people.append(personStub(u));
                peopleCount++;
            } else {
                organizations.append(organizationStub(u));
                organizationCount++;
            }
        }
        appendTo(registryDir.resolve("people.yml"), people);
        appendTo(registryDir.resolve("organizations.yml"), organizations);
        return new Written(peopleCount, organizationCount);
    }

    private static Set<String> takenNames(Registry registry) {
        Set<String> taken = new HashSet<>();
        registry.people().forEach(p -> {
            taken.add("id:" + p.id());
            p.enNames().forEach(n -> taken.add(fold(n)));
            p.koNames().forEach(n -> taken.add(fold(n)));
        });
        registry.organizations().forEach(o -> {
            taken.add("id:" + o.id());
            o.enNames().forEach(n -> taken.add(fold(n)));
            o.koNames().forEach(n -> taken.add(fold(n)));
        });
        taken.remove(fold(null));
        return taken;
    }

    private static String fold(String name) {
        return name == null ? "\u0000" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ");
    }

    private String personStub(UnknownTags.Unknown u) {
        StringBuilder out = new StringBuilder();
        if (u.en() == null) {
            out.append("# Fill in 'en' (required), then remove the '# ' before each line of this entry:\n");
        }
        out.append("- id: ").append(u.id()).append('\n')
                .append("  en: ").append(scalar(u.en())).append('\n')
                .append("  ko: ").append(scalar(u.ko())).append('\n')
                .append("  aliases:\n    en: []\n    ko: []\n")
                .append("  roles: []\n");
        if (u.en() != null && u.ko() != null && u.en().equals(korean.personalName(u.ko()))) {
            out.append("  # en romanised from the Hangul: check the spelling this person uses\n");
        }
        if (u.role() != null) {
            out.append("  # seen as: ").append(u.role().replace('\n', ' ')).append('\n');
        }
        out.append("  country: null\n  wikidata: null\n");
        return finish(out, u.en() == null);
    }

    private static String organizationStub(UnknownTags.Unknown u) {
        StringBuilder out = new StringBuilder()
                .append("- id: ").append(u.id()).append('\n')
                .append("  en: ").append(scalar(u.en())).append('\n')
                .append("  ko: ").append(scalar(u.ko())).append('\n')
                .append("  aliases:\n    en: []\n    ko: []\n")
                .append("  kind: null\n  country: null\n  description: {en: null, ko: null}\n  wikidata: null\n");
        return finish(out, u.en() == null);
    }

    private static String finish(StringBuilder entry, boolean commentedOut) {
        if (!commentedOut) {
            return "\n" + entry;
        }
        StringBuilder out = new StringBuilder("\n");
        for (String line : entry.toString().split("\n")) {
            out.append(line.startsWith("#") ? line : "# " + line).append('\n');
        }
        return out.toString();
    }

    private static String scalar(String value) {
        if (value == null) {
            return "null";
        }
        boolean plain = value.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .\\-]*[\\p{L}\\p{N}.]|[\\p{L}\\p{N}]")
                && !value.matches("(?i)null|true|false|yes|no|on|off|~");
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void appendTo(Path file, StringBuilder stubs) {
        if (stubs.isEmpty()) {
            return;
        }
        try {
            String existing = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
            String header = "\n# Stubs added by 'sinmun tags --unknown --write': check each entry, fill in ko (null "
                    + "until known), aliases and roles.\n";
            Files.createDirectories(file.getParent());
            Files.writeString(file, separator + header + stubs, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(file, "cannot append to the registry file: " + e.getMessage(),
                    "check that it is writable"), e);
        }
    }
}
