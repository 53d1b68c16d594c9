package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people in English-script text: registry names and aliases anywhere, unknown names after a title
 * ("Deputy Secretary of State Stephen Biegun"), unknown Korean-style full names ("Kim Yo Jong", "Choi Jung-kun"),
 * and surnames alone, to be resolved later.
 */
final class EnglishPersonFinder {

    private static final int MAX_NAME_TOKENS = 4;
    /** How far around a name its line is read: enough for a role before it or an e-mail after it. */
    private static final int CONTEXT_CHARS = 120;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[\\w.+-]+@[\\w.-]+");
    /**
     * A credit's job after the name, closing its brackets or its line: "(by Kim Min-ji, staff photographer)" under a
     * photo, "Kim Min-ji, staff reporter"; "Kim, a reporter at KBS, said" goes on and is no credit.
     */
    private static final java.util.regex.Pattern CREDIT_JOB_AFTER = java.util.regex.Pattern.compile(
            "^,\\s*(?:[\\p{L}-]+\\s+){0,2}(?:photographer|reporter|correspondent|journalist)s?\\s*(?:\\)|\\n|$)");
    /** A news anchor's hand-over to the reporter after the name ("… reports.", "… reports from Washington."). */
    private static final java.util.regex.Pattern HAND_OVER = java.util.regex.Pattern.compile(
            "^\\s+(?:reports|has (?:more|the (?:story|details|latest)|this report)|tells us more)"
                    + "(?:\\s+from\\s+[A-Z][\\w.' -]{0,40})?\\s*[.:]");
    /**
     * "IU plays Oh Ae-sun", "play the older Ae-sun", "the role of …", "the character …", "plays a fictionalized
     * version of Chun Doo-hwan named Chun Doo-gwang": a drama's role.
     */
    private static final java.util.regex.Pattern ROLE_PLAYED = java.util.regex.Pattern.compile(
            "(?:\\b(?:plays?|played|playing|portrays?|portrayed|portraying)(?:\\s+the(?:\\s+(?:young|younger|old|older"
                    + "|adult|teenage))?)?|\\brole\\s+of|\\bcharacter(?:\\s+of)?|\\bcharacters"
                    + "|\\b(?:plays?|played|playing|portrays?|portrayed|portraying|fictionali[sz]ed|fictional)\\b"
                    + "[^.;!?\"“”]*\\bnamed)\\s+$");

    /**
     * "V, whose real name is Kim Tae-hyung", "IU (real name: Lee Ji-eun)", "IU (born Lee Ji-eun)": the name after it
     * is another name of the one-word name before.
     */
    private static final java.util.regex.Pattern REAL_NAME = java.util.regex.Pattern.compile(
            "([\\p{L}.-]+)(?:,? whose (?:real|legal|birth) name is| \\((?:(?:real|legal|birth) name:?|born))\\s+$");

