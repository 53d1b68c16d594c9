package dev.sinmun.tags;

import dev.sinmun.model.PersonRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The person mentions found in one article: full names, and short ones (a surname, with or without a title) that
 * are resolved to a full name of the same article, or to the one registry person with that surname.
 */
final class PersonMentions {

    private record Hit(int position, String key, String role, boolean byline) {
    }

    private record ShortHit(int position, String surname, String role, boolean titled) {
    }

    private final Map<String, PersonCandidate> candidates = new LinkedHashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    private final List<ShortHit> shortHits = new ArrayList<>();
    private final List<ShortHit> unnamedCitizens = new ArrayList<>();
    private final Set<String> characters = new HashSet<>();
    private final String text;
    /** Where the headline ends and the text begins: a title given in the text wins over the headline's. */
    private final int textStart;
    private final Survivors survivors;
    private final RegistryNamesakes namesakes;

    /**
     * Mentions in an article's headline and text, the text starting at {@code textStart}; people the registry does
     * not know, named only untitled in the {@code survivors} sentences, are mourners, never tagged; a name several
     * registry people share is told apart by {@code namesakes}, from its title or the sentence of {@code text}
     * around it.
     */
    PersonMentions(String text, int textStart, Survivors survivors, RegistryNamesakes namesakes) {
        this.text = text;
        this.textStart = textStart;
        this.survivors = survivors;
        this.namesakes = namesakes;
    }

    void full(int position, PersonCandidate person, String role, boolean byline) {
        candidates.putIfAbsent(person.key(), person);
        hits.add(new Hit(position, person.key(), role, byline));
    }

    /** The unknown name of {@code person} is a role an actor plays ("IU plays Oh Ae-sun"): never a person. */
    void character(PersonCandidate person) {
        candidates.putIfAbsent(person.key(), person);
        characters.add(person.key());
    }

    void surname(int position, String surname, String role, boolean titled) {
        shortHits.add(new ShortHit(position, surname, role, titled));
    }

    /**
     * A citizen the text names only by surname ("a man surnamed Lee", "이모 씨"): never tagged, and the one a bare
     * surname after it ("Lee told…", "이 씨는") means until the article names someone of that surname again.
     */
    void unnamedCitizen(int position, String surname) {
        unnamedCitizens.add(new ShortHit(position, surname, null, false));
    }

    /**
     * Whether {@code word} is the family name of a foreign name of several words found so far ("엘리스 스테파닉"), so
     * that "스테파닉 의원" later refers to them.
     */
    boolean isForeignFamilyName(String word) {
        return candidates.values().stream().anyMatch(c -> c.ko() != null && c.ko().indexOf(' ') > 0
                && c.surnames().contains(word));
    }

    /** Whether the article refers to someone by {@code surname} and {@code title} ("김 전 의원은": "김", "의원"). */
    boolean hasTitledSurname(String surname, String title) {
        return shortHits.stream().anyMatch(s -> s.titled() && s.surname().equals(surname) && s.role() != null
                && s.role().endsWith(title));
    }

