package dev.sinmun.tags;

import java.util.List;
import java.util.Set;

/**
 * A title given to a person in English text, as written ({@code text}, e.g. "First Vice Foreign Minister") with
 * its main word ({@code head}, e.g. "Minister"): either right before the name, or in apposition after it.
 */
record EnglishTitle(String text, String head) {

    private static final int MAX_TAIL_TOKENS = 8;
    private static final Set<String> CONNECTORS = Set.of("of", "for", "to", "on");
    private static final Set<String> QUALIFIERS = Set.of("nominee", "designate", "candidate", "elect");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> APPOSITION_MODIFIERS = Set.of("party", "government", "ministry");
    private static final Set<String> APPOSITION_ENDS = Set.of("of", "for", "to", "at", "on", "in");

    /** The title of a reporter or correspondent: the person is the byline, not the subject. */
    boolean byline() {
        return EnglishLexicon.isBylineHead(head);
    }

    /** "Mr.", "Dr.": a title that says nothing about the person's role. */
    boolean honorific() {
        return EnglishLexicon.isHonorific(head);
    }

    /**
     * The title ending right before token {@code i}: modifiers, a head, and an optional tail such as "of State" or
     * "for Korean Peninsula Peace and Security Affairs"; null when there is none.
     */
    static EnglishTitle before(String text, List<Token> tokens, int i) {
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
        return new EnglishTitle(text.substring(tokens.get(from).start(), tokens.get(titleEnd).end()), head);
    }

    private static boolean isHeadToken(Token token) {
        return !token.possessive() && EnglishLexicon.isHead(token.base());
    }

    private static boolean isTailWord(Token token) {
        String word = token.base();
        return !token.possessive()
                && (word.equals("the") || word.equals("and") || token.capitalised() && EnglishLexicon.isStop(word));
    }

    /**
     * A title in apposition right after a name: "Kim Chun-sig, spokesman for the delegation" or "Ri Son Gwon,
     * chairman of the committee" give "spokesman" and "chairman". Honorifics and possessives do not count.
     */
    static EnglishTitle appositive(String text, List<Token> tokens, int end) {
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
                return ends ? new EnglishTitle(text.substring(tokens.get(from).start(), t.end()), t.base()) : null;
            }
            if (!lower || !EnglishLexicon.isModifier(t.base()) && !APPOSITION_MODIFIERS.contains(t.base())) {
                return null;
            }
            k++;
        }
        return null;
    }
}