    /**
     * "Kim's daughter, Ju Ae", "Kim Jong Un's young daughter, believed to be named Ju-ae": a relative named by
     * given name after the family's surname or full name.
     */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "\\b(?:([A-Z][a-z]+)(?:\\s+[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)?)?['’]s|[Hh](?:is|er))\\s+"
                    + "(?:(?:young|teenage|eldest|oldest|youngest|second|only|younger|older)\\s+)?"
                    + "(?:daughter|son|wife|husband|sister|brother)"
                    + "(?:,?\\s+(?:(?:believed|thought|said|known|reported) to be(?:\\s+(?:named|called))?"
                    + "|named|called))?,?\\s+"
                    + "([A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)?)\\b");

    /** Lower-case particles inside a family name ("Lula da Silva", "Abdul bin Ahmad"). */
    private static final Set<String> NAME_PARTICLES = Set.of("da", "de", "do", "dos", "das", "del", "bin", "al");

    private final Map<String, RegistryPerson> registryByKey = new HashMap<>();
    /** South Korean registry people by their names' romanisation-folding key ("Han Duk-soo" = "Han Duck-soo"). */
    private final Map<String, RegistryPerson> registryBySpelling;
    /** Registry people known by one word ("RM", "IU", "G-Dragon"), found only where the text writes it as one. */
    private final Map<String, RegistryPerson> oneWordNames = new HashMap<>();
    /** Registry people by the family names of their names of two words or more ("Suga" → Yoshihide Suga). */
    private final Map<String, List<RegistryPerson>> byFamilyName = new HashMap<>();
    private final int maxRegistryTokens;
    private final PersonNames names;
    /** One-word names of Korean places ("Itaewon", "Mapo"): never a Western given name ("Itaewon Halloween"). */
    private final Set<String> koreanPlaceWords = new HashSet<>();

    EnglishPersonFinder(Registry registry, PersonNames names) {
        this.names = names;
        int max = 2;
        for (RegistryPerson person : registry.people()) {
            for (String name : person.enNames()) {
                List<Token> tokens = Token.split(ArticleText.normalise(name));
                if (tokens.size() >= 2) {
                    registryByKey.putIfAbsent(PersonNames.key(tokens), person);
                    PersonNames.surnames(person).forEach(
                            f -> byFamilyName.computeIfAbsent(f, k -> new ArrayList<>()).add(person));
                    max = Math.max(max, tokens.size());
                } else if (tokens.size() == 1) {
                    oneWordNames.putIfAbsent(PersonNames.key(tokens), person);
                }
            }
        }
        this.maxRegistryTokens = Math.min(max, 6);
        for (RegistryEntry place : registry.places()) {
            if ("KR".equals(place.country()) || "KP".equals(place.country())) {
                place.enNames().stream().filter(n -> n.indexOf(' ') < 0).forEach(koreanPlaceWords::add);
            }
        }
        givenNameFirstForms(registry).forEach(registryByKey::putIfAbsent);
        this.registryBySpelling = spellings(registry);
    }

    /** The folded keys of South Koreans' two-word registry names, each held by one person only. */
    private static Map<String, RegistryPerson> spellings(Registry registry) {
        Map<String, RegistryPerson> spellings = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (RegistryPerson person : registry.people()) {
            if (!"KR".equalsIgnoreCase(person.country())) {
                continue;
            }
            for (String name : person.enNames()) {
                String key = RomanizedNameKey.of(name);
                RegistryPerson other = key.isEmpty() ? null : spellings.putIfAbsent(key, person);
                if (other != null && !other.id().equals(person.id())) {
                    shared.add(key);
                }
            }
        }
        shared.forEach(spellings::remove);
        return spellings;
    }

    /**
     * The registry person an unknown Korean-style name is another spelling of ("Lee Jae-myoung", "Han Dong-hun",
     * "Chung Jung-mi" for Jung Jung-mi): a spelling of the same surname, a hyphenated given name that folds to
     * theirs; or null.
     */
    private RegistryPerson respelt(List<Token> span) {
        if (span.size() != 2 || !EnglishLexicon.isHyphenatedGivenName(span.get(1).base())) {
            return null;
        }
        String written = span.get(0).base() + " " + span.get(1).base();
        RegistryPerson person = registryBySpelling.get(RomanizedNameKey.of(written));
        String surname = span.get(0).base();
        return person != null && person.enNames().stream().anyMatch(n -> n.indexOf(' ') > 0
                && RomanizedNameKey.sameSurname(n.substring(0, n.indexOf(' ')), surname)
                && SpellingVariants.sameGivenName(n.substring(n.indexOf(' ') + 1), span.get(1).base())) ? person : null;
    }

    /**
     * The given-name-first forms of South Koreans' registry names, as foreign outlets and clubs write them
     * ("Heung-min Son", "Euisun Chung" for "Son Heung-min", "Chung Euisun"): only two-word names of a Korean surname
     * and a hyphenated or one-word given name of two syllables or more, and never a form two people would share.
     */
    private static Map<String, RegistryPerson> givenNameFirstForms(Registry registry) {
        Map<String, RegistryPerson> forms = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (RegistryPerson person : registry.people()) {
            if (!"KR".equalsIgnoreCase(person.country())) {
                continue;
            }
            for (String name : person.enNames()) {
                List<Token> tokens = Token.split(ArticleText.normalise(name));
                if (tokens.size() != 2 || !EnglishLexicon.KOREAN_SURNAMES.contains(tokens.get(0).base())) {
                    continue;
                }
                String given = tokens.get(1).base();
                boolean oneWord = given.length() >= 5 && given.matches("\\p{Lu}\\p{Ll}+");
                if (EnglishLexicon.isHyphenatedGivenName(given) || oneWord) {
                    String key = PersonNames.key(List.of(tokens.get(1), tokens.get(0)));
                    RegistryPerson other = forms.putIfAbsent(key, person);
                    if (other != null && !other.id().equals(person.id())) {
                        shared.add(key);
                    }
                }
            }
        }
        shared.forEach(forms::remove);
        return forms;
    }

    void find(String text, PersonMentions mentions) {
        List<Token> tokens = Token.split(text);
        boolean[] headlineCase = headlineCase(text, tokens);
        Set<String> alone = wordsAlone(tokens);
        Set<String> lowercase = lowercaseWords(tokens);
        int i = 0;
        while (i < tokens.size()) {
            i = findAt(text, tokens, i, mentions, headlineCase[i], alone, lowercase);
        }
        java.util.regex.Matcher relative = RELATIVE.matcher(text);
        while (relative.find()) {
            RegistryPerson person = relative(text, relative);
            if (person != null) {
                mentions.full(relative.start(2), PersonCandidate.registry(person), null, false);
            }
        }
    }

    /**
     * The registry person a relative's given name names, of the family named before it ("Kim's daughter, Ju Ae"),
     * or for "his daughter" of the nearest family name in the sentences before that has such a relative.
     */
    private RegistryPerson relative(String text, java.util.regex.Matcher relative) {
        String given = relative.group(2);
        if (relative.group(1) != null) {
            return registryByKey.get(PersonNames.key(relative.group(1) + " " + given));
        }
        List<Token> before = Token.split(text.substring(Math.max(0, relative.start() - CONTEXT_CHARS * 3),
                relative.start()));
        for (int k = before.size() - 1; k >= 0; k--) {
            String family = before.get(k).base();
            RegistryPerson person = family.matches("\\p{Lu}\\p{Ll}+")
                    ? registryByKey.get(PersonNames.key(family + " " + given)) : null;
            if (person != null) {
                return person;
            }
        }
        return null;
    }

    /** Words the text writes in lower case, and words it writes after "the" ("the Giants"), folded to lower case. */
    private static Set<String> lowercaseWords(List<Token> tokens) {
        Set<String> lowercase = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).joined() && !tokens.get(k).possessive()
                    && tokens.get(k - 1).base().equalsIgnoreCase("the")) {
                lowercase.add(tokens.get(k).base().toLowerCase(Locale.ROOT));
            }
        }
        tokens.stream().map(Token::base).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))
                .forEach(lowercase::add);
        return lowercase;
    }

    /**
     * Capitalised words that also stand alone in the text, as a surname does on a second mention ("Kane said"):
     * not after "the" or another capitalised word, and not before one; never a word the text also writes in lower
     * case ("Webtoon" … "a webtoon") or after "the" ("the Giants").
     */
    private static Set<String> wordsAlone(List<Token> tokens) {
        Set<String> alone = new HashSet<>();
        Set<String> lowercase = lowercaseWords(tokens);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean afterWord = k > 0 && t.joined() && !tokens.get(k - 1).possessive()
                    && (Character.isUpperCase(tokens.get(k - 1).base().charAt(0))
                    || ARTICLES.contains(tokens.get(k - 1).base().toLowerCase(Locale.ROOT)));
            boolean beforeWord = !t.possessive() && k + 1 < tokens.size() && tokens.get(k + 1).joined()
                    && Character.isUpperCase(tokens.get(k + 1).base().charAt(0));
            if (isNameWord(t) && !afterWord && !beforeWord && !lowercase.contains(t.base().toLowerCase(Locale.ROOT))) {
                alone.add(t.base());
            }
        }
        return alone;
    }

    /**
     * The end (exclusive) of a name in Western order without a title ("Harry Kane", "Sumi Jo"): exactly two name
     * words, outside Title-Case headlines, whose second word stands alone elsewhere in the text and is never written in
     * lower case there ("Naver Webtoon" … "a webtoon") or is followed by a relative clause about a person
     * ("Deborah Smith, whose translation …", "Anton Hur, who translated …"), the first not a number ("Two Koreas");
     * else {@code i}.
     */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "both", "all");

    /** ", who said …", ", whose novel …": a relative clause that follows a person's name. */
    private static final java.util.regex.Pattern PERSON_CLAUSE = java.util.regex.Pattern.compile(
            ", who(?:se)? (?!(?:shares?|stocks?|products?|sales|profits?|members|headquarters)\\b)\\p{Ll}");

    private static int westernNameEnd(String text, List<Token> tokens, int i, boolean headline, Set<String> alone) {
        if (headline || i + 1 >= tokens.size() || tokens.get(i).possessive() || !tokens.get(i + 1).joined()) {
            return i;
        }
        Token given = tokens.get(i);
        Token family = tokens.get(i + 1);
        boolean longer = !family.possessive() && i + 2 < tokens.size() && tokens.get(i + 2).joined()
                && Character.isUpperCase(tokens.get(i + 2).base().charAt(0));
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        boolean afterWord = previous != null && given.joined() && !previous.possessive()
                && Character.isUpperCase(previous.base().charAt(0))
                && (previous.joined() || EnglishLexicon.isPlacePrefix(previous.base()));
        if (longer || afterWord || !isNameWord(given) || !isNameWord(family) || given.base().contains("-")
                || NUMBER_WORDS.contains(given.base().toLowerCase(Locale.ROOT))
                || EnglishLexicon.isNamedPlaceWord(family.base()) || isExclamation(text, given.start(), family.end())
                || !alone.contains(family.base()) && EnglishTitle.appositive(text, tokens, i + 2) == null
                        && !PERSON_CLAUSE.matcher(text).region(family.end(), text.length()).lookingAt()) {
            return i;
        }
        return i + 2;
    }

    /**
     * "Free NewJeans!", a banner's "Save Minji!", "Traitor Hong" in quotation marks: two words that make a whole
     * exclamation, alone or quoted, or a whole quotation, are a slogan or an epithet, not a name.
     */
    private static boolean isExclamation(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean quoted = before >= 0 && "\"“‘".indexOf(text.charAt(before)) >= 0
                && end < text.length() && "\"”’".indexOf(text.charAt(end)) >= 0;
        return quoted || end < text.length() && text.charAt(end) == '!'
                && (before < 0 || ".!?:\n\"'“‘".indexOf(text.charAt(before)) >= 0);
    }

    /**
     * "translated by Sora Kim-Russell and Youngjae Josephine Bae": after a credit for a work, the names listed
     * (two or three name words each) are people.
     */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "\\b(?:co-)?(?:translated|written|illustrated|authored|directed)\\s+by\\s+"
                    + "(?:\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){1,2}(?:,\\s+|,?\\s+and\\s+))*$");

    /** "novels", "latest book": what a writer's possessive owns. */
    private static final java.util.regex.Pattern WORK = java.util.regex.Pattern.compile(
            "(?:(?:latest|new|first|debut|award-winning)\\s+)?(?:novels?|books?|poems?|poetry|memoir|short stories"
                    + "|stories|collection)\\b");

    /** Quotation marks that open the title of a work. */
    private static final String OPENING_QUOTES = "\"'“«";

    /**
     * The end (exclusive) of a name known by what it stands beside rather than by its shape: two or three name
     * words after a credit ({@link #CREDIT}), or a Korean surname and a one-word given name owning a work, quoted or
     * named ("Chung Bora's 'Cursed Bunny'", "Bae Suah's novels"); else {@code i}.
     */
    private static int creditedNameEnd(String text, List<Token> tokens, int i) {
        if (CREDIT.matcher(lineBefore(text, tokens.get(i).start())).find()) {
            int end = nameRunEnd(tokens, i);
            boolean names = end - i >= 2 && end - i <= 3 && !placeAfter(tokens, end)
                    && tokens.subList(i, end).stream().allMatch(t -> isNameWord(t) && !EnglishLexicon.isHead(t.base())
                            && !EnglishLexicon.isNamedPlaceWord(t.base()));
            return names ? end : i;
        }
        if (i + 1 >= tokens.size() || !EnglishLexicon.KOREAN_SURNAMES.contains(tokens.get(i).base())
                || tokens.get(i).possessive()) {
            return i;
        }
        Token given = tokens.get(i + 1);
        int after = given.end() + 2;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean ownsWork = given.joined() && given.possessive() && isNameWord(given)
                && isTwoSyllableGivenName(given.base()) && after < text.length()
                && (OPENING_QUOTES.indexOf(text.charAt(after)) >= 0 || WORK.matcher(text).region(after, text.length())
                        .lookingAt());
        return ownsWork ? i + 2 : i;
    }

    /** "Bora", "Suah", "Euisun": a given name written as one word of two romanised Korean syllables. */
    private static boolean isTwoSyllableGivenName(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (EnglishLexicon.isHyphenatedGivenName(word.substring(0, k) + "-" + word.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end (exclusive) of a run of two or more capitalised words written after "the" ("the Swedish Academy",
     * "the Atlanta Braves", "the Korea Disease Control…"): an organisation, never a person; {@code i} when token
     * {@code i} is not inside such a run. A title word ends the run ("the Samsung Chairman Lee").
     */
    private static int articleRunEnd(List<Token> tokens, int i) {
        int start = i;
        while (start > 0 && tokens.get(start).joined() && runWord(tokens.get(start - 1))) {
            start--;
        }
        if (start == 0 || !tokens.get(start).joined()
                || !tokens.get(start - 1).base().equalsIgnoreCase("the")) {
            return i;
        }
        int end = i + 1;
        while (end < tokens.size() && tokens.get(end).joined() && !tokens.get(end - 1).possessive()
                && runWord(tokens.get(end))) {
            end++;
        }
        return end - start >= 2 ? end : i;
    }

    private static boolean runWord(Token token) {
        return token.capitalised() && !token.possessive() && !EnglishLexicon.isHead(token.base());
    }

    /**
     * Marks the tokens of headlines Written In Title Case (no closing full stop), where a capital letter says
     * nothing about names: there an unknown name after a title is taken only if it is Korean-style
     * ("President Moon Vows" is not a person).
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
    private int findAt(String text, List<Token> tokens, int i, PersonMentions mentions, boolean headline,
                       Set<String> alone, Set<String> lowercase) {
        Token first = tokens.get(i);
        RegistryPerson oneWord = oneWordName(tokens, i, lowercase);
        if (oneWord != null && !familyNameOfOther(text, first.base(), oneWord)) {
            mentions.full(first.start(), PersonCandidate.registry(oneWord), null, false);
            return i + 1;
        }
        if (!Character.isUpperCase(first.base().charAt(0))) {
            return i + 1;
        }
        if (i > 0 && tokens.get(i - 1).base().toLowerCase(Locale.ROOT).matches("surnamed?")) {
            mentions.unnamedCitizen(first.start(), first.base());
            return i + 1;
        }
        EnglishTitle title = EnglishTitle.before(text, tokens, i, headline);
        String role = title == null || title.honorific() ? null : title.text();
        boolean bylineTitle = title != null && title.byline();

        for (int n = Math.min(maxRegistryTokens, tokens.size() - i); n >= 2; n--) {
            List<Token> span = tokens.subList(i, i + n);
            RegistryPerson person = registryByKey.get(PersonNames.key(span));
            if (person != null && isNameSpan(span) && !placeAfter(tokens, i + n)) {
                EnglishTitle apposition = role == null || title.rank()
                        ? EnglishTitle.appositive(text, tokens, i + n) : null;
                int end = tokens.get(i + n - 1).end();
                String given = apposition == null ? role : apposition.text();
                PersonCandidate candidate = OrdinaryPeople.describedInEnglish(text, first.start(), end, person)
                        || SectorMismatch.contradicts(given, person)
                        || SectorMismatch.contradicts(SectorMismatch.possessiveBefore(text, first.start()), person)
                        ? PersonCandidate.namesake(person, text.substring(first.start(), end), null)
                        : PersonCandidate.registry(person);
                mentions.full(first.start(), candidate, given,
                        bylineTitle || bylineBefore(tokens, i) || bylineAfter(text, tokens, i, i + n)
                                || apposition != null && apposition.byline());
                return i + n;
            }
        }
        if (!first.capitalised() || !isNameWord(first) && !surnameBeforeHyphenatedName(tokens, i)) {
            return i + 1;
        }
        if (title == null && koreanStyleNameEnd(tokens, i) == i) {
            int end = articleRunEnd(tokens, i);
            if (end > i) {
                return end;
            }
        }
        if (title != null) {
            int end = nameRunEnd(tokens, i);
            if (headline && end - i >= 2) {
                int korean = koreanStyleNameEnd(tokens, i);
                end = korean > i ? korean : i + 1;
            }
            if (placeAfter(tokens, end)) {
                return end + 1;
            }
            if (end - i >= 2 || !title.honorific() && isHyphenatedSingleName(first)) {
                addUnknown(text, tokens, i, end, title.rank() ? null : role, role,
                        bylineTitle || bylineAfter(text, tokens, i, end), mentions);
            } else {
                mentions.surname(first.start(), first.base(), role, true);
            }
            return end;
        }
        int end = koreanStyleNameEnd(tokens, i);
        if (end > i) {
            boolean byline = bylineBefore(tokens, i) || bylineAfter(text, tokens, i, end);
            addUnknown(text, tokens, i, end, null, null, byline, mentions);
            return end;
        }
        end = oneWordName(tokens, i + 1, lowercase) == null && !koreanPlaceWords.contains(first.base())
                ? westernNameEnd(text, tokens, i, headline, alone) : i;
        if (end == i && !headline) {
            end = creditedNameEnd(text, tokens, i);
        }
        if (end > i) {
            addUnknown(text, tokens, i, end, null, null, bylineBefore(tokens, i) || bylineAfter(text, tokens, i, end),
                    mentions);
            return end;
        }
        mentions.surname(first.start(), first.base(), null, false);
        return i + 1;
    }

    /** "Costa-Gavras": one name of two capitalised parts, not a Korean surname and given name run together. */
    private static boolean isHyphenatedSingleName(Token token) {
        String[] parts = token.base().split("-");
        return parts.length == 2 && parts[0].matches("\\p{Lu}\\p{Ll}{2,}") && parts[1].matches("\\p{Lu}\\p{Ll}{2,}")
                && !EnglishLexicon.KOREAN_SURNAMES.contains(parts[0]);
    }

    /**
     * The registry person known by one word at token {@code i}, or null: written in capitals ("RM", "IU", "PSY") or
     * hyphenated ("G-Dragon", "J-Hope"); or capitalised ("Jimin", "Psy") where no capitalised word follows, the text
     * never writes it in lower case, and it is not a Korean surname ("Jin"); a one-letter name ("V") not after a
     * capitalised word or an article either ("Article V", "a V sign").
     */
    private RegistryPerson oneWordName(List<Token> tokens, int i, Set<String> lowercase) {
        if (i >= tokens.size()) {
            return null;
        }
        Token word = tokens.get(i);
        RegistryPerson person = oneWordNames.get(PersonNames.key(tokens.subList(i, i + 1)));
        if (person == null || isStageName(word)) {
            return person;
        }
        boolean beforeWord = !word.possessive() && i + 1 < tokens.size() && tokens.get(i + 1).joined()
                && Character.isUpperCase(tokens.get(i + 1).base().charAt(0));
        boolean letter = word.base().length() == 1 && Character.isUpperCase(word.base().charAt(0));
        String previous = i > 0 ? tokens.get(i - 1).base() : "";
        boolean afterWord = letter && word.joined() && (Character.isUpperCase(previous.charAt(0))
                || ARTICLES.contains(previous.toLowerCase(Locale.ROOT)));
        boolean standsAlone = (word.capitalised() || letter) && !beforeWord && !afterWord
                && !lowercase.contains(word.base().toLowerCase(Locale.ROOT));
        return standsAlone && !EnglishLexicon.KOREAN_SURNAMES.contains(word.base())
                && !EnglishLexicon.isStop(word.base()) ? person : null;
    }

    /**
     * Whether a one-word name ("Suga") is the family name of another registry person the text names in full
     * ("Prime Minister Yoshihide Suga"): then it is that person's short mention.
     */
    private boolean familyNameOfOther(String text, String word, RegistryPerson person) {
        return byFamilyName.getOrDefault(word, List.of()).stream()
                .anyMatch(p -> p != person && p.enNames().stream().anyMatch(text::contains));
    }

    /** A one-word name that cannot be an ordinary word: in capitals or hyphenated. */
    private static boolean isStageName(Token token) {
        String word = token.base();
        boolean capitals = word.length() >= 2
                && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        boolean hyphenated = word.matches("\\p{Lu}[\\p{L}]*-\\p{Lu}[\\p{L}]*");
        return capitals || hyphenated;
    }

    /** Records an unknown full name; a title in apposition replaces a missing {@code role} or a bare rank. */
    private void addUnknown(String text, List<Token> tokens, int from, int end, String role, String rank,
                            boolean byline, PersonMentions mentions) {
        List<Token> span = tokens.subList(from, end);
        if (role == null) {
            EnglishTitle apposition = EnglishTitle.appositive(text, tokens, end);
            if (apposition != null) {
                role = apposition.text();
                byline |= apposition.byline();
            } else {
                role = rank;
            }
        }
        Token first = span.get(0);
        Token last = span.get(span.size() - 1);
        String en = text.substring(first.start(), last.end());
        if (pluralOfName(text, en)) {
            return;
        }
        String surname = PersonNames.englishSurname(en, null);
        RegistryPerson respelt = respelt(span);
        if (respelt != null && (OrdinaryPeople.describedInEnglish(text, first.start(), last.end(), respelt)
                || SectorMismatch.unrelated(role, respelt))) {
            // another spelling of a registry name, for someone the article describes otherwise: a person of its own
            respelt = null;
        }
        PersonCandidate person = respelt != null ? PersonCandidate.registry(respelt)
                : new PersonCandidate("u:" + PersonNames.key(span), names.slug(en), en, null,
                        surname == null ? Set.of() : Set.of(surname));
        String before = lineBefore(text, first.start());
        if (respelt == null && (ROLE_PLAYED.matcher(before).find() || realNameOfKnown(before))) {
            mentions.character(person);
            return;
        }
        mentions.full(first.start(), person, role, byline);
    }

    /**
     * "Two Kim Min-soos": a hyphenated Korean given name with an "s" added, when the article also writes the name
     * without it, is the plural of that name, no person's.
     */
    private static boolean pluralOfName(String text, String en) {
        if (!en.endsWith("s") || en.lastIndexOf('-') < en.lastIndexOf(' ')) {
            return false;
        }
        String single = en.substring(0, en.length() - 1);
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(single)
                + "(?![\\p{L}-])").matcher(text).find();
    }

    /** Whether {@code before} ends "V, whose real name is": the name that follows is a registry one-word name's. */
    private boolean realNameOfKnown(String before) {
        java.util.regex.Matcher real = REAL_NAME.matcher(before);
        return real.find() && oneWordNames.containsKey(PersonNames.key(real.group(1)));
    }

    /** The last words of the line before {@code position} (at most {@value #CONTEXT_CHARS} characters). */
    private static String lineBefore(String text, int position) {
        int from = Math.max(0, position - CONTEXT_CHARS);
        return text.substring(Math.max(from, text.lastIndexOf('\n', position - 1) + 1), position);
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
        if (end + 1 < tokens.size() && !tokens.get(end - 1).possessive() && tokens.get(end).joined()
                && NAME_PARTICLES.contains(tokens.get(end).base()) && tokens.get(end + 1).joined()
                && isNameWord(tokens.get(end + 1))) {
            end += 2;
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

    /** "Jun Young-hyun", "An Se-young": a Korean surname that is also a common word, before a given name. */
    private static boolean surnameBeforeHyphenatedName(List<Token> tokens, int i) {
        return koreanStyleNameEnd(tokens, i) == i + 2
                && EnglishLexicon.isHyphenatedGivenName(tokens.get(i + 1).base());
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

    /**
     * "Kim Min-ji reporter", "Kim Min-ji kimmj@koreaherald.com" (also a photographer's credit ending a caption), a
     * broadcast's "Our Kim Min-ji reports." or a name alone on its own line: the writer's byline, not a subject.
     */
    private static boolean bylineAfter(String text, List<Token> tokens, int start, int end) {
        Token last = tokens.get(end - 1);
        if (end < tokens.size() && tokens.get(end).joined() && !last.possessive()
                && EnglishLexicon.isBylineHead(tokens.get(end).base())) {
            return true;
        }
        String next = text.substring(last.end(), Math.min(text.length(), last.end() + CONTEXT_CHARS));
        if (HAND_OVER.matcher(next).find() || CREDIT_JOB_AFTER.matcher(next).find()) {
            return true;
        }
        int lineEnd = text.indexOf('\n', last.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - last.end() > CONTEXT_CHARS) {
            return false;
        }
        String after = text.substring(last.end(), lineEnd).strip();
        return EMAIL.matcher(after).matches() || after.isEmpty() && startsLine(text, tokens.get(start).start());
    }

    /** Whether only blanks stand between the line's start and {@code position}. */
    private static boolean startsLine(String text, int position) {
        int i = position - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
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
