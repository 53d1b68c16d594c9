package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people in Hangul text: registry Korean names and aliases with particles attached ("최종건은"), unknown
 * three-syllable names followed by a title ("홍길동 대변인은"), and a surname with a title ("최 차관은").
 */
final class KoreanPersonFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{IsHangul}0-9]+|[美北中日韓露英]");
    private static final int MAX_BETWEEN = 3;
    private static final Pattern ASIDE = Pattern.compile("\\([^()\\n]{1,12}\\)");

    private record Word(String text, int start, boolean joined) {
    }

    private record KoName(List<String> words, RegistryPerson person) {
    }

    private record Title(String role, boolean byline, int end) {
    }

    private final Map<String, List<KoName>> registryByFirstWord = new HashMap<>();
    private final Map<String, List<RegistryPerson>> byForeignFamilyName = new HashMap<>();
    /** Korean names of the registry's organisations and places ("하이브", "한남동"): never a person's name. */
    private final Set<String> institutions = new HashSet<>();
    private final PersonNames names;

    KoreanPersonFinder(Registry registry, PersonNames names) {
        this.names = names;
        for (RegistryPerson person : registry.people()) {
            person.koNames().stream().map(n -> PersonNames.foreignFamilyName(n, person.country()))
                    .filter(java.util.Objects::nonNull).distinct()
                    .forEach(f -> byForeignFamilyName.computeIfAbsent(f, k -> new ArrayList<>()).add(person));
            for (String name : person.koNames()) {
                List<String> words = split(name).stream().map(Word::text).toList();
                if (!words.isEmpty()) {
                    registryByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                            .add(new KoName(words, person));
                }
            }
        }
        registry.organizations().forEach(o -> institutions.addAll(o.koNames()));
        registry.places().forEach(p -> institutions.addAll(p.koNames()));
        registryByFirstWord.values().forEach(list -> list.sort(
                (a, b) -> Integer.compare(b.words().size(), a.words().size())));
    }

    void find(String text, PersonMentions mentions) {
        List<Word> words = split(text);
        Set<String> unknown = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            i = findAt(words, i, mentions, unknown);
        }
        for (Word word : words) {
            for (String name : unknown) {
                if (word.text().startsWith(name) && KoreanLexicon.isParticles(word.text().substring(name.length()))) {
                    mentions.full(word.start(), unknownPerson(name), null, false);
                }
            }
        }
    }

    private int findAt(List<Word> words, int i, PersonMentions mentions, Set<String> unknown) {
        Word word = words.get(i);
        for (int n = word.text().length(); n >= 1; n--) {
            for (KoName name : registryByFirstWord.getOrDefault(word.text().substring(0, n), List.of())) {
                int end = matchRegistry(words, i, n, name.words());
                if (end > i) {
                    String last = words.get(end - 1).text();
                    boolean bare = last.equals(name.words().get(name.words().size() - 1));
                    Title title = bare ? titleAfter(words, end) : null;
                    mentions.full(word.start(), PersonCandidate.registry(name.person()),
                            title == null ? null : title.role(), title != null && title.byline());
                    return title == null ? end : title.end();
                }
            }
        }
        if (foreignFamilyName(words, i, mentions)) {
            return i + 1;
        }
        if (KoreanLexicon.looksLikeName(word.text()) && !givenNameOfForeigner(words, i)
                && !institutions.contains(word.text())) {
            Title title = titleAfter(words, i + 1);
            if (title != null) {
                unknown.add(word.text());
                mentions.full(word.start(), unknownPerson(word.text()), title.role(), title.byline());
                return title.end();
            }
        }
        if (KoreanLexicon.isSurname(word.text()) && !KoreanLexicon.isTimeQualifier(word.text())) {
            Title title = titleAfter(words, i + 1);
            if (title != null) {
                mentions.surname(word.start(), word.text(), title.role(), true);
            }
        }
        return i + 1;
    }

    /**
     * The Hangul family name of a foreign registry person, particles allowed: with a title ("비건 부장관은") a short
     * mention resolved later; alone, the person when the name is distinctive (three syllables or more) and only one
     * registry person has it ("트럼프는"), else a short mention resolved within the article.
     */
    private boolean foreignFamilyName(List<Word> words, int i, PersonMentions mentions) {
        String text = words.get(i).text();
        for (int n = text.length(); n >= 2; n--) {
            List<RegistryPerson> people = byForeignFamilyName.get(text.substring(0, n));
            if (people == null || !KoreanLexicon.isParticles(text.substring(n))) {
                continue;
            }
            String family = text.substring(0, n);
            Title title = titleAfter(words, i + 1);
            if (title != null) {
                mentions.surname(words.get(i).start(), family, title.role(), true);
            } else if (family.length() >= 3 && people.size() == 1) {
                mentions.full(words.get(i).start(), PersonCandidate.registry(people.get(0)), null, false);
            } else {
                mentions.surname(words.get(i).start(), family, null, false);
            }
            return true;
        }
        return false;
    }

    /** "아베 신조 총리": a two-syllable word after a foreign family name is a given name, not a Korean name. */
    private static boolean givenNameOfForeigner(List<Word> words, int i) {
        if (words.get(i).text().length() != 2 || i == 0 || !words.get(i).joined()) {
            return false;
        }
        String previous = words.get(i - 1).text();
        return previous.length() >= 2 && previous.chars().allMatch(KoreanLexicon::isHangul)
                && !KoreanLexicon.isNationality(previous) && !KoreanLexicon.isOrganisation(previous)
                && KoreanLexicon.title(previous) == null && !KoreanLexicon.looksLikeName(previous);
    }

    /** The end (exclusive) of {@code name} at word {@code i} whose first word is {@code firstLength} long, or i. */
    private static int matchRegistry(List<Word> words, int i, int firstLength, List<String> name) {
        if (name.size() == 1) {
            return KoreanLexicon.isParticles(words.get(i).text().substring(firstLength)) ? i + 1 : i;
        }
        if (firstLength != words.get(i).text().length() || i + name.size() > words.size()) {
            return i;
        }
        for (int k = 1; k < name.size(); k++) {
            Word w = words.get(i + k);
            String part = name.get(k);
            boolean last = k == name.size() - 1;
            boolean ok = w.joined() && (last
                    ? w.text().startsWith(part) && KoreanLexicon.isParticles(w.text().substring(part.length()))
                    : w.text().equals(part));
            if (!ok) {
                return i;
            }
        }
        return i + name.size();
    }

    /** The title right after a name, possibly behind a nationality or organisation ("미 국무부 부장관"). */
    private static Title titleAfter(List<Word> words, int j) {
        List<String> orgs = new ArrayList<>();
        for (int k = j; k < words.size() && k <= j + MAX_BETWEEN; k++) {
            Word w = words.get(k);
            if (!w.joined()) {
                return null;
            }
            String title = KoreanLexicon.title(w.text());
            if (title != null) {
                orgs.add(title);
                String role = KoreanLexicon.isHonorific(title) ? null : String.join(" ", orgs);
                return new Title(role, KoreanLexicon.isBylineTitle(title), k + 1);
            }
            if (KoreanLexicon.isFormer(w.text())) {
                orgs.add(w.text());
                continue;
            }
            if (KoreanLexicon.isNationality(w.text())) {
                continue;
            }
            boolean company = k == j && KoreanLexicon.isAffiliation(w.text()) && k + 1 < words.size()
                    && words.get(k + 1).joined()
                    && KoreanLexicon.isCompanyTitle(KoreanLexicon.title(words.get(k + 1).text()));
            if (!company && !KoreanLexicon.isOrganisation(w.text())) {
                return null;
            }
            orgs.add(w.text());
        }
        return null;
    }

    private PersonCandidate unknownPerson(String name) {
        String surname = PersonNames.koreanSurname(name);
        return new PersonCandidate("k:" + name, names.koreanId(name), names.koreanEnglishName(name), name,
                surname == null ? Set.of() : Set.of(surname));
    }

    /** Words of Hangul text; a short aside in brackets ("최종건(사진) 차관") counts as a space. */
    private static List<Word> split(String text) {
        Matcher aside = ASIDE.matcher(text);
        StringBuilder blanked = new StringBuilder(text);
        while (aside.find()) {
            for (int k = aside.start(); k < aside.end(); k++) {
                blanked.setCharAt(k, ' ');
            }
        }
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(blanked);
        int previousEnd = -1;
        while (m.find()) {
            boolean joined = previousEnd >= 0 && previousEnd < m.start()
                    && blanked.substring(previousEnd, m.start()).chars().allMatch(c -> c == ' ');
            words.add(new Word(m.group(), m.start(), joined));
            previousEnd = m.end();
        }
        return words;
    }
}
