package dev.sinmun.tags;

import dev.sinmun.model.NamedRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds registry organisations and places by every name and alias in one pass ({@link PhraseMatcher}), plus
 * organisations the registry does not know when their names are unmistakable ({@link UnknownOrganizations}).
 * Overlapping mentions resolve to the longest ("U.S. Forces Korea" is an organisation, not the place "U.S.").
 */
final class NamedFinder {

    /** The organisations and places of one article, each in order of first mention. */
    record Found(List<NamedRef> organizations, List<NamedRef> places) {
    }

    private enum Kind { ORGANIZATION, PLACE }

    private record Phrase(Kind kind, RegistryEntry entry, String cased, boolean acronym, boolean capitalised,
                          boolean korean) {
    }

    private record Span(int start, int end, Kind kind, NamedRef ref, boolean registry) {
        int length() {
            return end - start;
        }
    }

    /** Sports teams' nicknames: after a company or a city they name a club ("LG Twins", "Los Angeles Lakers"). */
    private static final Set<String> TEAM_NAMES = Set.of(
            "dodgers", "giants", "angels", "yankees", "mets", "cubs", "padres", "tigers", "eagles", "twins", "bears",
            "lions", "heroes", "wyverns", "landers", "dinos", "wiz", "lakers", "clippers", "warriors", "hotspur",
            "united", "fc");

    /** Words after a place name that make it part of another name ("Washington Post", "Seoul National University"). */
    private static final Set<String> NAME_CONTINUES = Set.of(
            "post", "times", "herald", "journal", "university", "national", "central", "station", "declaration",
            "statement", "accord", "agreement", "institute", "forum", "district", "court", "consensus", "summit",
            "communique", "process", "initiative", "doctrine", "capitals", "nationals", "metropolitan", "city",
            "hall", "mayor", "governor", "province", "international", "airport", "times-picayune", "square",
            "hospital", "electron", "electronics", "electric", "motor", "motors", "bank", "airlines", "steel", "energy",
            "securities", "insurance", "marathon", "hyundai", "saint", "style");

    /** Endings that may follow a Korean place name in the same word besides particles ("한국정부", "미국측"). */
    private static final Set<String> KOREAN_PLACE_SUFFIXES = Set.of("정부", "측", "내", "인", "산", "행");

    private final PhraseMatcher<Phrase> matcher = new PhraseMatcher<>();
    private final UnknownOrganizations unknown;

    NamedFinder(Registry registry, PersonNames names) {
        this.unknown = new UnknownOrganizations(names);
        Set<String> seen = new HashSet<>();
        registry.organizations().forEach(e -> add(Kind.ORGANIZATION, e, seen));
        registry.places().forEach(e -> add(Kind.PLACE, e, seen));
    }

    private void add(Kind kind, RegistryEntry entry, Set<String> seen) {
        for (String name : entry.enNames()) {
            phrase(kind, entry, name, seen);
            if (name.matches(".*\\b\\p{Lu}\\.\\p{Lu}\\..*")) {
                phrase(kind, entry, name.replaceAll("\\b(\\p{Lu})\\.", "$1"), seen);
            }
        }
        for (String name : entry.koNames()) {
            phrase(kind, entry, name, seen);
            phrase(kind, entry, name.replace(" ", ""), seen);
        }
    }

    private void phrase(Kind kind, RegistryEntry entry, String name, Set<String> seen) {
        String cased = FoldedText.phrase(name);
        if (cased.isEmpty()) {
            return;
        }
        boolean korean = cased.chars().anyMatch(KoreanLexicon::isHangul);
        boolean acronym = !korean && cased.chars().anyMatch(Character::isUpperCase)
                && cased.chars().noneMatch(Character::isLowerCase);
        boolean capitalised = Character.isUpperCase(cased.charAt(0));
        String lower = FoldedText.of(cased).lower;
        if (seen.add(kind + entry.id() + "\u0000" + capitalised + (acronym ? cased : lower))) {
            matcher.add(lower, new Phrase(kind, entry, cased, acronym, capitalised, korean));
        }
    }

    Found find(String articleText) {
        FoldedText text = FoldedText.of(articleText);
        List<Span> spans = new ArrayList<>();
        boolean gameReport = SportsClubs.isGameReport(articleText);
        Set<String> clubs = new HashSet<>();
        Map<Span, String> shortNames = new LinkedHashMap<>();
        matcher.scan(text.lower, m -> {
            if (!accepts(text, m.start(), m.end(), m.value())) {
                return;
            }
            RegistryEntry e = m.value().entry();
            boolean company = m.value().kind() == Kind.ORGANIZATION && "company".equals(e.kind());
            if (m.value().kind() == Kind.ORGANIZATION && beforeClubNickname(text, m.end())) {
                clubs.add(e.id());
                return;
            }
            Span span = new Span(text.origin(m.start()), text.origin(m.end() - 1) + 1, m.value().kind(),
                    new NamedRef(e.id(), e.en(), e.ko()), true);
            if (company && SportsClubs.isShortName(text.cased.substring(m.start(), m.end()))) {
                shortNames.put(span, e.id());
            }
            spans.add(span);
        });
        shortNames.forEach((span, id) -> {
            if (gameReport || clubs.contains(id)) {
                spans.remove(span);
            }
        });
        for (UnknownOrganizations.Mention mention : unknown.find(articleText)) {
            spans.add(new Span(mention.start(), mention.end(), Kind.ORGANIZATION, mention.ref(), false));
        }
        spans.sort(Comparator.comparingInt(Span::length).reversed()
                .thenComparing(s -> !s.registry())
                .thenComparingInt(Span::start));
        // kept spans never overlap, so the one starting last before a span's end is the only one it can overlap
        NavigableMap<Integer, Span> kept = new TreeMap<>();
        for (Span span : spans) {
            Map.Entry<Integer, Span> before = kept.lowerEntry(span.end());
            if (before == null || before.getValue().end() <= span.start()) {
                kept.put(span.start(), span);
            }
        }
        Map<String, NamedRef> unknownRefs = new LinkedHashMap<>();
        kept.values().stream().filter(s -> !s.registry()).forEach(s -> unknownRefs.putIfAbsent(s.ref().id(), s.ref()));
        Map<String, NamedRef> organizations = new LinkedHashMap<>();
        Map<String, NamedRef> places = new LinkedHashMap<>();
        for (Span span : kept.values()) {
            NamedRef ref = span.registry() ? span.ref() : longerUnknown(span.ref(), unknownRefs.values());
            (span.kind() == Kind.ORGANIZATION ? organizations : places).putIfAbsent(ref.id(), ref);
        }
        return new Found(List.copyOf(organizations.values()), List.copyOf(places.values()));
    }

