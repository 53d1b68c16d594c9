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
import java.util.stream.Stream;

/**
 * Finds people in Hangul text: registry Korean names and aliases with particles attached ("최종건은"), unknown
 * three-syllable names followed by a title ("홍길동 대변인은") or by an age or team in brackets ("김우진(32)"),
 * and a surname with a title ("최 차관은").
 */
final class KoreanPersonFinder {

    private static final Pattern WORD = Pattern.compile(
            "\\d{1,2}·\\d{1,2}(?![0-9·])|(?<![A-Za-z])[A-Za-z]*+[\\p{IsHangul}0-9]+|[美北中日韓露英]|\\b[A-Z][A-Z0-9]{1,5}\\b");
    private static final int MAX_BETWEEN = 3;
    /** "Jr." after a Western family name ("멜 로하스 주니어"): part of the name. */
    private static final String JUNIOR = "주니어";
    /** Words an organisation of several words may take between a sure name and its title ("아트센터 나비 관장"). */
    private static final int MAX_ORGANISATION_WORDS = 4;
    /** Date-named events ("10·29 이태원참사"), as a body of several words may begin. */
    private static final Pattern DATE_NAME = Pattern.compile("\\d{1,2}·\\d{1,2}");
    /** Words that join the parts of a body's name ("쿠웨이트 주재 대사대리", "위원회 산하 단장"). */
    private static final Set<String> ORGANISATION_JOINERS = Set.of("주재", "산하", "소속");
    /** Final syllables of verb and adjective forms ("강력한", "새로운"), never an organisation word's. */
    private static final String MODIFIER_ENDINGS = "한던운된난는";
    private static final int MAX_LISTED_NAMES = 12;
    /** Korean family names have one or two syllables: a longer one that reads as Japanese is Japanese ("미즈시마"). */
    private static final int MIN_JAPANESE_ONLY_FAMILY_NAME = 3;
    private static final Pattern LIST_SEPARATOR = Pattern.compile(" *[,·] *");
    private static final Pattern ASIDE = Pattern.compile("\\([^()\\n]{1,20}\\)");
    private static final Pattern MATCH_HALF = Pattern.compile("(?:연장)?(?:전반|후반)(?:전)?|연장");
    private static final Pattern MATCH_MINUTE = Pattern.compile("\\d{1,3}분(?:에|께|만에)?");
    private static final Pattern LATIN_ASIDE = Pattern.compile("[A-Z][A-Za-z0-9&.-]{0,9}");
    /** A person's name in Latin letters, two to four capitalised words ("Mats Malm", "Carl XVI Gustaf"). */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][\\p{L}'.-]+(?: [A-Z][\\p{L}'.-]*){1,3}");
    /** A person's name spelt out in brackets: capitalised words in lower case after the capital ("Mark Carney"). */
    private static final Pattern SPELT_NAME = Pattern.compile("[A-Z]\\p{Ll}[\\p{L}'-]*(?: [A-Z]\\p{Ll}[\\p{L}'-]*){1,2}");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}(?:세)?(?:[·,] ?[^()]+)?");

    /**
     * A word, Latin letters glued before it kept ("SK하이닉스", "AI인프라"); {@code aside} is the text of a bracket
     * right after it ("김우진(32)": "32"), or null; {@code listed}: only a comma or "·" stands before it.
     */
    private record Word(String text, int start, boolean joined, String aside, boolean listed) {
    }

    private record KoName(List<String> words, RegistryPerson person) {
    }

    private record Title(String title, String role, boolean byline, int end) {
    }

    /** The particles that end a subject or an object ("스테파닉이", "놈은"): the name ends there, and no title follows it. */
    private static final Pattern SUBJECT_PARTICLE = Pattern.compile("이|가|은|는|을|를|의|과|와|도|에게");
    private static final int MAX_FOREIGN_PLACE = 8;

    /** A name ending as organisation words do, with its title, held until a short mention confirms it. */
    private record HeldName(int position, String name, Title title) {
    }

    private final Map<String, List<KoName>> registryByFirstWord = new HashMap<>();
    private final Map<String, List<RegistryPerson>> byForeignFamilyName = new HashMap<>();
    /** Three-syllable Korean registry names by their given name ("주애" → "김주애"). */
    private final Map<String, Set<String>> byGivenName = new HashMap<>();
    /** Korean names of the registry's organisations and places ("하이브", "한남동"): never a person's name. */
    private final Set<String> institutions = new HashSet<>();
    /** "주유엔 대사", "주인도 대사관": 駐 before a country or international body, where an envoy serves, not a name. */
    private static final String STATIONED_AT = "주";
    /** Registry people by the key of each English name ("markcarney"), for a Latin spelling given in brackets. */
    private final Map<String, RegistryPerson> byEnglishKey = new HashMap<>();
    private final PersonNames names;

    KoreanPersonFinder(Registry registry, PersonNames names) {
        this.names = names;
        for (RegistryPerson person : registry.people()) {
            person.koNames().stream().map(n -> PersonNames.foreignFamilyName(n, person.country()))
                    .filter(java.util.Objects::nonNull).distinct()
                    .forEach(f -> byForeignFamilyName.computeIfAbsent(f, k -> new ArrayList<>()).add(person));
            person.koNames().stream().filter(n -> n.length() == 3 && KoreanLexicon.isSurname(n.substring(0, 1)))
                    .forEach(n -> byGivenName.computeIfAbsent(n.substring(1), k -> new HashSet<>()).add(n));
            for (String name : person.koNames()) {
                List<String> words = split(name).stream().map(Word::text).toList();
                if (!words.isEmpty()) {
                    registryByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                            .add(new KoName(words, person));
                }
            }
        }
        for (RegistryPerson person : registry.people()) {
            person.enNames().forEach(n -> byEnglishKey.putIfAbsent(PersonNames.key(n), person));
        }
        registry.organizations().forEach(o -> institutions.addAll(o.koNames()));
        registry.places().forEach(p -> institutions.addAll(p.koNames()));
        Stream.concat(registry.places().stream().filter(p -> "country".equals(p.kind())),
                        registry.organizations().stream().filter(o -> "international".equals(o.kind())))
                .flatMap(e -> e.koNames().stream()).forEach(n -> institutions.add(STATIONED_AT + n));
        registryByFirstWord.values().forEach(list -> list.sort(
                (a, b) -> Integer.compare(b.words().size(), a.words().size())));
    }

    void find(String text, PersonMentions mentions) {
        List<Word> words = split(text);
        Set<String> unknown = new LinkedHashSet<>();
        ShortNames shortNames = new ShortNames();
        List<HeldName> held = new ArrayList<>();
        boolean sports = SportsClubs.isAboutSports(text);
        scan(words, mentions, unknown, shortNames, held, sports);
        for (List<Word> aside : asides(text)) {
            scan(aside, mentions, unknown, shortNames, held, sports);
            titleBeforeName(aside, mentions, unknown);
        }
        bracketedNames(words, mentions, unknown);
        namesListedWithKnownPeople(words, mentions, unknown);
        shortNames.confirmed(mentions, text);
        confirmHeld(held, mentions, unknown);
        for (Word word : words) {
            for (String name : unknown) {
                if (word.text().startsWith(name) && KoreanLexicon.isParticles(word.text().substring(name.length()))) {
                    mentions.full(word.start(), unknownPerson(name), null, false);
                }
            }
        }
    }

    /**
     * A name in brackets after the place or body it holds or won ("광주(강기정), 전남(김영록)"): after a registry
     * place or organisation, or in a list of two or more such pairs.
     */
    private void bracketedNames(List<Word> words, PersonMentions mentions, Set<String> unknown) {
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (!isBracketedName(word)) {
                continue;
            }
            boolean inList = i > 0 && word.listed() && isBracketedName(words.get(i - 1))
                    || i + 1 < words.size() && words.get(i + 1).listed() && isBracketedName(words.get(i + 1));
            if (!inList && !institutions.contains(word.text())) {
                continue;
            }
            String name = word.aside();
            int position = word.start() + word.text().length() + 1;
            RegistryPerson known = registryByFirstWord.getOrDefault(name, List.of()).stream()
                    .filter(n -> n.words().size() == 1).map(KoName::person).findFirst().orElse(null);
            if (known != null) {
                mentions.full(position, PersonCandidate.registry(known), null, false);
            } else {
                unknown.add(name);
                mentions.full(position, unknownPerson(name), null, false);
            }
        }
    }

    /**
     * "아이유, 박보검, 문소리, 박해준과": in a list of three or more words where most are registry people's names, a
     * three-syllable word that reads as a Korean name (particles allowed) is a person too.
     */
    private void namesListedWithKnownPeople(List<Word> words, PersonMentions mentions, Set<String> unknown) {
        int from = 0;
        while (from < words.size()) {
            int to = from + 1;
            while (to < words.size() && words.get(to).listed()) {
                to++;
            }
            List<Word> items = words.subList(from, to);
            long known = items.stream().filter(this::isListedPerson).count();
            if (items.size() >= 3 && known >= 2 && known * 2 >= items.size()) {
                for (Word item : items) {
                    String text = item.text();
                    String name = text.length() >= 3 ? text.substring(0, 3) : text;
                    if (!isListedPerson(item) && text.length() >= 3 && isListedName(name)
                            && KoreanLexicon.isParticles(text.substring(3)) && !registryByFirstWord.containsKey(name)) {
                        unknown.add(name);
                        mentions.full(item.start(), unknownPerson(name), null, false);
                    }
                }
            }
            from = to;
        }
    }

    /** A list item that is a registry person's one-word Korean name, particles allowed. */
    private boolean isListedPerson(Word item) {
        String text = item.text();
        for (int n = text.length(); n >= 2; n--) {
            String head = text.substring(0, n);
            if (KoreanLexicon.isParticles(text.substring(n)) && registryByFirstWord.getOrDefault(head, List.of())
                    .stream().anyMatch(k -> k.words().size() == 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBracketedName(Word word) {
        return word.aside() != null && word.aside().length() == 3 && KoreanLexicon.looksLikeName(word.aside())
                && !institutions.contains(word.aside()) && word.text().chars().allMatch(KoreanLexicon::isHangul);
    }

    /** An aside that is a title and a name, as courts are reported ("(부장판사 지귀연)"). */
    private void titleBeforeName(List<Word> aside, PersonMentions mentions, Set<String> unknown) {
        if (aside.size() == 2 && aside.get(1).joined() && aside.get(1).text().length() == 3
                && KoreanLexicon.title(aside.get(0).text()) != null && KoreanLexicon.looksLikeName(aside.get(1).text())
                && !institutions.contains(aside.get(1).text())) {
            unknown.add(aside.get(1).text());
            mentions.full(aside.get(1).start(), unknownPerson(aside.get(1).text()), aside.get(0).text(), false);
        }
    }

    private void scan(List<Word> words, PersonMentions mentions, Set<String> unknown, ShortNames shortNames,
                      List<HeldName> held, boolean sports) {
        int i = 0;
        while (i < words.size()) {
            i = findAt(words, i, mentions, unknown, shortNames, held, sports);
        }
    }

    /**
     * A name ending as organisation words do ("김두관 전 의원"), or of two syllables before a title that often follows
     * a noun ("박단 비상대책위원장"), is a person when the article also refers to them by surname and the same title
     * ("김 전 의원은", "박 위원장은"), as it never refers to an organisation or a group ("정보국 국장", "유족 대표").
     */
    private void confirmHeld(List<HeldName> held, PersonMentions mentions, Set<String> unknown) {
        for (HeldName name : held) {
            String surname = surnameOf(name.name());
            if (surname != null && mentions.hasTitledSurname(surname, name.title().title())) {
                unknown.add(name.name());
                mentions.full(name.position(), unknownPerson(name.name(), surname), name.title().role(),
                        name.title().byline());
            }
        }
    }

    /**
     * Two-syllable registry names ("조국", "서훈") and one-syllable stage names ("진") are also common words
     * ("fatherland", "decoration"): one counts only when the article names that person with some context (a title,
     * "씨", an age, hanja or a real name in brackets, a title, family word or their group before it) at least once,
     * or names another member of a group the person belongs to ("블랙핑크 로제가 … 제니와 리사").
     */
    private static final class ShortNames {
        private record Pending(int position, RegistryPerson person) {
        }

        private final List<Pending> pending = new ArrayList<>();
        private final Set<String> confirmed = new HashSet<>();
        /** Group roles ("방탄소년단 멤버") of the registry people the article surely names. */
        private final Set<String> groupsSeen = new HashSet<>();
        /** Where the article surely names a person of a group role, by role. */
        private final Map<String, List<Integer>> seenAt = new HashMap<>();

        void seen(int position, RegistryPerson person) {
            groupRoles(person).forEach(role -> {
                groupsSeen.add(role);
                seenAt.computeIfAbsent(role, r -> new ArrayList<>()).add(position);
            });
        }

        boolean isShort(KoName name) {
            String word = name.words().get(0);
            return name.words().size() == 1 && word.chars().allMatch(KoreanLexicon::isHangul)
                    && (word.length() == 1 || word.length() == 2 && KoreanLexicon.isSurname(word.substring(0, 1)));
        }

        void confirm(RegistryPerson person) {
            confirmed.add(person.id());
        }

        void hold(int position, RegistryPerson person) {
            pending.add(new Pending(position, person));
        }

        /**
         * Records the pending names the article confirms: named with context elsewhere, or beside their group or
         * another of its members in the same paragraph ("정국과 지민이", not "정국 경색" paragraphs away from BTS).
         */
        void confirmed(PersonMentions mentions, String text) {
            pending.stream().filter(p -> confirmed.contains(p.person().id()) || groupRoles(p.person())
                            .anyMatch(role -> groupsSeen.contains(role) && text.contains(group(role))
                                    && besideGroup(text, p, role)))
                    .forEach(p -> mentions.full(p.position(), PersonCandidate.registry(p.person()), null, false));
        }

        private boolean besideGroup(String text, Pending name, String role) {
            int from = text.lastIndexOf("\n\n", name.position()) + 1;
            int to = text.indexOf("\n\n", name.position());
            int end = to < 0 ? text.length() : to;
            return text.substring(from, end).contains(group(role))
                    || seenAt.getOrDefault(role, List.of()).stream().anyMatch(at -> at >= from && at < end)
                    || pending.stream().anyMatch(other -> other != name && other.position() >= from
                            && other.position() < end && groupRoles(other.person()).anyMatch(role::equals));
        }
    }

    /**
     * "리사 연구원", "지수 교수": a registry person known by one word whose short name stands before an everyday title
     * is someone else called by given name.
     */
    private static boolean isStageName(RegistryPerson person) {
        return person.en() != null && person.en().indexOf(' ') < 0;
    }

    /** A person's roles of two words or more in Korean, the first naming the group or body ("방탄소년단 멤버"). */
    private static Stream<String> groupRoles(RegistryPerson person) {
        return person.roles().stream().map(Role::ko).filter(ko -> ko != null && ko.indexOf(' ') > 0);
    }

    private static String group(String role) {
        return role.substring(0, role.indexOf(' '));
    }

    /** Whether the word before word i names a group or body of the person's roles ("블랙핑크 로제", "뉴진스의 민지"). */
    private static boolean afterGroup(List<Word> words, int i, RegistryPerson person) {
        if (i == 0 || !words.get(i).joined()) {
            return false;
        }
        String previous = words.get(i - 1).text();
        return groupRoles(person).map(KoreanPersonFinder::group).anyMatch(
                g -> previous.startsWith(g) && KoreanLexicon.isParticles(previous.substring(g.length())));
    }

    /** With {@code sports}, a KBO club's name before a name is the player's team, as a calling is. */
    private int findAt(List<Word> words, int i, PersonMentions mentions, Set<String> unknown, ShortNames shortNames,
                       List<HeldName> held, boolean sports) {
        Word word = words.get(i);
        for (int n = word.text().length(); n >= 1; n--) {
            for (KoName name : registryByFirstWord.getOrDefault(word.text().substring(0, n), List.of())) {
                int end = matchRegistry(words, i, n, name.words());
                if (end > i) {
                    String last = words.get(end - 1).text();
                    boolean bare = last.equals(name.words().get(name.words().size() - 1));
                    Title title = bare ? titleAfter(words, end, true) : null;
                    if (bare && title == null && isListedName(last)) {
                        title = listTitle(words, end - 1);
                    }
                    if (shortNames.isShort(name)) {
                        if (title != null && isStageName(name.person())
                                && KoreanLexicon.isEverydayTitle(title.title()) && !afterGroup(words, i, name.person())) {
                            return title.end();
                        }
                        if (title == null && !hasContext(words, i, n) && !afterGroup(words, i, name.person())
                                || citizenCalled(words, i, n, title) && SectorMismatch.onlyPublic(name.person())
                                        && !describedAsCitizen(words, i, name.person())) {
                            shortNames.hold(word.start(), name.person());
                            return title == null ? end : title.end();
                        }
                        shortNames.confirm(name.person());
                    }
                    boolean namesake = describedAsCitizen(words, i, name.person())
                            || title != null && SectorMismatch.contradicts(title.role(), name.person())
                            || title == null && playing(words, end)
                                    && SectorMismatch.contradicts("선수", name.person());
                    if (!namesake) {
                        shortNames.seen(word.start(), name.person());
                    }
                    mentions.full(word.start(), namesake ? namesake(name) : PersonCandidate.registry(name.person()),
                            title == null ? KoreanLexicon.lastingRole(calling(words, i, sports)) : title.role(),
                            title != null && title.byline());
                    return title == null ? end : title.end();
                }
            }
        }
        RegistryPerson relative = relativeByGivenName(words, i);
        if (relative != null) {
            mentions.full(word.start(), PersonCandidate.registry(relative), null, false);
            return i + 1;
        }
        int japanese = japaneseName(words, i, mentions);
        if (japanese > i) {
            return japanese;
        }
        if (foreignFamilyName(words, i, mentions)) {
            return i + 1;
        }
        int western = westernName(words, i, mentions, sports);
        if (western > i) {
            return western;
        }
        int spelt = spelledInLatin(words, i, mentions);
        if (spelt > i) {
            return spelt;
        }
        int titled = westernNameBeforeTitle(words, i, mentions);
        if (titled > i) {
            return titled;
        }
        String stem = nameStem(word.text());
        if (stem != null && mentions.isForeignFamilyName(stem)) {
            Title title = titleAfter(words, i + 1);
            if (title != null) {
                mentions.surname(word.start(), stem, title.role(), true);
                return i + 1;
            }
        }
        String honoured = honouredName(word.text());
        if (honoured != null && !institutions.contains(honoured)) {
            unknown.add(honoured);
            mentions.full(word.start(), unknownPerson(honoured), null, false);
            return i + 1;
        }
        String called = calledName(words, i, sports);
        if (called != null && !institutions.contains(called)) {
            unknown.add(called);
            mentions.full(word.start(), unknownPerson(called), KoreanLexicon.lastingRole(calling(words, i, sports)),
                    false);
            return i + 1;
        }
        if (KoreanLexicon.looksLikeName(word.text()) && !givenNameOfForeigner(words, i)
                && !institutions.contains(word.text())) {
            Title title = titleAfter(words, i + 1, word.text().length() >= 3 && !nounBeforeName(words, i));
            if (title == null && word.text().length() == 3) {
                title = listTitle(words, i);
            }
            boolean nounTitle = title != null && word.text().length() == 2
                    && KoreanLexicon.followsNouns(title.title());
            if (nounTitle && !title.byline() && !KoreanLexicon.isSurname(word.text())) {
                held.add(new HeldName(word.start(), word.text(), new Title(KoreanLexicon.nounTitle(title.title()),
                        title.role(), false, title.end())));
            }
            if (title != null && !nounTitle && !bodyBeforeTitleOfNext(words, i, title)) {
                String foreign = foreignName(words, i);
                String before = foreign == null ? westernNameBefore(words, i) : null;
                if (before != null) {
                    mentions.full(words.get(i - 2).start(), foreignPerson(before, words.get(i - 1).aside()),
                            title.role(), title.byline());
                    return title.end();
                }
                if (foreign != null) {
                    mentions.full(words.get(i - 1).start(), foreignPerson(foreign, word.aside()), title.role(),
                            title.byline());
                    return title.end();
                }
                unknown.add(word.text());
                mentions.full(word.start(), unknownPerson(word.text()), title.role(), title.byline());
                return title.end();
            }
            if (word.text().length() >= 3 && personAside(word.aside())) {
                unknown.add(word.text());
                mentions.full(word.start(), unknownPerson(word.text()), null, false);
                return i + 1;
            }
        }
        String player = player(words, i);
        if (player != null) {
            unknown.add(player);
            mentions.full(word.start(), unknownPerson(player), null, false);
            return i + 1;
        }
        if (KoreanLexicon.looksLikeNameEndingLikeOrganisation(word.text()) && !institutions.contains(word.text())) {
            Title title = titleAfter(words, i + 1, true);
            if (title != null && !title.byline() && partyBefore(words, i + 1, title.end())) {
                unknown.add(word.text());
                mentions.full(word.start(), unknownPerson(word.text()), title.role(), false);
                return title.end();
            }
            if (title != null && !title.byline()) {
                held.add(new HeldName(word.start(), word.text(), title));
                return title.end();
            }
        }
        if (KoreanLexicon.isAnonymised(word.text())) {
            mentions.unnamedCitizen(word.start(), word.text().substring(0, 1));
            return i + 1;
        }
        if (KoreanLexicon.isSurname(word.text()) && !KoreanLexicon.isTimeQualifier(word.text())) {
            Title title = titleAfter(words, i + 1);
            if (title != null && !affiliationBetween(words, i + 1, title.end())) {
                mentions.surname(word.start(), word.text(), title.role(), true);
            }
        }
        return i + 1;
    }

    /**
     * "권영국 민주노동당 후보": a party named between a word and its title makes the word a person's name (a body
     * such as "정보국" stands after the larger body it belongs to, never before a party).
     */
    private static boolean partyBefore(List<Word> words, int from, int end) {
        return words.subList(from, end).stream().anyMatch(w -> KoreanLexicon.isParty(w.text()));
    }

    /**
     * "한림원 종신위원인 엘렌 맛손": a word ending in 원 as bodies do (한림원, 연구원, 진흥원) before a title made
     * an adjective by "인" and a word after it names the body of the person who follows, not a person.
     */
    private static boolean bodyBeforeTitleOfNext(List<Word> words, int i, Title title) {
        String titled = words.get(title.end() - 1).text();
        return words.get(i).text().endsWith("원") && titled.endsWith(title.title() + "인")
                && title.end() < words.size() && words.get(title.end()).joined();
    }

    /** "정순자씨 별세" → "정순자": a three-syllable name with "씨" glued to it, particles allowed; or null. */
    private static String honouredName(String text) {
        if (text.length() < 4 || text.charAt(3) != '씨' || !KoreanLexicon.isParticles(text.substring(4))) {
            return null;
        }
        String name = text.substring(0, 3);
        return KoreanLexicon.looksLikeName(name) ? name : null;
    }

    /**
     * "배우 오영수는" → "오영수": a three-syllable name, particles allowed, right after an artist's calling or in a
     * list of such names that follows one ("배우 이정재, 이병헌, 임시완 등"); a calling itself is none ("기아 유격수
     * 김선빈": not "유격수").
     */
    private static String calledName(List<Word> words, int i, boolean sports) {
        String text = words.get(i).text();
        if (text.length() < 3 || calling(words, i, sports) == null) {
            return null;
        }
        String name = text.substring(0, 3);
        return KoreanLexicon.looksLikeName(name) && KoreanLexicon.isParticles(text.substring(3))
                && !KoreanLexicon.isCallingBefore(name) ? name : null;
    }

    /**
     * The artist's calling (in a sports report also the team) word i follows, directly or behind a list of bare
     * three-syllable words; or null.
     */
    private static String calling(List<Word> words, int i, boolean sports) {
        for (int k = i; k > 0 && i - k <= MAX_LISTED_NAMES; k--) {
            String previous = words.get(k - 1).text();
            if (words.get(k).joined() && isCalling(previous, sports)) {
                return previous;
            }
            if (!words.get(k).listed() || previous.length() != 3
                    || !previous.chars().allMatch(KoreanLexicon::isHangul)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isCalling(String word, boolean sports) {
        return KoreanLexicon.isCallingBefore(word) || sports && SportsClubs.isKboClub(word);
    }

    /** "배준호는 후반 29분 쐐기골": a three-syllable name, particles allowed, right before a minute of play; or null. */
    private String player(List<Word> words, int i) {
        String text = words.get(i).text();
        if (text.length() < 3 || !playing(words, i + 1)) {
            return null;
        }
        String name = text.substring(0, 3);
        return KoreanLexicon.isParticles(text.substring(3)) && KoreanLexicon.looksLikeName(name)
                && !institutions.contains(name) ? name : null;
    }

    /** Whether the words from j give a minute of a match ("전반 10분", "후반 29분에"), as a scorer's name takes. */
    private static boolean playing(List<Word> words, int j) {
        return j + 1 < words.size() && words.get(j).joined() && words.get(j + 1).joined()
                && MATCH_HALF.matcher(words.get(j).text()).matches()
                && MATCH_MINUTE.matcher(words.get(j + 1).text()).matches();
    }

    /**
     * "김정은 국무위원장이 딸 주애와": a given name alone after a family word, the one registry person with that given
     * name whose surname a name shortly before carries; or null.
     */
    private RegistryPerson relativeByGivenName(List<Word> words, int i) {
        String text = words.get(i).text();
        if (i == 0 || !words.get(i).joined() || text.length() < 2 || !KoreanLexicon.isKinship(words.get(i - 1).text())
                || !KoreanLexicon.isParticles(text.substring(2))) {
            return null;
        }
        Set<String> names = byGivenName.getOrDefault(text.substring(0, 2), Set.of());
        if (names.size() != 1) {
            return null;
        }
        String name = names.iterator().next();
        for (int k = i - 2; k >= 0 && k >= i - 8; k--) {
            String before = words.get(k).text();
            if (before.length() >= 3 && before.charAt(0) == name.charAt(0)
                    && registryByFirstWord.containsKey(before.substring(0, 3))) {
                return registryByFirstWord.get(name).stream().filter(n -> n.words().size() == 1)
                        .map(KoName::person).findFirst().orElse(null);
            }
        }
        return null;
    }

    /**
     * "김성 씨는": a short name whose only context is "씨", as news calls a private citizen, never an official it
     * names by title.
     */
    private static boolean citizenCalled(List<Word> words, int i, int length, Title title) {
        boolean glued = words.get(i).text().startsWith("씨", length);
        return (title == null ? glued : title.title().equals("씨"))
                && (i == 0 || !words.get(i).joined() || KoreanLexicon.title(words.get(i - 1).text()) == null);
    }

    /** "회사원 김민재 씨": the word before the name describes a private citizen, not {@code person}. */
    private static boolean describedAsCitizen(List<Word> words, int i, RegistryPerson person) {
        return i > 0 && words.get(i).joined() && OrdinaryPeople.isKoreanDescription(words.get(i - 1).text(), person);
    }

    /** A citizen who shares a registry person's Korean name: that name, romanised as unknown names are. */
    private PersonCandidate namesake(KoName name) {
        String ko = String.join(" ", name.words());
        return PersonCandidate.namesake(name.person(), names.koreanEnglishName(ko), ko);
    }

    /**
     * Whether a word other than "전" stands between a surname and its title: a short mention is written "한 대표",
     * "최 전 차관"; "한 발행사 대표" and "이 회사 대표" are "a publisher's head", "this company's head".
     */
    private static boolean affiliationBetween(List<Word> words, int from, int end) {
        for (int k = from; k < end; k++) {
            String text = words.get(k).text();
            if (KoreanLexicon.title(text) != null) {
                return false;
            }
            if (!KoreanLexicon.isFormer(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name of {@code length} at word i stands with something only a person has: "씨" attached, an age,
     * hanja or a real name ("진(김석진)") in brackets right after it, or a title, family word or calling right before
     * it ("가수 이재는").
     */
    private boolean hasContext(List<Word> words, int i, int length) {
        Word word = words.get(i);
        if (word.text().startsWith("씨", length) || personAside(word.aside())
                || word.aside() != null && word.aside().codePoints().allMatch(Character::isIdeographic)
                || word.aside() != null && word.aside().length() == 3 && KoreanLexicon.looksLikeName(word.aside())) {
            return true;
        }
        if (i == 0 || !word.joined()) {
            return false;
        }
        String previous = words.get(i - 1).text();
        return KoreanLexicon.isKinship(previous) || KoreanLexicon.title(previous) != null
                || KoreanLexicon.isCallingBefore(previous);
    }

    /**
     * A bracket right after a name that only a person's name takes: an age ("32", "32·청주시청"), a city team
     * ("대전시청") or a registry organisation or place.
     */
    private boolean personAside(String aside) {
        return aside != null && (AGE.matcher(aside).matches() || aside.endsWith("시청") || aside.endsWith("군청")
                || aside.endsWith("구청") || aside.endsWith("도청") || institutions.contains(aside));
    }

    /**
     * The Hangul family name of a foreign registry person, particles allowed, unless another's (a Western given
     * name next to it, an everyday title after it: see below): with a title ("비건 부장관은") a short mention
     * resolved later; alone, the person when the name is distinctive (three syllables or more) and only one
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
            if (givenNameBefore(words, i) || title == null && n == text.length() && givenNameAfter(words, i)) {
                return false;
            }
            if (title != null && everydayTitleOfOther(title.title(), people)) {
                return true;
            }
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

    /**
     * "버트런드 러셀": a word before a foreign family name that reads as a Western given name makes it another
     * person's name than the registry's.
     */
    private boolean givenNameBefore(List<Word> words, int i) {
        if (i == 0 || !words.get(i).joined()) {
            return false;
        }
        String given = words.get(i - 1).text();
        return given.length() >= 2 && given.chars().allMatch(KoreanLexicon::isHangul)
                && HangulWesternNames.readsAsWestern(given) && KoreanLexicon.title(given) == null
                && !KoreanLexicon.isOrganisation(given) && !institutions.contains(given)
                && !byForeignFamilyName.containsKey(given);
    }

    /**
     * "오스틴 딘의 홈런": a foreign family name followed by a one-syllable word with particles, no title and no
     * bound noun ("트럼프 때"), is a given name before another family name.
     */
    private static boolean givenNameAfter(List<Word> words, int i) {
        if (i + 1 >= words.size() || !words.get(i + 1).joined()) {
            return false;
        }
        String next = words.get(i + 1).text();
        String stem = next.substring(0, 1);
        return KoreanLexicon.isHangul(next.charAt(0)) && KoreanLexicon.isParticles(next.substring(1))
                && !KoreanLexicon.isParticles(next) && KoreanLexicon.title(next) == null
                && !KoreanLexicon.isNationality(stem) && !KoreanLexicon.isBoundNoun(stem);
    }

    /**
     * "기시 씨", "서먼 교수": an everyday title ("씨", "교수", "기자") after a foreign family name alone is a private
     * bearer's, unless a registry person of that name holds it in one of their roles.
     */
    private static boolean everydayTitleOfOther(String title, List<RegistryPerson> people) {
        return KoreanLexicon.isEverydayTitle(title) && !title.equals("여사") && people.stream()
                .noneMatch(p -> p.roles().stream().anyMatch(r -> r.ko() != null && r.ko().contains(title)));
    }

    /**
     * A Japanese name the registry does not know, family name first, before a title ("기하라 미노루 전 방위상",
     * "기시다 유코 여사", "미즈시마 고이치 대사"): its English form romanised given name first ("Minoru Kihara"). Both
     * words must read as Japanese, and the family name be a Japanese registry person's, or longer than a Korean one
     * (three syllables or more) with neither word ending as a Western name does ("헤수스 카사스"), or the title a
     * Japanese minister's ("…상", "관방장관"), and the second word no surname hiding a citizen ("보호자 이모 씨");
     * returns the index after the title, or i.
     */
    private int japaneseName(List<Word> words, int i, PersonMentions mentions) {
        if (i + 1 >= words.size() || !words.get(i + 1).joined()) {
            return i;
        }
        String family = words.get(i).text();
        String given = words.get(i + 1).text();
        if (!JapaneseNames.looksJapanese(family) || !JapaneseNames.looksJapanese(given)
                || KoreanLexicon.title(family) != null || KoreanLexicon.title(given) != null
                || institutions.contains(family) || registryByFirstWord.containsKey(given)
                || KoreanLexicon.isAnonymised(given)) {
            return i;
        }
        Title title = titleAfter(words, i + 2);
        boolean japaneseFamily = byForeignFamilyName.getOrDefault(family, List.of()).stream()
                .anyMatch(p -> "JP".equalsIgnoreCase(p.country()));
        boolean longFamily = family.length() >= MIN_JAPANESE_ONLY_FAMILY_NAME
                && !HangulWesternNames.endsLikeOne(family) && !HangulWesternNames.endsLikeOne(given);
        if (title == null || !japaneseFamily && !longFamily && !KoreanLexicon.isJapaneseMinisterTitle(title.title())) {
            return i;
        }
        String en = JapaneseNames.romanize(given) + " " + JapaneseNames.romanize(family);
        String ko = family + " " + given;
        mentions.full(words.get(i).start(), new PersonCandidate("j:" + ko, names.slug(en), en, ko,
                Set.of(family, JapaneseNames.romanize(family))), title.role(), title.byline());
        return title.end();
    }

    /**
     * "존 소링턴 LAFC 단장": a word that reads as a Korean name but does not romanise as one, after a short word that
     * is no title or body, is a foreign name in Hangul, given name first; returns both words, or null.
     */
    private String foreignName(List<Word> words, int i) {
        if (i == 0 || !words.get(i).joined() || names.koreanEnglishName(words.get(i).text()) != null) {
            return null;
        }
        String given = words.get(i - 1).text();
        boolean plain = given.length() <= 4 && given.chars().allMatch(KoreanLexicon::isHangul)
                && KoreanLexicon.title(given) == null && !KoreanLexicon.isOrganisation(given)
                && !KoreanLexicon.isNationality(given) && !KoreanLexicon.isFormer(given)
                && !KoreanLexicon.isKinship(given) && !institutions.contains(given);
        return plain ? given + " " + words.get(i).text() : null;
    }

    /**
     * "마츠 말름 한림원 사무총장": a Western name of two words right before a word that reads as a Korean name is
     * whose title follows; that word names their body. Returns the Western name, or null.
     */
    private String westernNameBefore(List<Word> words, int i) {
        if (i < 2 || !words.get(i).joined() || !words.get(i - 1).joined()) {
            return null;
        }
        String given = words.get(i - 2).text();
        String family = words.get(i - 1).text();
        boolean western = HangulWesternNames.readsAsWestern(given) || HangulWesternNames.readsAsWestern(family);
        return western && isPlainWord(given) && isPlainWord(family) ? given + " " + family : null;
    }

    /**
     * "공격수 엘링 홀란이", "투수 클레이턴 커쇼는": two Hangul words after an athlete's or artist's calling, one spelt
     * as loanwords are, are a Western name the registry does not know. Returns the index after it, or i.
     */
    private int westernName(List<Word> words, int i, PersonMentions mentions, boolean sports) {
        if (i == 0 || i + 1 >= words.size() || !words.get(i).joined() || !words.get(i + 1).joined()
                || !isCalling(words.get(i - 1).text(), sports) || !isPlainWord(words.get(i).text())
                || KoreanLexicon.isCallingBefore(words.get(i).text())) {
            return i;
        }
        String given = words.get(i).text();
        String family = nameStem(words.get(i + 1).text());
        if (family == null || !isForeignNameWord(family) || registryByFirstWord.containsKey(family)
                || !HangulWesternNames.spellsLoanword(given)
                && !HangulWesternNames.spellsLoanword(family)) {
            return i;
        }
        boolean junior = family.equals(words.get(i + 1).text()) && i + 2 < words.size() && words.get(i + 2).joined()
                && JUNIOR.equals(nameStem(words.get(i + 2).text()));
        String name = given + " " + family + (junior ? " " + JUNIOR : "");
        mentions.full(words.get(i).start(), foreignPerson(name, words.get(junior ? i + 2 : i + 1).aside()),
                KoreanLexicon.lastingRole(words.get(i - 1).text()), false);
        return junior ? i + 3 : i + 2;
    }

    /**
     * "마크 카니(Mark Carney) 캐나다 총리": Hangul words followed by a Latin name of as many words in brackets are
     * that person, the registry's when it knows the Latin name, with the title after them if any. Returns the index
     * after the name and its title, or i.
     */
    private int spelledInLatin(List<Word> words, int i, PersonMentions mentions) {
        for (int n = 2; n <= 3 && i + n <= words.size(); n++) {
            Word last = words.get(i + n - 1);
            if (last.aside() == null || !last.joined()) {
                return i;
            }
            String latin = last.aside().strip();
            if (!SPELT_NAME.matcher(latin).matches() || latin.split(" ").length != n) {
                return i;
            }
            List<String> hangul = words.subList(i, i + n).stream().map(Word::text).toList();
            if (!hangul.stream().allMatch(this::isForeignNameWord) || hangul.subList(0, n - 1).stream()
                    .anyMatch(w -> KoreanLexicon.isParticles(w.substring(w.length() - 1)))) {
                return i;
            }
            RegistryPerson known = byEnglishKey.get(PersonNames.key(latin));
            PersonCandidate person = known != null ? PersonCandidate.registry(known)
                    : foreignPerson(String.join(" ", hangul), latin);
            Title title = titleAfter(words, i + n, true);
            mentions.full(words.get(i).start(), person, title == null ? null : title.role(),
                    title != null && title.byline());
            return title == null ? i + n : title.end();
        }
        return i;
    }

    /**
     * "크리스티 놈 사우스다코타 주지사", "빌 해거티 상원의원": a common Western given name in Hangul, a word of a foreign
     * name after it and then a title are a Western person the registry does not know. Returns the index after the
     * title, or i.
     */
    private int westernNameBeforeTitle(List<Word> words, int i, PersonMentions mentions) {
        if (i + 2 >= words.size() || !HangulWesternNames.isGivenName(words.get(i).text())
                || !words.get(i + 1).joined() || !isForeignNameWord(words.get(i + 1).text())
                || registryByFirstWord.containsKey(words.get(i + 1).text())) {
            return i;
        }
        String family = words.get(i + 1).text();
        String stem = nameStem(family);
        if (stem != null && !stem.equals(family) && SUBJECT_PARTICLE.matcher(family.substring(stem.length())).matches()
                && !registryByFirstWord.containsKey(stem)) {
            String name = words.get(i).text() + " " + stem;
            mentions.full(words.get(i).start(), foreignPerson(name, words.get(i + 1).aside()), null, false);
            return i + 2;
        }
        Title title = titleAfter(words, i + 2, true);
        if (title == null) {
            title = titleAfterForeignPlace(words, i + 2);
        }
        if (title == null || title.byline() || title.role() == null) {
            return i;
        }
        String name = words.get(i).text() + " " + family;
        mentions.full(words.get(i).start(), foreignPerson(name, words.get(i + 1).aside()), title.role(), false);
        return title.end();
    }

    /**
     * "사우스다코타 주지사", "펜실베이니아 상원의원": a foreign state or city spelt as a loanword, of up to eight syllables,
     * before a title: the title, with the place as its affiliation; or null.
     */
    private Title titleAfterForeignPlace(List<Word> words, int j) {
        if (j + 1 >= words.size() || !words.get(j).joined() || !words.get(j + 1).joined()) {
            return null;
        }
        String place = words.get(j).text();
        if (place.length() < 3 || place.length() > MAX_FOREIGN_PLACE || !place.chars().allMatch(KoreanLexicon::isHangul)
                || !HangulWesternNames.spellsLoanword(place) || !nameStem(place).equals(place)
                || registryByFirstWord.containsKey(place)) {
            return null;
        }
        Title title = titleAfter(words, j + 1);
        return title == null || title.role() == null || title.byline() ? null
                : new Title(title.title(), place + " " + title.role(), false, title.end());
    }

    /** The shortest start of at least two syllables of a word that the rest makes particles ("홀란이" → "홀란"). */
    private static String nameStem(String word) {
        for (int n = 2; n <= word.length(); n++) {
            if (KoreanLexicon.isParticles(word.substring(n))) {
                return word.substring(0, n);
            }
        }
        return null;
    }

    /** A Hangul word of a foreign name: no title, body, nationality or calling. */
    private boolean isForeignNameWord(String word) {
        return word.length() <= 6 && word.chars().allMatch(KoreanLexicon::isHangul)
                && KoreanLexicon.title(word) == null && !KoreanLexicon.isOrganisation(word)
                && !KoreanLexicon.isNationality(word) && !institutions.contains(word)
                && !KoreanLexicon.isCallingBefore(word);
    }

    /** A short Hangul word that is no title, body, nationality, kinship word or registry name. */
    private boolean isPlainWord(String word) {
        return word.length() <= 4 && word.chars().allMatch(KoreanLexicon::isHangul)
                && KoreanLexicon.title(word) == null && !KoreanLexicon.isOrganisation(word)
                && !KoreanLexicon.isNationality(word) && !KoreanLexicon.isFormer(word)
                && !KoreanLexicon.isKinship(word) && !institutions.contains(word)
                && !registryByFirstWord.containsKey(word)
                && !KoreanLexicon.isParticles(word.substring(word.length() - 1));
    }

    /** "아베 신조 총리": a two-syllable word after a foreign family name is a given name, not a Korean name. */
    private static boolean givenNameOfForeigner(List<Word> words, int i) {
        if (words.get(i).text().length() != 2 || i == 0 || !words.get(i).joined()) {
            return false;
        }
        String previous = words.get(i - 1).text();
        return previous.length() >= 2 && previous.chars().allMatch(KoreanLexicon::isHangul)
                && !KoreanLexicon.isNationality(previous) && !KoreanLexicon.isOrganisation(previous)
                && KoreanLexicon.title(previous) == null && !KoreanLexicon.looksLikeName(previous)
                && !KoreanLexicon.isKinship(previous);
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
    private Title titleAfter(List<Word> words, int j) {
        return titleAfter(words, j, false);
    }

    /**
     * The same; with {@code anyAffiliation}, behind any short word of three to five syllables too ("이승무 한예종
     * 교수") that is not a registry person's name, for a name that is surely one (a registry name, an unknown
     * three-syllable one).
     */
    private Title titleAfter(List<Word> words, int j, boolean anyAffiliation) {
        Title title = titleAfter(words, j, anyAffiliation, false);
        return title != null || !anyAffiliation ? title : titleAfter(words, j, true, true);
    }

    /**
     * With {@code organisationWords}, a sure name may also stand before a body of several words that are not
     * organisation words themselves ("노소영 아트센터 나비 관장", "이정민 10·29 이태원참사 유가족협의회 운영위원장").
     */
    private Title titleAfter(List<Word> words, int j, boolean anyAffiliation, boolean organisationWords) {
        List<String> orgs = new ArrayList<>();
        int max = organisationWords ? MAX_ORGANISATION_WORDS : MAX_BETWEEN;
        for (int k = j; k < words.size() && k <= j + max; k++) {
            Word w = words.get(k);
            if (!w.joined()) {
                return null;
            }
            String title = KoreanLexicon.title(w.text());
            if (title != null && KoreanLexicon.needsAffiliation(title) && orgs.isEmpty()) {
                return null;
            }
            if (title != null && organisationWords
                    && orgs.stream().filter(o -> !KoreanLexicon.isFormer(o)).count() < 2) {
                return null;
            }
            if (title != null) {
                orgs.add(title);
                int end = k + 1;
                boolean bare = w.text().equals(title) && !KoreanLexicon.isHonorific(title);
                String extension = bare && end < words.size() && words.get(end).joined()
                        ? KoreanLexicon.titleExtension(words.get(end).text()) : null;
                if (extension != null) {
                    orgs.add(extension);
                    end++;
                }
                String role = KoreanLexicon.isHonorific(title) ? null : String.join(" ", orgs);
                return new Title(title, role, KoreanLexicon.isBylineTitle(title), end);
            }
            if (KoreanLexicon.isFormer(w.text())) {
                if (organisationWords && !orgs.isEmpty()) {
                    return null;
                }
                orgs.add(w.text());
                continue;
            }
            if (KoreanLexicon.isNationality(w.text())) {
                continue;
            }
            if (isNameBeforeTitle(w.text(), anyAffiliation)) {
                return null;
            }
            String next = k + 1 < words.size() && words.get(k + 1).joined()
                    ? KoreanLexicon.title(words.get(k + 1).text()) : null;
            boolean afterFormer = orgs.stream().allMatch(KoreanLexicon::isFormer);
            boolean affiliation = afterFormer && next != null && KoreanLexicon.isAffiliation(w.text())
                    && !endsWithTwoSyllableParticles(w.text())
                    && (KoreanLexicon.isCompanyTitle(next)
                            || anyAffiliation && isAffiliation(w.text()) && !KoreanLexicon.isHonorific(next));
            // "에스케이(SK)그룹": a Hangul spelling of the Latin name in brackets after it, whatever its last syllable
            boolean spelt = w.aside() != null && LATIN_ASIDE.matcher(w.aside()).matches()
                    && k + 1 < words.size() && words.get(k + 1).start() == w.start() + w.text().length()
                            + w.aside().length() + 2;
            if (organisationWords && !DATE_NAME.matcher(w.text()).matches() && endsWithParticles(w.text()) && !spelt) {
                return null;
            }
            boolean organisationWord = organisationWords && (spelt || isOrganisationWord(w.text()))
                    && (next == null || !KoreanLexicon.isHonorific(next));
            if (!affiliation && !organisationWord && !KoreanLexicon.isOrganisation(w.text())
                    && !institutions.contains(w.text())) {
                return null;
            }
            orgs.add(w.text());
        }
        return null;
    }

    /**
     * "한화 김동원 사장", "한화 김승연 회장": a registry person's name, or after a short word a three-syllable name,
     * is the one the title belongs to, never the affiliation of the word before.
     */
    private boolean isNameBeforeTitle(String word, boolean anyAffiliation) {
        return registryByFirstWord.getOrDefault(word, List.of()).stream().anyMatch(n -> n.words().size() == 1)
                || !anyAffiliation && isListedName(word);
    }

    /**
     * The title after the last of a list of bare three-syllable names that starts at word i and shares it ("김민석,
     * 전현희, 한준호 후보가"), ending right after word i so the other names are read too; or null.
     */
    private Title listTitle(List<Word> words, int i) {
        int last = i;
        while (last + 1 < words.size() && words.get(last + 1).listed() && isListedName(words.get(last + 1).text())) {
            last++;
        }
        Title title = last > i ? titleAfter(words, last + 1) : null;
        return title == null ? null : new Title(title.title(), title.role(), title.byline(), i + 1);
    }

    /**
     * A word of a body's name of several words: Hangul, Latin-led or a date ("10·29"), not a name, an everyday
     * word, a verb form or a word with a particle attached.
     */
    private boolean isOrganisationWord(String word) {
        if (DATE_NAME.matcher(word).matches() || ORGANISATION_JOINERS.contains(word)) {
            return true;
        }
        String last = word.substring(word.length() - 1);
        return KoreanLexicon.isAffiliation(word) && word.length() <= 6 && !isListedName(word)
                && !registryByFirstWord.containsKey(word) && !byForeignFamilyName.containsKey(word)
                && !KoreanLexicon.isParticles(last) && MODIFIER_ENDINGS.indexOf(last.charAt(0)) < 0
                && !KoreanLexicon.isFormer(word) && !KoreanLexicon.isKinship(word);
    }

    /** "정부에서", "SK하이닉스가": a word with one or two syllables of particles at its end. */
    /**
     * "당시 주심은 엄상필 대법관이었다": a word ending in a particle right before a three-syllable name is a noun the
     * sentence is about, and the title after that name is its own.
     */
    private boolean nounBeforeName(List<Word> words, int i) {
        String text = words.get(i).text();
        return i + 1 < words.size() && words.get(i + 1).joined() && isListedName(words.get(i + 1).text())
                && KoreanLexicon.isParticles(text.substring(text.length() - 1));
    }

    /** Whether a word ends in particles of two syllables ("정부에서", "당국으로"), as no body's name does. */
    private static boolean endsWithTwoSyllableParticles(String word) {
        return word.length() > 2 && KoreanLexicon.isParticles(word.substring(word.length() - 2))
                && !KoreanLexicon.isParticles(word.substring(word.length() - 1));
    }

    private static boolean endsWithParticles(String word) {
        for (int n = 1; n <= 2 && n < word.length(); n++) {
            if (KoreanLexicon.isParticles(word.substring(word.length() - n))) {
                return true;
            }
        }
        return false;
    }

    private boolean isListedName(String word) {
        return word.length() == 3 && KoreanLexicon.looksLikeName(word) && !institutions.contains(word);
    }

    /** A word that may name where a person works ("한예종"): not a registry person's name nor a verb form. */
    private boolean isAffiliation(String word) {
        return word.length() >= 3 && word.length() <= 5 && !registryByFirstWord.containsKey(word)
                && !byForeignFamilyName.containsKey(word)
                && !KoreanLexicon.isParticles(word.substring(word.length() - 1));
    }

    /**
     * A foreign name in Hangul the registry does not know: named by the Latin spelling the text gives in brackets
     * right after it ("마츠 말름(Mats Malm)"), else as an unknown Hangul name.
     */
    private PersonCandidate foreignPerson(String name, String aside) {
        if (aside == null || !LATIN_NAME.matcher(aside.strip()).matches()) {
            String family = PersonNames.foreignFamilyName(name, null);
            return unknownPerson(name, family != null ? family : PersonNames.koreanSurname(name));
        }
        String en = aside.strip();
        return new PersonCandidate("u:" + PersonNames.key(en), names.slug(en), en, name,
                Set.of(name.substring(name.lastIndexOf(' ') + 1), en.substring(en.lastIndexOf(' ') + 1)));
    }

    private PersonCandidate unknownPerson(String name) {
        return unknownPerson(name, PersonNames.koreanSurname(name));
    }

    private PersonCandidate unknownPerson(String name, String surname) {
        return new PersonCandidate("k:" + name, names.koreanId(name), names.koreanEnglishName(name), name,
                surname == null ? Set.of() : Set.of(surname));
    }

    /**
     * The family name of an unknown Korean name, of a two-syllable one too ("박단" → "박"), or null; only a
     * two-syllable name an article confirms by surname and title takes it, so "조 대표" stays someone else's.
     */
    private static String surnameOf(String name) {
        String surname = PersonNames.koreanSurname(name);
        boolean twoSyllables = surname == null && name.length() == 2 && name.chars().allMatch(KoreanLexicon::isHangul)
                && KoreanLexicon.isSurname(name.substring(0, 1));
        return twoSyllables ? name.substring(0, 1) : surname;
    }

    /** Words of Hangul text; a short aside in brackets ("최종건(사진) 차관") counts as a space. */
    private static List<Word> split(String text) {
        Matcher aside = ASIDE.matcher(text);
        StringBuilder blanked = new StringBuilder(text);
        Map<Integer, String> asideAt = new HashMap<>();
        while (aside.find()) {
            asideAt.put(aside.start(), text.substring(aside.start() + 1, aside.end() - 1));
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
            boolean listed = previousEnd >= 0 && previousEnd < m.start()
                    && LIST_SEPARATOR.matcher(blanked.substring(previousEnd, m.start())).matches();
            words.add(new Word(m.group(), m.start(), joined, asideAt.get(m.end()), listed));
            previousEnd = m.end();
        }
        return words;
    }

    /** The words of each short aside of several words ("(주심 엄상필 대법관)"), at their places in {@code text}. */
    private static List<List<Word>> asides(String text) {
        List<List<Word>> asides = new ArrayList<>();
        Matcher aside = ASIDE.matcher(text);
        while (aside.find()) {
            if (aside.group().indexOf(' ') > 0) {
                StringBuilder only = new StringBuilder(" ".repeat(text.length()));
                only.replace(aside.start() + 1, aside.end() - 1, text.substring(aside.start() + 1, aside.end() - 1));
                asides.add(split(only.toString()));
            }
        }
        return asides;
    }
}
