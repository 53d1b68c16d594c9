package dev.sinmun.tags;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds people in English-script text: registry names and aliases anywhere, unknown names after a title
 * ("Deputy Secretary of State Stephen Biegun"), unknown Korean-style full names ("Kim Yo Jong", "Choi Jung-kun"),
 * and surnames alone, to be resolved later.
 */
final class EnglishPersonFinder {

    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_TAIL_TOKENS = 8;
    private static final Set<String> CONNECTORS = Set.of("of", "for", "to", "on");
    private static final Set<String> QUALIFIERS = Set.of("nominee", "designate", "candidate", "elect");

    private final Map<String, RegistryPerson> registryByKey = new HashMap<>();
    private final int maxRegistryTokens;
    private final PersonNames names;

    EnglishPersonFinder(Registry registry, PersonNames names) {
        this.names = names;
        int max = 2;
        for (RegistryPerson person : registry.people()) {
            for (String name : person.enNames()) {
                List<Token> tokens = Token.split(ArticleText.normalise(name));
                if (tokens.size() >= 2) {
                    registryByKey.putIfAbsent(PersonNames.key(tokens), person);
                    max = Math.max(max, tokens.size());
                }
            }
        }
        this.maxRegistryTokens = Math.min(max, 6);
    }

    void find(String text, PersonMentions mentions) {
        List<Token> tokens = Token.split(text);
        boolean[] headlineCase = headlineCase(text, tokens);
        int i = 0;
        while (i < tokens.size()) {
            i = findAt(text, tokens, i, mentions, headlineCase[i]);
        }
    }

    /**
     * Marks the tokens of headlines Written In Title Case (no closing full stop), where a capital letter says nothing about names: there an
     * unknown name after a title is taken only if it is Korean-style ("President Moon Vows" is not a person).
     */
    private static boolean[] headlineCase(String text, List<Token> tokens) {
        boolean[] flags = new boolean[tokens.size()];
        int lineStart = 0;
        int t = 0;
        while (lineStart <= text.length() && t < tokens.size()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int first = t;
            int significant = 0;
            int capitalised = 0;
            while (t < tokens.size() && tokens.get(t).start() < lineEnd) {
                String word = tokens.get(t).base();
                if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
                    significant++;
                    if (Character.isUpperCase(word.charAt(0))) {
                        capitalised++;
                    }
                }
                t++;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            boolean sentence = !line.isEmpty() && ".!?\"'”’".indexOf(line.charAt(line.length() - 1)) >= 0;
            boolean headline = !sentence && significant >= 3 && capitalised * 5 >= significant * 4;
            for (int k = first; k < t; k++) {
                flags[k] = headline;
            }
            lineStart = lineEnd + 1;
        }
        return flags;
    }

    /** Records what starts at token {@code i}; returns the index of the next token to look at. */
    private int findAt(String text, List<Token> tokens, int i, PersonMentions mentions, boolean headline) {
        Token first = tokens.get(i);
        if (!first.capitalised()) {
            return i + 1;
        }
        Title title = titleBefore(text, tokens, i);
        String role = title == null || EnglishLexicon.isHonorific(title.head()) ? null : title.text();
        boolean byline = title != null && EnglishLexicon.isBylineHead(title.head());

        for (int n = Math.min(maxRegistryTokens, tokens.size() - i); n >= 2; n--) {
            List<Token> span = tokens.subList(i, i + n);
            RegistryPerson person = registryByKey.get(PersonNames.key(span));
            if (person != null && isNameSpan(span) && !placeAfter(tokens, i + n)) {
                Title apposition = role == null ? appositive(text, tokens, i + n) : null;
                mentions.full(first.start(), PersonCandidate.registry(person),
                        apposition == null ? role : apposition.text(),
                        byline || bylineBefore(tokens, i) || bylineAfter(tokens, i + n)
                                || apposition != null && apposition.byline());
                return i + n;
            }
        }
        if (!isNameWord(first)) {
            return i + 1;
        }
        if (title != null) {
            int end = nameRunEnd(tokens, i);
            if (headline && end - i >= 2) {
                int korean = koreanStyleNameEnd(tokens, i);
                end = korean > i ? korean : i + 1;
            }
            if (end - i >= 2) {
                addUnknown(text, tokens, i, end, role, byline || bylineAfter(tokens, end), mentions);
            } else {
                mentions.surname(first.start(), first.base(), role, true);
            }
            return end;
        }
        int end = koreanStyleNameEnd(tokens, i);
        if (end > i) {
            addUnknown(text, tokens, i, end, null, bylineBefore(tokens, i) || bylineAfter(tokens, end), mentions);
            return end;
        }
        mentions.surname(first.start(), first.base(), null, false);
        return i + 1;
    }