    /**
     * The people mentioned, in order of first mention, each with the first title the text gives them (the
     * headline's, "Samsung chief Lee Jae-yong", only when the text gives none); {@code month}
     * ({@code YYYY-MM}, or null) is when the article was posted, to tell apart registry people by their terms.
     */
    List<PersonRef> resolve(Map<String, List<RegistryPerson>> registryBySurname, String month) {
        tellNamesakesApart(month);
        for (ShortHit s : shortHits) {
            if (s.titled() && bySurname(s.surname()).isEmpty()) {
                List<RegistryPerson> known = registryBySurname.getOrDefault(s.surname(), List.of());
                if (known.size() > 1 || isCommonKoreanSurname(s.surname())) {
                    known = known.stream().filter(p -> roleFits(s.role(), p)).toList();
                    known = TitleHolders.narrow(known, s.role(), month);
                }
                if (known.size() == 1 && !TitleHolders.shared(known.get(0), s.role(), month, registryBySurname)) {
                    PersonCandidate person = PersonCandidate.registry(known.get(0));
                    candidates.putIfAbsent(person.key(), person);
                }
            }
        }
        List<Hit> all = new ArrayList<>(hits.stream().map(this::toNamesake).toList());
        for (ShortHit s : shortHits) {
            List<PersonCandidate> matches = bySurname(s.surname());
            if (matches.size() == 1 && !meansUnnamedCitizen(s, matches.get(0))) {
                all.add(new Hit(s.position(), matches.get(0).key(), shortRole(s, matches.get(0), registryBySurname),
                        false));
            }
        }
        all.sort(Comparator.comparingInt(Hit::position));
        Set<String> bylines = new HashSet<>();
        all.stream().filter(Hit::byline).forEach(h -> bylines.add(h.key()));
        Set<String> mourners = mourners(all);
        Map<String, String> roles = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Hit hit : all) {
            if (bylines.contains(hit.key()) || characters.contains(hit.key()) || mourners.contains(hit.key())) {
                continue;
            }
            if (!order.contains(hit.key())) {
                order.add(hit.key());
            }
            if (hit.role() != null && hit.position() >= textStart) {
                roles.putIfAbsent(hit.key(), hit.role());
            }
        }
        for (Hit hit : all) {
            if (hit.role() != null && hit.position() < textStart) {
                roles.putIfAbsent(hit.key(), hit.role());
            }
        }
        Map<String, PersonRef> byId = new LinkedHashMap<>();
        for (String key : order) {
            PersonCandidate c = candidates.get(key);
            byId.putIfAbsent(c.id(), new PersonRef(c.id(), c.en(), c.ko(), roles.get(key)));
        }
        return List.copyOf(byId.values());
    }

    /**
     * Gives each mention of a name several registry people share to the one its title and the article's month
     * point to: a mention whose title fits none of them, or none, to the one its sentence describes ("…, a former
     * prosecutor who chaired the Korea Communications Commission"), else the one a titled mention of the article chose, else to the one holding a role that month or
     * in office last before it; a mention that tells them apart in no way is dropped.
     */
    private void tellNamesakesApart(String month) {
        Map<String, Set<RegistryPerson>> chosenByTitle = new HashMap<>();
        for (Hit hit : hits) {
            if (sharedName(hit) && hit.role() != null) {
                RegistryPerson chosen = namesakes.choose(hit.key().substring(2), hit.role(), month);
                if (chosen != null) {
                    chosenByTitle.computeIfAbsent(hit.key(), k -> new HashSet<>()).add(chosen);
                }
            }
        }
        Set<String> written = new HashSet<>();
        List<Hit> told = new ArrayList<>();
        for (Hit hit : hits) {
            if (!sharedName(hit)) {
                told.add(hit);
                continue;
            }
            written.add(hit.key());
            String id = hit.key().substring(2);
            Set<RegistryPerson> titled = chosenByTitle.getOrDefault(hit.key(), Set.of());
            RegistryPerson chosen = namesakes.chooseByRole(id, hit.role(), month);
            if (chosen == null) {
                chosen = namesakes.described(id, Sentences.around(text, hit.position()));
            }
            if (chosen == null) {
                chosen = titled.size() == 1 ? titled.iterator().next() : namesakes.choose(id, hit.role(), month);
            }
            if (chosen != null) {
                PersonCandidate person = PersonCandidate.registry(chosen);
                candidates.putIfAbsent(person.key(), person);
                told.add(new Hit(hit.position(), person.key(), hit.role(), hit.byline()));
            }
        }
        written.stream().filter(key -> told.stream().noneMatch(h -> h.key().equals(key))).forEach(candidates::remove);
        hits.clear();
        hits.addAll(told);
    }

    private boolean sharedName(Hit hit) {
        return hit.key().startsWith("r:") && namesakes.shared(hit.key().substring(2));
    }

    /** The people the registry does not know whose every mention is untitled, in a sentence listing survivors. */
    private Set<String> mourners(List<Hit> all) {
        Set<String> outside = new HashSet<>();
        all.stream().filter(h -> h.role() != null || !survivors.covers(h.position()))
                .forEach(h -> outside.add(h.key()));
        Set<String> mourners = new HashSet<>();
        all.stream().map(Hit::key).filter(key -> !key.startsWith("r:") && !outside.contains(key))
                .forEach(mourners::add);
        return mourners;
    }

    /**
     * The title of a short mention ("노 관장"), unless it fits none of the registry roles of the person it resolves to
     * while the text titles that person otherwise ("노태우 전 대통령"): then it belongs to someone named otherwise.
     */
    private String shortRole(ShortHit s, PersonCandidate candidate,
                             Map<String, List<RegistryPerson>> registryBySurname) {
        if (s.role() == null || !candidate.key().startsWith("r:")
                || hits.stream().noneMatch(h -> h.key().equals(candidate.key()) && h.role() != null)) {
            return s.role();
        }
        return registryBySurname.getOrDefault(s.surname(), List.of()).stream()
                .filter(p -> p.id().equals(candidate.id()) && !p.roles().isEmpty())
                .anyMatch(p -> !roleFits(s.role(), p)) ? null : s.role();
    }

    /**
     * A registry person's name repeated without a title, in an article that describes a namesake of theirs, is the
     * namesake's; a titled mention ("Reform Party leader Lee Jun-seok") stays the registry person's.
     */
    private Hit toNamesake(Hit hit) {
        String namesake = "n:" + hit.key().substring(2);
        return hit.key().startsWith("r:") && hit.role() == null && candidates.containsKey(namesake)
                ? new Hit(hit.position(), namesake, hit.role(), hit.byline()) : hit;
    }

    /**
     * Whether the main word of a title ("Secretary" of "Deputy Secretary of State") appears in one of the person's
     * registry roles. A common surname ("Kim", "Lee", "최"), or one several registry people share, resolves only to
     * the one person whose roles fit the title ("President Moon" → the Moon whose role is President).
     */
    private static boolean roleFits(String role, RegistryPerson person) {
        return person.roles().stream().anyMatch(r -> roleFits(role, r));
    }

    /** Whether one registry role has the main word of the title {@code role}. */
    static boolean roleFits(String role, Role registryRole) {
        String head = head(role);
        return head != null && (endsWith(head(registryRole.en()), head) || endsWith(head(registryRole.ko()), head));
    }

    /** The main word of a title: the last word before "of", "for", "to" or "on" ("Secretary", "제1차관"). */
    private static String head(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String core = role.strip().replaceFirst("(?i) (?:nominee|designate|candidate|elect)$", "")
                .split(" (?:of|for|to|on) ", 2)[0];
        String[] words = core.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static boolean endsWith(String registryHead, String mentionHead) {
        return registryHead != null && registryHead.endsWith(mentionHead);
    }

    /** Common surnames ("Kim", "Lee", "최") are too ambiguous to resolve by uniqueness alone. */
    private static boolean isCommonKoreanSurname(String surname) {
        return EnglishLexicon.KOREAN_SURNAMES.contains(surname) || KoreanLexicon.isSurname(surname);
    }

    /** Whether the last mention of {@code s}'s surname before it is an unnamed citizen's, not {@code named}'s. */
    private boolean meansUnnamedCitizen(ShortHit s, PersonCandidate named) {
        int citizen = unnamedCitizens.stream()
                .filter(c -> c.surname().equals(s.surname()) && c.position() < s.position())
                .mapToInt(ShortHit::position).max().orElse(-1);
        return citizen >= 0 && hits.stream().noneMatch(h -> h.key().equals(named.key()) && h.position() > citizen
                && h.position() < s.position());
    }

    private List<PersonCandidate> bySurname(String surname) {
        return candidates.values().stream().filter(c -> c.surnames().contains(surname))
                .filter(c -> !candidates.containsKey("n:" + c.key().substring(2)) || c.isNamesake()).toList();
    }
}
