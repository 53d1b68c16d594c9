package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes new topics: phrases of two or three words (English) or two words (Korean, particles removed) that recur
 * across articles, are not made of everyday words, and are not already a name in the registry.
 */
public final class TopicSuggester {

    /** A candidate phrase, the number of articles using it, and up to three of those articles. */
    public record Suggestion(String phrase, int articles, List<String> examples) {
    }

    private static final Pattern ENGLISH_WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*[\\p{L}]|[\\p{L}]");
    private static final Pattern KOREAN_WORD = Pattern.compile("[\\p{IsHangul}]+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;:,\"“”()\\[\\]\\n]");

    /** Everyday words that make a phrase generic when they stand at its start or end. */
    private static final Set<String> EVERYDAY = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
            "may", "might", "must", "do", "does", "did", "not", "no", "it", "its", "he", "she", "they", "we", "i",
            "his", "her", "their", "our", "this", "that", "these", "those", "there", "here", "which", "who", "what",
            "when", "where", "how", "why", "said", "says", "say", "told", "also", "more", "most", "very", "than",
            "about", "after", "before", "over", "into", "against", "between", "during", "while", "if", "so",
            "such", "some", "any", "all", "each", "other", "one", "two", "three", "first", "second", "new", "last",
            "next", "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "according", "official",
            "officials", "government", "people", "percent", "mr", "ms", "like", "just", "only", "even", "still",
            "now", "then", "because", "since", "until", "however", "him", "them", "us", "you", "your", "my", "me",
            "up", "out", "off", "down", "well", "much", "many", "make", "made", "take", "taken", "going", "being",
            "including", "through", "under", "per", "via", "amid", "among", "further", "whether", "both");

    /** Words that may stand inside a phrase ("end of war", "peace and prosperity"). */
    private static final Set<String> LINKS = Set.of("of", "and", "for", "on");

    private static final Set<String> KOREAN_EVERYDAY = Set.of(
            "이날", "지난", "이번", "오는", "관계자", "정부", "대해", "대한", "위해", "통해", "따르면", "있다", "없다", "했다",
            "밝혔다", "말했다", "것으로", "것이다", "이라고", "라고", "등", "및", "또", "더", "그", "이", "저", "것", "수",
            "있는", "없는", "하는", "한다", "된다", "됐다", "있을", "한편", "다만", "특히", "또한");

    private final PhraseMatcher<Boolean> registryNames = new PhraseMatcher<>();
    private final Set<String> nameWords = new java.util.HashSet<>();

    public TopicSuggester(Registry registry) {
        registry.people().forEach(p -> PersonNames.surnames(p).forEach(n -> nameWords.add(n.toLowerCase(Locale.ROOT))));
        EnglishLexicon.KOREAN_SURNAMES.forEach(n -> nameWords.add(n.toLowerCase(Locale.ROOT)));
        registry.topics().forEach(t -> addNames(t.enNames(), t.koNames()));
        registry.people().forEach(p -> addNames(p.enNames(), p.koNames()));
        registry.organizations().forEach(o -> addNames(o.enNames(), o.koNames()));
        registry.places().forEach(p -> addNames(p.enNames(), p.koNames()));
    }

    private void addNames(List<String> en, List<String> ko) {
        en.forEach(n -> registryNames.add(FoldedText.of(FoldedText.phrase(n)).lower, Boolean.TRUE));
        ko.forEach(n -> registryNames.add(FoldedText.of(FoldedText.phrase(n)).lower, Boolean.TRUE));
    }

    /** Candidates used in at least {@code minArticles} articles, most used first, at most {@code limit}. */
    public List<Suggestion> suggest(List<ArchiveText> articles, int minArticles, int limit, IntConsumer progress) {
        Map<String, Set<String>> usedIn = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ArchiveText article = articles.get(i);
            Set<String> phrases = new LinkedHashSet<>();
            List<String> blocks = new ArrayList<>();
            if (article.title() != null) {
                blocks.add(article.title());
            }
            blocks.addAll(article.paragraphs());
            for (String block : blocks) {
                for (String clause : SENTENCE_BREAK.split(ArticleText.normalise(block))) {
                    english(clause, phrases, nameWords);
                    korean(clause, phrases);
                }
            }
            for (String phrase : phrases) {
                usedIn.computeIfAbsent(phrase, p -> new LinkedHashSet<>()).add(article.file());
            }
            progress.accept(i + 1);
        }
        List<Suggestion> all = new ArrayList<>();
        usedIn.forEach((phrase, files) -> {
            if (files.size() >= minArticles && !knownName(phrase)) {
                all.add(new Suggestion(phrase, files.size(), files.stream().limit(3).toList()));
            }
        });
        all.sort(Comparator.comparingInt(Suggestion::articles).reversed()
                .thenComparing(s -> -s.phrase().split(" ").length)
                .thenComparing(Suggestion::phrase));
        List<Suggestion> top = new ArrayList<>(all.subList(0, Math.min(all.size(), limit * 4)));
        top.removeIf(s -> top.stream().anyMatch(longer -> longer.articles() == s.articles()
                && longer.phrase().length() > s.phrase().length() && longer.phrase().contains(s.phrase())));
        return top.stream().limit(limit).toList();
    }

    private static void english(String clause, Set<String> phrases, Set<String> nameWords) {
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(clause);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                List<String> gram = words.subList(i, i + n);
                if (gram.stream().allMatch(w -> w.chars().allMatch(c -> c < 0x1100) && !nameWords.contains(w))
                        && isContent(gram.get(0)) && isContent(gram.get(n - 1))
                        && gram.subList(1, n - 1).stream().allMatch(w -> isContent(w) || LINKS.contains(w))) {
                    phrases.add(String.join(" ", gram));
                }
            }
        }
    }

    private static boolean isContent(String word) {
        return word.length() >= 3 && !EVERYDAY.contains(word) && !word.endsWith("'s") && !word.endsWith("ly");
    }

    private static void korean(String clause, Set<String> phrases) {
        List<String> stems = new ArrayList<>();
        Matcher m = KOREAN_WORD.matcher(clause);
        while (m.find()) {
            stems.add(stem(m.group()));
        }
        for (int i = 0; i + 1 < stems.size(); i++) {
            String a = stems.get(i);
            String b = stems.get(i + 1);
            if (a.length() >= 2 && b.length() >= 2 && !KOREAN_EVERYDAY.contains(a) && !KOREAN_EVERYDAY.contains(b)
                    && !b.endsWith("다")) {
                phrases.add(a + " " + b);
            }
        }
    }

    /** The word without particles attached ("동맹은" → "동맹"). */
    private static String stem(String word) {
        for (int n = 1; n < word.length(); n++) {
            if (KoreanLexicon.isParticles(word.substring(n))) {
                return word.substring(0, n);
            }
        }
        return word;
    }

    /** Whether the phrase is, or contains, a name the registry already has. */
    private boolean knownName(String phrase) {
        boolean[] found = {false};
        registryNames.scan(phrase, m -> found[0] |= (m.start() == 0 || phrase.charAt(m.start() - 1) == ' ')
                && (m.end() == phrase.length() || phrase.charAt(m.end()) == ' '));
        String joined = phrase.replace(" ", "");
        registryNames.scan(joined, m -> found[0] |= m.start() == 0 && m.end() == joined.length());
        return found[0];
    }
}