    private void addUnknown(String text, List<Token> tokens, int from, int end, String role, boolean byline,
                            PersonMentions mentions) {
        List<Token> span = tokens.subList(from, end);
        if (role == null) {
            Title apposition = appositive(text, tokens, end);
            if (apposition != null) {
                role = apposition.text();
                byline |= apposition.byline();
            }
        }
        Token first = span.get(0);
        Token last = span.get(span.size() - 1);
        String en = text.substring(first.start(), last.end());
        String surname = PersonNames.englishSurname(en, null);
        PersonCandidate person = new PersonCandidate("u:" + PersonNames.key(span), names.slug(en), en, null,
                surname == null ? Set.of() : Set.of(surname));
        mentions.full(first.start(), person, role, byline);
    }

    /** A title ending right before token {@code i}: modifiers, a head, and an optional "of State" tail. */
    private record Title(String text, String head) {

        boolean byline() {
            return EnglishLexicon.isBylineHead(head);
        }
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> APPOSITION_MODIFIERS = Set.of("party", "government", "ministry");
    private static final Set<String> APPOSITION_ENDS = Set.of("of", "for", "to", "at", "on", "in");

    /**
     * A title in apposition right after a name: "Kim Chun-sig, spokesman for the delegation" or "Ri Son Gwon,
     * chairman of the committee" give "spokesman" and "chairman". Honorifics and possessives do not count.
     */
    private static Title appositive(String text, List<Token> tokens, int end) {
        if (end >= tokens.size() || tokens.get(end - 1).possessive()
                || !text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(", ")) {
            return null;
        }
        int k = end;
        if (ARTICLES.contains(tokens.get(k).base())) {
            k++;
        }
        int from = k;
        while (k < tokens.size() && k - from < 4 && (k == end || tokens.get(k).joined())
                && !tokens.get(k).possessive()) {
            Token t = tokens.get(k);
            boolean lower = Character.isLowerCase(t.base().charAt(0));
            if (lower && EnglishLexicon.isHead(t.base()) && !EnglishLexicon.isHonorific(t.base())) {
                boolean ends = k + 1 >= tokens.size() || !tokens.get(k + 1).joined()
                        || APPOSITION_ENDS.contains(tokens.get(k + 1).base());
                return ends ? new Title(text.substring(tokens.get(from).start(), t.end()), t.base()) : null;
            }
            if (!lower || !EnglishLexicon.isModifier(t.base()) && !APPOSITION_MODIFIERS.contains(t.base())) {
                return null;
            }
            k++;
        }
        return null;
    }

    private static Title titleBefore(String text, List<Token> tokens, int i) {
        if (!tokens.get(i).joined()) {
            return null;
        }
        int k = i - 1;
        if (k > 0 && QUALIFIERS.contains(EnglishLexicon.lower(tokens.get(k).base())) && tokens.get(k).joined()) {
            k--;
        }
        int titleEnd = k;
        int headIndex = -1;
        if (k >= 0 && isHeadToken(tokens.get(k))) {
            headIndex = k;
        } else {
            int j = k;
            int tail = 0;
            while (j >= 0 && tail < MAX_TAIL_TOKENS && tokens.get(j + 1).joined() && isTailWord(tokens.get(j))) {
                j--;
                tail++;
            }
            if (tail > 0 && j >= 1 && tokens.get(j + 1).joined()
                    && CONNECTORS.contains(tokens.get(j).base())
                    && tokens.get(j).joined() && isHeadToken(tokens.get(j - 1))) {
                headIndex = j - 1;
            }
        }
        if (headIndex < 0) {
            return null;
        }
        int from = headIndex;
        while (from > 0 && tokens.get(from).joined() && !tokens.get(from - 1).possessive()
                && EnglishLexicon.isModifier(tokens.get(from - 1).base())) {
            from--;
        }
        String head = tokens.get(headIndex).base();
        return new Title(text.substring(tokens.get(from).start(), tokens.get(titleEnd).end()), head);
    }

