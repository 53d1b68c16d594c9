package dev.sinmun.tags;

import dev.sinmun.model.TopicRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds registry topics by their names and aliases, all in one pass ({@link PhraseMatcher}): case-, hyphen- and
 * space-insensitive on word boundaries for English (a plural "s" allowed), acronyms ("THAAD") case-sensitive,
 * Korean phrases also without their spaces ("한미 동맹" = "한미동맹"); a Korean phrase inside a registry person's
 * Korean name ("추경" in "추경호") does not count.
 */
final class TopicFinder {

    private record Phrase(RegistryTopic topic, String cased, boolean caseSensitive, boolean korean) {
    }

    /** "N. Korea-China", "S. Korea": the short forms of headlines, read as "North Korea", "South Korea". */
    private static final Pattern ABBREVIATED_KOREA = Pattern.compile("(?<![\\p{L}.])([NS])\\. ?(?=Korea)");

    private final PhraseMatcher<Phrase> matcher = new PhraseMatcher<>();
    private final PhraseMatcher<String> koreanPeople = new PhraseMatcher<>();

    TopicFinder(Registry registry) {
        registry.people().stream().flatMap(p -> p.koNames().stream())
                .filter(n -> n.length() >= 3 && n.chars().allMatch(KoreanLexicon::isHangul)).distinct()
                .forEach(n -> koreanPeople.add(n, n));
        Set<String> seen = new HashSet<>();
        for (RegistryTopic topic : registry.topics()) {
            for (String name : topic.enNames()) {
                add(topic, name, seen);
            }
            for (String name : topic.koNames()) {
                add(topic, name, seen);
                add(topic, name.replace(" ", ""), seen);
            }
        }
    }

    private void add(RegistryTopic topic, String name, Set<String> seen) {
        String cased = FoldedText.phrase(name);
        if (cased.isEmpty()) {
            return;
        }
        boolean acronym = cased.chars().anyMatch(Character::isUpperCase)
                && cased.chars().noneMatch(Character::isLowerCase)
                && cased.chars().noneMatch(KoreanLexicon::isHangul);
        boolean korean = cased.chars().anyMatch(KoreanLexicon::isHangul);
        String lower = FoldedText.of(cased).lower;
        if (seen.add(topic.id() + "\u0000" + (acronym ? cased : lower))) {
            matcher.add(lower, new Phrase(topic, cased, acronym, korean));
        }
    }

    List<TopicRef> find(String articleText) {
        FoldedText text = FoldedText.of(spellOutKorea(articleText));
        Map<RegistryTopic, Integer> first = new HashMap<>();
        BitSet inNames = new BitSet(text.lower.length());
        koreanPeople.scan(text.lower, m -> inNames.set(m.start(), m.end()));
        List<Found> found = new ArrayList<>();
        matcher.scan(text.lower, m -> {
            boolean inName = m.value().korean() && inNames.get(m.start()) && inNames.get(m.end() - 1);
            if (!inName && accepts(text, m.start(), m.end(), m.value())) {
                found.add(new Found(m.start(), m.end(), m.value()));
            }
        });
        for (Found f : found) {
            if (!insideLongerKorean(f, found, text.lower)) {
                first.merge(f.phrase().topic(), f.start(), Math::min);
            }
        }
        return first.entrySet().stream()
                .sorted(Map.Entry.<RegistryTopic, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().id(), Comparator.naturalOrder()))
                .map(e -> new TopicRef(e.getKey().id(), e.getKey().en(), e.getKey().ko()))
                .toList();
    }

    private record Found(int start, int end, Phrase phrase) {
    }

    /**
     * "메이저리그사커": a Korean phrase glued inside a longer word of another topic is part of that name; a whole word
     * inside a longer phrase ("반도체" in "반도체 공급망") still counts.
     */
    private static boolean insideLongerKorean(Found f, List<Found> found, String text) {
        return f.phrase().korean() && found.stream().anyMatch(o -> o.phrase().korean()
                && o.phrase().topic() != f.phrase().topic() && o.start() <= f.start() && f.end() <= o.end()
                && (f.end() < o.end() && KoreanLexicon.isHangul(text.charAt(f.end()))
                        || f.start() > o.start() && KoreanLexicon.isHangul(text.charAt(f.start() - 1))));
    }

    private static String spellOutKorea(String text) {
        Matcher m = ABBREVIATED_KOREA.matcher(text);
        return m.replaceAll(r -> r.group(1).equals("N") ? "North " : "South ");
    }

    private static boolean accepts(FoldedText text, int at, int end, Phrase phrase) {
        String p = phrase.cased();
        if (p.startsWith("Korea") && text.lower.startsWith("north ", Math.max(0, at - "north ".length()))) {
            return false;
        }
        if (partyName(text, at, end, phrase)) {
            return false;
        }
        if (phrase.korean()) {
            boolean shortKorean = p.chars().filter(KoreanLexicon::isHangul).count() <= 2;
            return !shortKorean || at == 0 || !KoreanLexicon.isHangul(text.lower.charAt(at - 1));
        }
        if (phrase.caseSensitive() && !text.cased.startsWith(p, at)) {
            return false;
        }
        String lower = text.lower;
        if (!phrase.caseSensitive() && end < lower.length() && lower.charAt(end) == 's'
                && Character.isLetter(p.charAt(p.length() - 1))) {
            end++;
        }
        return (at == 0 || !wordChar(lower.charAt(at - 1), p.charAt(0)))
                && (end == lower.length() || !wordChar(lower.charAt(end), p.charAt(p.length() - 1)));
    }

    /**
     * "Basic Income Party", "기본소득당": a topic's words that name a political party say nothing about the topic
     * ("Rep. Yong Hye-in of the Basic Income Party").
     */
    private static boolean partyName(FoldedText text, int at, int end, Phrase phrase) {
        if (phrase.korean()) {
            int wordEnd = end;
            while (wordEnd < text.lower.length() && KoreanLexicon.isHangul(text.lower.charAt(wordEnd))) {
                wordEnd++;
            }
            return end < wordEnd && text.lower.charAt(end) == '당'
                    && KoreanLexicon.isParticles(text.lower.substring(end + 1, wordEnd));
        }
        return Character.isUpperCase(text.cased.charAt(at)) && text.cased.startsWith(" Party", end);
    }

    /** A neighbour continues the word only if both it and the phrase's edge are letters or digits. */
    private static boolean wordChar(char neighbour, char edge) {
        return Character.isLetterOrDigit(neighbour) && Character.isLetterOrDigit(edge);
    }
}