    /** "Department of State" after "US Department of State" in the same article: the longer name. */
    private static NamedRef longerUnknown(NamedRef ref, Collection<NamedRef> unknown) {
        return unknown.stream().filter(u -> u.en().length() > ref.en().length() && u.en().endsWith(" " + ref.en()))
                .findFirst().orElse(ref);
    }

    /**
     * Whether a Korean club's nickname follows the name ending at {@code end} ("KIA 타이거즈"): the company's name names
     * its club there, and its short name names the club in the rest of the article; in a game report it always does.
     */
    private static boolean beforeClubNickname(FoldedText text, int end) {
        String cased = text.cased;
        int wordEnd = end;
        while (wordEnd < cased.length() && !Character.isWhitespace(cased.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd != end || wordEnd >= cased.length() || cased.charAt(wordEnd) != ' ') {
            return false;
        }
        int nextEnd = wordEnd + 1;
        while (nextEnd < cased.length() && !Character.isWhitespace(cased.charAt(nextEnd))) {
            nextEnd++;
        }
        return SportsClubs.isNickname(cased.substring(wordEnd + 1, nextEnd));
    }

    private static boolean accepts(FoldedText text, int at, int end, Phrase phrase) {
        String lower = text.lower;
        if (phrase.korean()) {
            if (at > 0 && KoreanLexicon.isHangul(lower.charAt(at - 1))) {
                return false;
            }
            int wordEnd = end;
            while (wordEnd < lower.length() && KoreanLexicon.isHangul(lower.charAt(wordEnd))) {
                wordEnd++;
            }
            String rest = lower.substring(end, wordEnd);
            return KoreanLexicon.isParticles(rest)
                    || phrase.kind() == Kind.PLACE && KOREAN_PLACE_SUFFIXES.stream().anyMatch(s -> rest.startsWith(s)
                            && KoreanLexicon.isParticles(rest.substring(s.length())));
        }
        String p = phrase.cased();
        if (phrase.acronym() && !text.cased.startsWith(p, at)) {
            return false;
        }
        if (phrase.capitalised() && !Character.isUpperCase(text.cased.charAt(at))) {
            return false;
        }
        boolean boundaries = (at == 0 || !wordChar(lower.charAt(at - 1), p.charAt(0)))
                && (end == lower.length() || !wordChar(lower.charAt(end), p.charAt(p.length() - 1)));
        if (!boundaries) {
            return false;
        }
        String next = nextWord(text.cased, end);
        if (TEAM_NAMES.contains(next)) {
            return false;
        }
        return phrase.kind() != Kind.PLACE || !NAME_CONTINUES.contains(next) && !partOfAnotherName(text, at, end);
    }

    /** The capitalised word right after {@code end}, in lower case ("" when there is none). */
    private static String nextWord(String cased, int end) {
        if (end + 1 >= cased.length() || cased.charAt(end) != ' ' || !Character.isUpperCase(cased.charAt(end + 1))) {
            return "";
        }
        int wordEnd = end + 1;
        while (wordEnd < cased.length() && Character.isLetter(cased.charAt(wordEnd))) {
            wordEnd++;
        }
        return cased.substring(end + 1, wordEnd).toLowerCase(Locale.ROOT);
    }

    /**
     * "George Washington": a place name after a capitalised word that is not a title, a direction or the start of a
     * sentence is inside the name of something else.
     */
    private static boolean partOfAnotherName(FoldedText text, int at, int end) {
        String cased = text.cased;
        if (at >= 2 && cased.charAt(at - 1) == ' ' && Character.isLetter(cased.charAt(at - 2))) {
            int wordStart = at - 1;
            while (wordStart > 0 && Character.isLetter(cased.charAt(wordStart - 1))) {
                wordStart--;
            }
            String previous = cased.substring(wordStart, at - 1);
            boolean sentenceStart = wordStart == 0 || ".!?\n\"“".indexOf(before(cased, wordStart)) >= 0;
            return Character.isUpperCase(previous.charAt(0)) && !sentenceStart
                    && !EnglishLexicon.isStop(previous) && !EnglishLexicon.isTitleWord(previous)
                    && !previous.equals("South") && !previous.equals("North");
        }
        return false;
    }

    private static char before(String text, int index) {
        int k = index - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 ? '\n' : text.charAt(k);
    }

    private static boolean wordChar(char neighbour, char edge) {
        return Character.isLetterOrDigit(neighbour) && Character.isLetterOrDigit(edge);
    }
}