    private static boolean isHeadToken(Token token) {
        return !token.possessive() && EnglishLexicon.isHead(token.base());
    }

    private static boolean isTailWord(Token token) {
        String word = token.base();
        return !token.possessive()
                && (word.equals("the") || word.equals("and") || token.capitalised() && EnglishLexicon.isStop(word));
    }

    /** The end (exclusive) of a run of up to four name words starting at {@code i}. */
    private static int nameRunEnd(List<Token> tokens, int i) {
        int end = i + 1;
        if (tokens.get(i).possessive()) {
            return end;
        }
        while (end < tokens.size() && end - i < MAX_NAME_TOKENS && tokens.get(end).joined()
                && (isNameWord(tokens.get(end)) || tokens.get(end).initial())) {
            end++;
            if (tokens.get(end - 1).possessive()) {
                break;
            }
        }
        while (end - 1 > i && tokens.get(end - 1).initial()) {
            end--;
        }
        return end;
    }

    /**
     * The end (exclusive) of a Korean-style full name starting at {@code i} ("Choi Jung-kun", "Kim Yo Jong"),
     * or {@code i} when there is none.
     */
    private static int koreanStyleNameEnd(List<Token> tokens, int i) {
        Token surname = tokens.get(i);
        if (!EnglishLexicon.KOREAN_SURNAMES.contains(surname.base()) || surname.possessive()
                || i + 1 >= tokens.size() || !tokens.get(i + 1).joined()) {
            return i;
        }
        Token given = tokens.get(i + 1);
        if (EnglishLexicon.isHyphenatedGivenName(given.base())) {
            return placeAfter(tokens, i + 2) ? i : i + 2;
        }
        if (i + 2 < tokens.size() && !given.possessive() && tokens.get(i + 2).joined()
                && isSpacedSyllable(given) && isSpacedSyllable(tokens.get(i + 2))) {
            int end = i + 3;
            boolean runsOn = end < tokens.size() && tokens.get(end).joined() && !tokens.get(end - 1).possessive()
                    && tokens.get(end).capitalised() && !EnglishLexicon.isStop(tokens.get(end).base());
            return runsOn || placeAfter(tokens, end) ? i : end;
        }
        return i;
    }

    private static boolean isSpacedSyllable(Token token) {
        return token.capitalised() && EnglishLexicon.isSpacedGivenSyllable(token.base());
    }

    /** "Kim Il Sung Square", "Kim Il Sung University": the name is part of a place or institution. */
    private static boolean placeAfter(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).joined() && !tokens.get(end - 1).possessive()
                && tokens.get(end).capitalised() && EnglishLexicon.isNamedPlaceWord(tokens.get(end).base());
    }

    /** "By Kang Seung-woo": the writer's own byline. */
    private static boolean bylineBefore(List<Token> tokens, int start) {
        return start > 0 && tokens.get(start).joined() && tokens.get(start - 1).base().equals("By");
    }

    private static boolean bylineAfter(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).joined() && !tokens.get(end - 1).possessive()
                && EnglishLexicon.isBylineHead(tokens.get(end).base());
    }

    private static boolean isNameWord(Token token) {
        return token.capitalised() && !token.initial() && !EnglishLexicon.isStop(token.base())
                && !EnglishLexicon.isTitleWord(token.base());
    }

    /** A registry name must start and end with capitalised words, with only spaces or hyphens between. */
    private static boolean isNameSpan(List<Token> span) {
        for (int k = 1; k < span.size(); k++) {
            if (!span.get(k).joined() || span.get(k - 1).possessive()) {
                return false;
            }
        }
        return Character.isUpperCase(span.get(span.size() - 1).base().charAt(0));
    }
}
