package dev.sinmun.tags;

import dev.sinmun.model.TopicRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds registry topics by their names and aliases: case-, hyphen- and space-insensitive on word boundaries for
 * English (a plural "s" allowed), acronyms ("THAAD") case-sensitive, Korean phrases also without their spaces
 * ("한미 동맹" = "한미동맹").
 */
final class TopicFinder {

    private record Phrase(RegistryTopic topic, String text, boolean caseSensitive, boolean korean) {
    }

    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    private final List<Phrase> phrases = new ArrayList<>();

    TopicFinder(Registry registry) {
        for (RegistryTopic topic : registry.topics()) {
            for (String name : topic.enNames()) {
                add(topic, name);
            }
            for (String name : topic.koNames()) {
                add(topic, name);
                add(topic, name.replace(" ", ""));
            }
        }
    }

    private void add(RegistryTopic topic, String name) {
        String folded = fold(name).strip();
        if (folded.isEmpty()) {
            return;
        }
        boolean acronym = folded.chars().anyMatch(Character::isUpperCase)
                && folded.chars().noneMatch(Character::isLowerCase)
                && folded.chars().noneMatch(KoreanLexicon::isHangul);
        boolean korean = folded.chars().anyMatch(KoreanLexicon::isHangul);
        String text = acronym ? folded : folded.toLowerCase(Locale.ROOT);
        if (phrases.stream().noneMatch(p -> p.topic() == topic && p.text().equals(text))) {
            phrases.add(new Phrase(topic, text, acronym, korean));
        }
    }

    List<TopicRef> find(String articleText) {
        String cased = fold(articleText);
        String lower = cased.toLowerCase(Locale.ROOT);
        if (lower.length() != cased.length()) {
            lower = lowerCharByChar(cased);
        }
        Map<RegistryTopic, Integer> first = new HashMap<>();
        for (Phrase phrase : phrases) {
            String text = phrase.caseSensitive() ? cased : lower;
            int at = firstMatch(text, phrase);
            if (at >= 0) {
                first.merge(phrase.topic(), at, Math::min);
            }
        }
        return first.entrySet().stream()
                .sorted(Map.Entry.<RegistryTopic, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().id(), Comparator.naturalOrder()))
                .map(e -> new TopicRef(e.getKey().id(), e.getKey().en(), e.getKey().ko()))
                .toList();
    }

    private static int firstMatch(String text, Phrase phrase) {
        String p = phrase.text();
        boolean shortKorean = phrase.korean() && p.chars().filter(KoreanLexicon::isHangul).count() <= 2;
        for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
            int end = at + p.length();
            boolean ok;
            if (phrase.korean()) {
                ok = !shortKorean || at == 0 || !KoreanLexicon.isHangul(text.charAt(at - 1));
            } else {
                if (!phrase.caseSensitive() && end < text.length() && text.charAt(end) == 's'
                        && Character.isLetter(p.charAt(p.length() - 1))) {
                    end++;
                }
                ok = (at == 0 || !wordChar(text.charAt(at - 1), p.charAt(0)))
                        && (end == text.length() || !wordChar(text.charAt(end), p.charAt(p.length() - 1)));
            }
            if (ok) {
                return at;
            }
        }
        return -1;
    }

    /** A neighbour continues the word only if both it and the phrase's edge are letters or digits. */
    private static boolean wordChar(char neighbour, char edge) {
        return Character.isLetterOrDigit(neighbour) && Character.isLetterOrDigit(edge);
    }

    /** Unifies dashes, hyphens, quotes and spaces, and collapses runs of spaces. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || Character.isSpaceChar(c) || DASHES.indexOf(c) >= 0;
            if (isSpace) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        return out.toString();
    }

    private static String lowerCharByChar(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(Character.toLowerCase((char) c)));
        return out.toString();
    }
}
