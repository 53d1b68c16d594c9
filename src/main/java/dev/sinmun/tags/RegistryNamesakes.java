package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Registry people who share a name ("김성환", the foreign minister of 2010 and the environment minister of 2025):
 * a mention of that name is told apart by the title it is given and the date of the article.
 */
final class RegistryNamesakes {

    private final Map<String, List<RegistryPerson>> byId = new HashMap<>();

    RegistryNamesakes(Registry registry) {
        Map<String, Set<RegistryPerson>> byName = new HashMap<>();
        for (RegistryPerson person : registry.people()) {
            for (String name : names(person)) {
                byName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(person);
            }
        }
        for (Set<RegistryPerson> group : byName.values()) {
            if (group.size() > 1) {
                for (RegistryPerson person : group) {
                    List<RegistryPerson> all = byId.computeIfAbsent(person.id(), id -> new ArrayList<>());
                    group.stream().filter(p -> !all.contains(p)).forEach(all::add);
                }
            }
        }
    }

    /** Whether another registry person shares a name with {@code id}'s. */
    boolean shared(String id) {
        return byId.containsKey(id);
    }

    /**
     * Which of the people sharing {@code id}'s name a mention names: the one whose role fits {@code role} (then, of
     * several, the one holding it in {@code month}), else the one who held office last by {@code month}; null when
     * neither tells them apart.
     */
    RegistryPerson choose(String id, String role, String month) {
        List<RegistryPerson> group = byId.get(id);
        if (role != null) {
            List<RegistryPerson> fitting = group.stream()
                    .filter(p -> p.roles().stream().anyMatch(r -> PersonMentions.roleFits(role, r))).toList();
            List<RegistryPerson> qualified = fitting.stream().filter(p -> qualifiersFit(role, p)).toList();
            fitting = TitleHolders.narrow(qualified.isEmpty() ? fitting : qualified, role, month);
            if (fitting.size() == 1) {
                return fitting.get(0);
            }
        }
        if (month == null) {
            return null;
        }
        Map<RegistryPerson, String> lastInOffice = new HashMap<>();
        for (RegistryPerson person : group) {
            person.roles().stream().filter(r -> r.from() == null || r.from().compareTo(month) <= 0)
                    .map(r -> r.to() == null || r.to().compareTo(month) >= 0 ? month : r.to())
                    .max(String::compareTo).ifPresent(last -> lastInOffice.put(person, last));
        }
        String latest = lastInOffice.values().stream().max(String::compareTo).orElse(null);
        List<RegistryPerson> latestInOffice = group.stream()
                .filter(p -> latest != null && latest.equals(lastInOffice.get(p))).toList();
        return latestInOffice.size() == 1 ? latestInOffice.get(0) : null;
    }

    /**
     * Whether every word of the title before its last ("환경부" of "환경부 장관", "Environment" of "Environment
     * Minister"), "former" aside, is in one of the person's roles.
     */
    private static boolean qualifiersFit(String role, RegistryPerson person) {
        String[] words = role.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return person.roles().stream().anyMatch(r -> {
            String text = (r.en() + " " + r.ko() + " " + r.org()).toLowerCase(Locale.ROOT);
            for (int k = 0; k < words.length - 1; k++) {
                if (!KoreanLexicon.isFormer(words[k]) && !words[k].equals("former") && !text.contains(words[k])) {
                    return false;
                }
            }
            return words.length > 1;
        });
    }

    private static Set<String> names(RegistryPerson person) {
        Set<String> names = new LinkedHashSet<>();
        person.enNames().forEach(n -> names.add(n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ")));
        names.addAll(person.koNames());
        return names;
    }
}
