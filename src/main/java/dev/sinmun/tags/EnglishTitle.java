package dev.sinmun.tags;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A title given to a person in English text, as written ({@code text}, e.g. "First Vice Foreign Minister") with
 * its main word ({@code head}, e.g. "Minister") and the index of its first token ({@code from}): either right
 * before the name, or in apposition after it.
 */
record EnglishTitle(String text, String head, int from) {

    private static final int MAX_TAIL_TOKENS = 8;
    private static final int MAX_OWNER_NAME = 4;
    /** "official": a title only after the institution it serves ("a Statistics Korea official"). */
    private static final Set<String> OWNED_HEADS = Set.of("official");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "to", "on");
    private static final Set<String> QUALIFIERS = Set.of("nominee", "designate", "candidate", "elect");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PREDICATE_VERBS = Set.of("is", "was");
    /** "CEO", "CFO": a title written in capitals, as it always is. */
    private static final Pattern ACRONYM_HEAD = Pattern.compile("C[EFOT]O");
    private static final Set<String> APPOSITION_MODIFIERS = Set.of("party", "government", "ministry", "former", "team");
    private static final Set<String> NATIONALITY_WORDS = Set.of(
            "south", "north", "s.", "n.", "korea", "korean", "u.s.", "us", "american", "china", "chinese", "japan",
            "japanese", "russia", "russian", "british", "uk", "french", "german", "indian", "taiwanese", "ukrainian",
            "vietnamese", "australian", "canadian", "israeli", "iranian", "italian", "mongolian", "philippine",
            "indonesian", "thai", "singaporean", "european", "eu");
    /** How many words "of", an owner and its unit may take ("the Ulsan city government's investment team"). */
    private static final int MAX_OWNED_TAIL = 8;
    /** Words after an owner's unit that start another description ("… union and a former welder"). */
    private static final Set<String> OWNED_TAIL_BREAKS = Set.of("and", "or", "but", "a", "an", "the", "who", "which");
    private static final Set<String> APPOSITION_ENDS = Set.of("of", "for", "to", "at", "on", "in", "who", "whose");

    /** The title of a reporter or correspondent: the person is the byline, not the subject. */
    boolean byline() {
        return EnglishLexicon.isBylineHead(head);
    }

    /** "Mr.", "Dr.": a title that says nothing about the person's role. */
    boolean honorific() {
        return EnglishLexicon.isHonorific(head);
    }

    /**
     * The title ending right before token {@code i}: qualifiers ("Commerce", "Bank of Korea"; none in a Title-Case
     * {@code headline}), modifiers, a head, and an optional tail such as "of State" or "for Korean Peninsula Peace
     * and Security Affairs", with "former" kept; a post before a bare rank wins ("Army Chief of Staff Gen.").
     * Null when there is none.
     */
    static EnglishTitle before(String text, List<Token> tokens, int i, boolean headline) {
        if (!tokens.get(i).joined()) {
            return setOffBefore(text, tokens, i, headline);
        }
        int k = i - 1;
        boolean qualified = k > 0 && QUALIFIERS.contains(EnglishLexicon.lower(tokens.get(k).base()))
                && tokens.get(k).joined();
        if (qualified) {
            k--;
        }
        EnglishTitle title = endingAt(text, tokens, k, !headline);
        if (title != null && title.rank() && title.from > 0 && tokens.get(title.from).joined()) {
            EnglishTitle post = endingAt(text, tokens, title.from - 1, !headline);
            if (post != null) {
                title = post;
            }
        }
        return title != null && qualified ? title.qualifiedBy(tokens.get(i - 1).base()) : title;
    }

    /**
     * A title set off by commas before the name it introduces, after "the" or an owner ("The first lady, Kim Hye-rin,
     * visited …", "the country's foreign minister, Cho Min-ho, said"); null when the name is not closed by a comma
     * too, as a list's would not be ("the minister, Kim and Lee").
     */
    private static EnglishTitle setOffBefore(String text, List<Token> tokens, int i, boolean headline) {
        if (i < 2 || tokens.get(i - 1).possessive() || !text.substring(tokens.get(i - 1).end(), tokens.get(i).start())
                .equals(", ")) {
            return null;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < MAX_OWNER_NAME && tokens.get(end).joined()
                && tokens.get(end).capitalised()) {
            end++;
        }
        if (end - i < 2 || end >= tokens.size() || !text.startsWith(",", tokens.get(end - 1).end())) {
            return null;
        }
        EnglishTitle title = endingAt(text, tokens, i - 1, !headline);
        if (title == null || title.from == 0 || !tokens.get(title.from).joined() || title.honorific()
                || title.byline()) {
            return null;
        }
        Token owner = tokens.get(title.from - 1);
        return owner.possessive() || EnglishLexicon.lower(owner.base()).equals("the") ? title : null;
    }

    /** The title with the qualifier written after it ("Prime Minister nominee"): not yet the post itself. */
    private EnglishTitle qualifiedBy(String qualifier) {
        return new EnglishTitle(text + " " + qualifier, head, from);
    }

    /**
     * A title whose last word is token {@code k}, with its qualifiers; null when there is none. A lower-case "chief"
     * ends a title only here, right before a name ("acting chief Kim Seong-hoon").
     */
    private static EnglishTitle endingAt(String text, List<Token> tokens, int k, boolean qualified) {
        int titleEnd = k;
        int headIndex = -1;
        if (k >= 0 && (isHeadToken(tokens.get(k)) || tokens.get(k).base().equals("chief") || firstLady(tokens, k))) {
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
                    && tokens.get(j).joined() && isHeadToken(tokens.get(j - 1))
                    && namesPost(tokens.get(j - 1), tokens.get(k))) {
                headIndex = j - 1;
            } else {
                headIndex = portfolioHead(text, tokens, k);
            }
        }
        if (headIndex < 0) {
            return null;
        }
        if (tokens.get(headIndex).base().equals("General") && headIndex > 0 && tokens.get(headIndex).joined()
                && isHeadToken(tokens.get(headIndex - 1))) {
            headIndex--;
        }
        int from = headIndex;
        while (from > 0 && tokens.get(from).joined() && !tokens.get(from - 1).possessive()
                && EnglishLexicon.isModifier(tokens.get(from - 1).base())
                && !isPreposition(tokens.get(from - 1), tokens.get(headIndex))) {
            from--;
        }
        String headWord = tokens.get(headIndex).base();
        if (qualified && (!EnglishLexicon.isRank(headWord) || Character.isLowerCase(headWord.charAt(0)))) {
            from = qualifiersStart(tokens, from);
        }
        if (from == headIndex && from > 0 && tokens.get(from).joined()
                && ARTICLES.contains(EnglishLexicon.lower(tokens.get(from - 1).base()))) {
            return null;
        }
        EnglishTitle first = from > 1 && headIndex < titleEnd && tokens.get(from).joined()
                && tokens.get(from - 1).base().equals("and") && tokens.get(from - 1).joined()
                ? endingAt(text, tokens, from - 2, false) : null;
        if (first != null && EnglishLexicon.isHead(first.head)) {
            from = first.from;
        }
        boolean former = from > 0 && tokens.get(from).joined()
                && EnglishLexicon.lower(tokens.get(from - 1).base()).equals("former");
        String written = text.substring(tokens.get(from).start(), tokens.get(titleEnd).end());
        String head = tokens.get(headIndex).base();
        return new EnglishTitle(former ? "former " + written : written, head, from);
    }

    /**
     * Where the qualifiers before a title start: capitalised words naming an organisation, a place or a
     * department ("Commerce Secretary", "Bank of Korea Governor", "Democratic Party leader"), within the sentence
     * and stopping at function words, possessives and punctuation; a run made only of nationality words ("South
     * Korean", "U.S.", "Chinese") is left out, since it says whose the title is, not which.
     */
    private static int qualifiersStart(List<Token> tokens, int from) {
        int start = from;
        int k = from;
        while (k > 0 && tokens.get(k).joined() && !tokens.get(k - 1).possessive()) {
            Token previous = tokens.get(k - 1);
            String word = previous.base();
            if (isHeadToken(previous) && !inBodyName(previous, start, from, tokens.get(from))) {
                break;
            }
            if (Character.isUpperCase(word.charAt(0)) && !EnglishLexicon.isFunctionWord(word)
                    && !word.endsWith("ly")) {
                k--;
                start = k;
            } else if (EnglishLexicon.isModifier(word) && Character.isLowerCase(word.charAt(0))
                    && !isPreposition(previous, tokens.get(from))) {
                k--;
                start = k;
            } else if (word.equals("of") && k - 1 > 0 && previous.joined()
                    && Character.isUpperCase(tokens.get(k - 2).base().charAt(0))
                    && !tokens.get(k - 2).possessive()) {
                k--;
            } else {
                break;
            }
        }
        boolean nationalOnly = true;
        for (int q = start; q < from; q++) {
            nationalOnly &= NATIONALITY_WORDS.contains(EnglishLexicon.lower(tokens.get(q).base()));
        }
        return nationalOnly && start < from ? from : portfolioListStart(tokens, start, from);
    }

    /**
     * "Premier League striker": a capitalised head word that begins a body's name of capitalised words before a
     * lower-case title ("striker", "leader") is part of that name, not a title of its own.
     */
    private static boolean inBodyName(Token head, int start, int from, Token title) {
        return start < from && Character.isUpperCase(head.base().charAt(0))
                && Character.isLowerCase(title.base().charAt(0));
    }

    /**
     * Where a ministry's portfolio named as a list begins ("Land, Infrastructure and Transport Minister", "Science
     * and ICT Minister"), when the qualifiers from {@code start} are portfolio words and "and" comes before them;
     * else {@code start}. Only portfolio words join the list, so "Yoon and Prime Minister" stays two people.
     */
    private static int portfolioListStart(List<Token> tokens, int start, int from) {
        for (int q = start; q < from; q++) {
            if (!EnglishLexicon.isPortfolio(tokens.get(q).base())) {
                return start;
            }
        }
        if (start < 2 || !tokens.get(start).joined() || !tokens.get(start - 1).base().equals("and")
                || !tokens.get(start - 1).joined() || !EnglishLexicon.isPortfolio(tokens.get(start - 2).base())) {
            return start;
        }
        int k = start - 2;
        while (k > 0 && EnglishLexicon.isPortfolio(tokens.get(k - 1).base()) && !tokens.get(k - 1).possessive()) {
            k--;
        }
        return k;
    }

    /**
     * The head of a minister's title whose portfolio is a list ending at token {@code k}: "Minister of Trade, Industry
     * and Energy", "Minister of Science and ICT" (not "Commissioner for Human Rights"); -1 when there is none.
     */
    private static int portfolioHead(String text, List<Token> tokens, int k) {
        int j = k;
        while (j >= 0 && (EnglishLexicon.isPortfolio(tokens.get(j).base()) || tokens.get(j).base().equals("and"))
                && !tokens.get(j).possessive() && (j == k || listed(text, tokens, j))) {
            j--;
        }
        boolean named = j < k && j >= 1 && EnglishLexicon.isPortfolio(tokens.get(j + 1).base())
                && EnglishLexicon.isPortfolio(tokens.get(k).base()) && CONNECTORS.contains(tokens.get(j).base())
                && tokens.get(j).joined() && tokens.get(j + 1).joined() && isHeadToken(tokens.get(j - 1))
                && tokens.get(j - 1).base().startsWith("Minist");
        return named ? j - 1 : -1;
    }

    /** Whether token {@code j} is followed by the next within one list: a space or ", " between them. */
    private static boolean listed(String text, List<Token> tokens, int j) {
        String gap = text.substring(tokens.get(j).end(), tokens.get(j + 1).start());
        return tokens.get(j + 1).joined() || gap.equals(", ");
    }

    /** "under President Kim" (in his time) against "Under Secretary": "under" is part of a secretary's title only. */
    private static boolean isPreposition(Token word, Token head) {
        return word.base().equals("under") && !EnglishLexicon.lower(head.base()).startsWith("secretar");
    }

    /** "Gen.", "Lt. Gen.", "Rep.": a rank or form of address that a post given in apposition replaces. */
    boolean rank() {
        return EnglishLexicon.isRank(head);
    }

    /** "first lady" in lower case ("former first lady Kim Jung-sook"): "lady" is a title only after "first". */
    private static boolean firstLady(List<Token> tokens, int k) {
        return k > 0 && !tokens.get(k).possessive() && tokens.get(k).joined()
                && tokens.get(k).base().equalsIgnoreCase("lady") && tokens.get(k - 1).base().equalsIgnoreCase("first");
    }

    private static boolean isHeadToken(Token token) {
        return !token.possessive() && EnglishLexicon.isHead(token.base());
    }

    /**
     * Whether a head with an "of …" tail ends a title before a name ("Secretary of State Mike Pompeo") rather than
     * starting the name of an organisation ("governor of the Financial Supervisory Service", "commissioner of the
     * Korea Disease Control…"): the head is capitalised and the tail does not end in "the" or "and".
     */
    private static boolean namesPost(Token head, Token lastTailWord) {
        return Character.isUpperCase(head.base().charAt(0)) && !lastTailWord.base().equals("the")
                && !lastTailWord.base().equals("and");
    }

    private static boolean isTailWord(Token token) {
        String word = token.base();
        return !token.possessive()
                && (word.equals("the") || word.equals("and") || token.capitalised() && EnglishLexicon.isStop(word));
    }

    /**
     * The last token of an "of …" tail naming an institution after an appositive head ("chairman of the Joint
     * Chiefs of Staff", "secretary of Russia's Security Council"), or {@code head} when the tail is not capitalised
     * ("spokesman for the delegation") or ends with an owner ("leader of Yoon's own party").
     */
    private static int namedTailEnd(String text, List<Token> tokens, int head) {
        int k = head + 1;
        if (k >= tokens.size() || !tokens.get(k).joined() || !CONNECTORS.contains(tokens.get(k).base())) {
            return head;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).joined() && tokens.get(k).base().equals("the")) {
            k++;
        }
        int last = head;
        while (k < tokens.size() && tokens.get(k).joined()) {
            Token t = tokens.get(k);
            if (Character.isUpperCase(t.base().charAt(0))) {
                last = k;
                if (t.possessive() || pluralPossessive(text, t)) {
                    boolean owned = k + 1 < tokens.size() && tokens.get(k + 1).joined()
                            && Character.isUpperCase(tokens.get(k + 1).base().charAt(0));
                    if (!owned) {
                        return head;
                    }
                }
            } else if (last == head || !CONNECTORS.contains(t.base()) && !t.base().equals("the")
                    && !andInName(tokens, k)) {
                break;
            }
            k++;
        }
        return last;
    }

    /**
     * The end of "of" and a named owner's unit closing the apposition ("head of Hyundai Motor's electrification
     * division", "head of the Ulsan city government's investment team", "head of Hanbit Motors' battery unit"): the
     * owner starts with a capital, the words after its possessive are lower-case (no "and", no article), and the
     * phrase ends at a comma or the sentence's end; {@code head} otherwise.
     */
    private static int ownedTailEnd(String text, List<Token> tokens, int head) {
        int k = head + 1;
        if (k >= tokens.size() || !tokens.get(k).joined() || !tokens.get(k).base().equals("of")) {
            return head;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).joined() && tokens.get(k).base().equals("the")) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).joined() || !Character.isUpperCase(tokens.get(k).base().charAt(0))) {
            return head;
        }
        int owner = -1;
        int j = k;
        for (; j < tokens.size() && tokens.get(j).joined() && j - k < MAX_OWNED_TAIL; j++) {
            Token t = tokens.get(j);
            if (owner < 0 && (t.possessive() || pluralPossessive(text, t))) {
                owner = j;
            } else if (owner >= 0 && (!Character.isLowerCase(t.base().charAt(0)) || APPOSITION_ENDS.contains(t.base())
                    || CONNECTORS.contains(t.base()) || OWNED_TAIL_BREAKS.contains(t.base()))) {
                return head;
            }
        }
        boolean closes = j >= tokens.size() || !tokens.get(j).joined();
        return closes && owner >= 0 && j - 1 > owner ? j - 1 : head;
    }

    /**
     * "head of the Ulsan city government's investment team": a name followed by a lower-case word in the same phrase
     * only qualifies it, so the tail is not the institution's name.
     */
    private static boolean attributive(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).joined()
                && Character.isLowerCase(tokens.get(last + 1).base().charAt(0))
                && !CONNECTORS.contains(tokens.get(last + 1).base())
                && !APPOSITION_ENDS.contains(tokens.get(last + 1).base());
    }

    /** "Hanbit Motors' battery unit": a plural's apostrophe makes the word an owner. */
    private static boolean pluralPossessive(String text, Token t) {
        int end = t.end();
        return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (t.base().endsWith("s") || t.base().endsWith("S"));
    }

    /**
     * "Ministry of Economy and Finance": an "and" inside a named tail, before a capitalised word that is not a
     * Korean surname (as in "… and Kim Min-seok").
     */
    private static boolean andInName(List<Token> tokens, int k) {
        if (!tokens.get(k).base().equals("and") || k + 1 >= tokens.size() || !tokens.get(k + 1).joined()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.capitalised() && !EnglishLexicon.KOREAN_SURNAMES.contains(next.base());
    }

    /**
     * The token after an institution's name written before a lower-case title after an article ("a Statistics Korea
     * official", "a Seoul National University professor"): up to {@value #MAX_OWNER_NAME} capitalised words followed
     * by a lower-case word; {@code k} itself when there is no such name.
     */
    private static int afterOwnerName(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && j - k < MAX_OWNER_NAME && tokens.get(j).joined() && !tokens.get(j).possessive()
                && tokens.get(j).capitalised() && !ACRONYM_HEAD.matcher(tokens.get(j).base()).matches()) {
            j++;
        }
        return j > k && j < tokens.size() && tokens.get(j).joined()
                && Character.isLowerCase(tokens.get(j).base().charAt(0)) ? j : k;
    }

    /**
     * A title in apposition right after a name: "Kim Chun-sig, spokesman for the delegation" or "Ri Son Gwon,
     * chairman of the committee" give "spokesman" and "chairman"; a named institution stays ("chief of the Joint
     * Chiefs of Staff"), as does "chief of staff"; an owner after the article is skipped ("the North's foreign
     * minister"). Honorifics and possessives do not count. A title the sentence gives right after the name as its
     * predicate counts too ("Kim Ha-eun is a professor of economics at …").
     */
    static EnglishTitle appositive(String text, List<Token> tokens, int end) {
        if (end >= tokens.size() || tokens.get(end - 1).possessive()) {
            return null;
        }
        String gap = text.substring(tokens.get(end - 1).end(), tokens.get(end).start());
        boolean predicate = gap.equals(" ") && PREDICATE_VERBS.contains(tokens.get(end).base()) && end + 1 < tokens.size()
                && ARTICLES.contains(tokens.get(end + 1).base()) && tokens.get(end + 1).joined();
        if (!gap.equals(", ") && !predicate) {
            return null;
        }
        int k = predicate ? end + 1 : end;
        if (ARTICLES.contains(tokens.get(k).base())) {
            k++;
            if (k + 1 < tokens.size() && tokens.get(k).possessive() && tokens.get(k + 1).joined()) {
                k++;
            }
        }
        int from = k;
        int words = k;
        if (k > end && ARTICLES.contains(tokens.get(k - 1).base())) {
            words = afterOwnerName(tokens, k);
        }
        k = words;
        while (k < tokens.size() && k - words < 4 && (k == end || tokens.get(k).joined())
                && !tokens.get(k).possessive()) {
            Token t = tokens.get(k);
            boolean lower = Character.isLowerCase(t.base().charAt(0)) || ACRONYM_HEAD.matcher(t.base()).matches();
            boolean chiefOf = (t.base().equals("chief") || t.base().equals("head")) && k + 1 < tokens.size()
                    && tokens.get(k + 1).base().equals("of");
            boolean qualifiedHead = t.base().equals("head") && k > words;
            if (lower && (EnglishLexicon.isHead(t.base()) || chiefOf || qualifiedHead || firstLady(tokens, k)
                    || OWNED_HEADS.contains(t.base()) && words > from)
                    && !EnglishLexicon.isHonorific(t.base())) {
                boolean ends = k + 1 >= tokens.size() || !tokens.get(k + 1).joined()
                        || APPOSITION_ENDS.contains(tokens.get(k + 1).base());
                if (!ends) {
                    return null;
                }
                int last = chiefOf && k + 2 < tokens.size() && tokens.get(k + 2).joined()
                        && tokens.get(k + 2).base().equals("staff") ? k + 2 : namedTailEnd(text, tokens, k);
                if (last > k && attributive(tokens, last)) {
                    last = k;
                }
                if (last == k) {
                    last = ownedTailEnd(text, tokens, k);
                }
                return new EnglishTitle(text.substring(tokens.get(from).start(), tokens.get(last).end()), t.base(),
                        from);
            }
            if (!lower || !EnglishLexicon.isModifier(t.base()) && !APPOSITION_MODIFIERS.contains(t.base())) {
                return null;
            }
            k++;
        }
        return null;
    }
}
