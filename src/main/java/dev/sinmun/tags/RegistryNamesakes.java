package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        RegistryPerson byRole = chooseByRole(id, role, month);
        if (byRole != null) {
            return byRole;
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

    /** The one of the people sharing {@code id}'s name whose roles {@code role} fits (narrowed by the month), or null. */
    RegistryPerson chooseByRole(String id, String role, String month) {
        if (role == null) {
            return null;
        }
        List<RegistryPerson> fitting = byId.get(id).stream()
                .filter(p -> p.roles().stream().anyMatch(r -> PersonMentions.roleFits(role, r))).toList();
        List<RegistryPerson> qualified = fitting.stream().filter(p -> qualifiersFit(role, p)).toList();
        fitting = TitleHolders.narrow(qualified.isEmpty() ? fitting : qualified, role, month);
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /**
     * The one of the people sharing {@code id}'s name whose roles only they hold the sentence names (a body such as
     * "Korea Communications Commission", "lawmaker" for a member of the National Assembly); null when none or
     * several are.
     */
    RegistryPerson described(String id, String sentence) {
        List<RegistryPerson> group = byId.get(id);
        Map<RegistryPerson, Set<String>> words = new HashMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (RegistryPerson person : group) {
            Set<String> own = roleWords(person);
            words.put(person, own);
            own.forEach(w -> holders.merge(w, 1, Integer::sum));
        }
        Set<String> said = new HashSet<>(List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        RegistryPerson best = null;
        int bestScore = 0;
        boolean tie = false;
        for (RegistryPerson person : group) {
            int score = (int) words.get(person).stream()
                    .filter(w -> holders.get(w) == 1 && (said.contains(w) || w.length() > 2 && sentence.contains(w)))
                    .count();
            if (score > bestScore) {
                best = person;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The words of a person's roles and their bodies (four letters or more, or a Hangul word), lower-case. */
    private static Set<String> roleWords(RegistryPerson person) {
        Set<String> words = new HashSet<>();
        for (Role role : person.roles()) {
            String all = String.join(" ", nullToEmpty(role.en()), nullToEmpty(role.org()), nullToEmpty(role.ko()));
            for (String word : all.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 || word.length() >= 2 && word.chars().allMatch(KoreanLexicon::isHangul)) {
                    words.add(word);
                }
            }
            if (nullToEmpty(role.en()).contains("National Assembly")) {
                words.addAll(EnglishLexicon.LAWMAKER_WORDS);
            }
        }
        return words;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
