package dev.sinmun.tags;

import dev.sinmun.model.NamedRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations the registry does not know, found only where the name is unmistakable: capitalised words ending
 * in a head such as "Ministry", "Agency" or "Party" ("Japanese Defense Ministry", "Rebuilding Korea Party"), or a
 * head with an "of …" tail ("Ministry of Oceans and Fisheries"). Headlines in Title Case are skipped.
 */
final class UnknownOrganizations {

    /** One unknown organisation mentioned at {@code [start, end)}. */
    record Mention(int start, int end, NamedRef ref) {
    }

    private static final String WORD = "(?:(?:[A-Z]\\.){2,}|[A-Z][\\p{L}']*(?:-[\\p{L}]+)*)";
    /** The words an organisation's name turns on; a line without any has none ({@link #NAME} needs one). */
    private static final List<String> KINDS = List.of("Ministry", "Department", "Agency", "Commission", "Institute",
            "Party", "University", "Council", "Embassy", "Committee", "Court", "Bank");
    private static final Pattern NAME = Pattern.compile(
            "((?:" + WORD + " ){0,5})(" + String.join("|", KINDS) + ")(?: (?:of|for) (?:the )?(" + WORD
                    + "(?: (?:and |of |of the |for |for the )?"
                    + WORD + ")*))?"
                    + "(?![\\p{L}-])");

    private static final String LIST_WORD = "(?<![\\p{L}'’.-])[A-Z][\\p{L}]*(?:-[\\p{L}]+)*";
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "(?:" + LIST_WORD + " ){0,2}" + LIST_WORD + ",(?: (?:" + LIST_WORD + " ){0,2}" + LIST_WORD + ",)*"
                    + " (?:" + LIST_WORD + " ){0,2}" + LIST_WORD + ",? and $");
    /** "Public Administration and …": the first of two fields a committee, commission or ministry is named after. */
    private static final Pattern FIELD_BEFORE = Pattern.compile("(?:" + LIST_WORD + " ){0,2}" + LIST_WORD + " and $");
    private static final Set<String> FIELD_HEADS = Set.of("Committee", "Commission", "Ministry");

    /** Leading words that are not part of the name ("The", "Its", sentence-initial adverbs). */
    private static final Set<String> LEADING = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "my",
            "both", "each", "every", "other", "another", "some", "any", "no", "but", "and", "or", "when", "while",
            "after", "before", "as", "if", "since", "then", "meanwhile", "however", "also", "in", "on", "at", "by",
            "for", "from", "with", "to", "of", "into", "former", "ex", "new", "old", "main", "ruling", "opposition",
            "minor", "conservative", "liberal", "progressive", "rival", "said", "says", "why", "how", "what", "who",
            "where", "which", "whose", "not", "all", "one", "two", "three", "first", "last", "next");

    /** Words that make the name an outlet's or a title's, not an organisation the article is about. */
    private static final Set<String> NOT_AN_ORGANIZATION = Set.of(
            "news", "ilbo", "times", "herald", "yonhap", "press", "tv", "broadcasting", "minister", "secretary",
            "spokesperson", "spokesman", "spokeswoman", "director", "chairman", "official", "officials", "general",
            "foreign", "deputy", "vice");

    /** Countries and capitals whose possessive may start an organisation's name ("Japan's Defense Ministry"). */
    private static final Set<String> COUNTRIES = Set.of(
            "Japan", "China", "Russia", "Taiwan", "Britain", "France", "Germany", "India", "Australia", "Canada",
            "Ukraine", "Vietnam", "Iran", "Israel", "Tokyo", "Beijing", "Moscow", "Taipei", "America");

    private final PersonNames names;

    UnknownOrganizations(PersonNames names) {
        this.names = names;
    }

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!isTitleCaseHeadline(line)) {
                find(line, lineStart, found);
            }
            lineStart += line.length() + 1;
        }
        return found;
    }

    private void find(String line, int offset, List<Mention> found) {
        if (KINDS.stream().noneMatch(line::contains)) {
            return;
        }
        Matcher m = NAME.matcher(line);
        while (m.find()) {
            List<String> modifiers = new ArrayList<>(Arrays.asList(m.group(1).strip().split(" ")));
            modifiers.removeIf(String::isEmpty);
            while (!modifiers.isEmpty() && LEADING.contains(lower(modifiers.get(0)))) {
                modifiers.remove(0);
            }
            String tail = m.group(3);
            int end = m.end();
            int title = tail == null ? -1 : titleInTail(tail);
            if (title >= 0) {
                end = m.start(3) + title - 1;
                tail = line.substring(m.start(3), end);
                if (tail.endsWith(" of") || tail.endsWith(" and") || tail.endsWith(" for")) {
                    continue;
                }
            } else if (end + 1 < line.length() && line.charAt(end) == ' '
                    && Character.isUpperCase(line.charAt(end + 1))) {
                continue;
            }
            if (modifiers.isEmpty() && tail == null || !plausible(modifiers, m.group(2), tail)) {
                continue;
            }
            int start = modifiers.isEmpty() ? m.start(2)
                    : m.start(1) + m.group(1).lastIndexOf(String.join(" ", modifiers));
            if (!modifiers.isEmpty()) {
                start = listStart(line, start, m.group(2));
            }
            if (line.startsWith("'s", end - 2)) {
                end -= 2;
            }
            String name = line.substring(start, end);
            found.add(new Mention(offset + start, offset + end,
                    new NamedRef(names.slug(name.replace("'", "").replace(".", "")), name, null)));
        }
    }

    /**
     * Where a title starts inside an "of …" tail ("Bank of Korea Governor Rhee …" → "Governor"): the name ends
     * before it; -1 when the tail holds no title.
     */
    private static int titleInTail(String tail) {
        int at = 0;
        for (String word : tail.split(" ")) {
            if (at > 0 && EnglishLexicon.isHead(word)) {
                return at;
            }
            at += word.length() + 1;
        }
        return -1;
    }

    /**
     * The start of a name whose first words are a list ("Foreign Affairs, Trade and Unification Committee") or, for
     * a committee, commission or ministry, two fields ("Public Administration and Security Committee"): capitalised
     * words separated by commas and a final "and" right before {@code start}, else {@code start}.
     */
    private static int listStart(String line, int start, String head) {
        String before = line.substring(0, start);
        Matcher list = LIST_BEFORE.matcher(before);
        if (!list.find()) {
            Matcher field = FIELD_BEFORE.matcher(before);
            return FIELD_HEADS.contains(head) && field.find() && isField(field.group()) ? field.start() : start;
        }
        int from = list.start();
        String first = line.substring(from, line.indexOf(' ', from) < 0 ? start : line.indexOf(' ', from));
        return LEADING.contains(lower(first)) ? start : from;
    }

    /** Whether "Public Administration and " can name a field: no leading, title, surname, country or body word. */
    private static boolean isField(String words) {
        return Arrays.stream(words.substring(0, words.length() - " and ".length()).split(" ")).noneMatch(w ->
                LEADING.contains(lower(w)) || NOT_AN_ORGANIZATION.contains(lower(w)) || KINDS.contains(w)
                        || EnglishLexicon.KOREAN_SURNAMES.contains(w) || COUNTRIES.contains(w)
                        || EnglishLexicon.isHonorific(w) || EnglishLexicon.isHead(w));
    }

    private static boolean plausible(List<String> modifiers, String head, String tail) {
        for (int i = 0; i < modifiers.size(); i++) {
            String word = modifiers.get(i);
            String bare = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (NOT_AN_ORGANIZATION.contains(lower(bare)) && !(lower(bare).equals("foreign") && i > 0)) {
                return false;
            }
            if (word.endsWith("'s") && (i > 0 || !COUNTRIES.contains(bare))) {
                return false;
            }
            if (EnglishLexicon.isHonorific(word) || word.endsWith(".") && word.length() == 2) {
                return false;
            }
        }
        if (head.equals("Court") && modifiers.isEmpty()) {
            return false;
        }
        return tail == null || Arrays.stream(tail.split(" ")).noneMatch(w -> NOT_AN_ORGANIZATION.contains(lower(w)));
    }

    /** A line of three or more long words, nearly all capitalised, without a closing full stop. */
    private static boolean isTitleCaseHeadline(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || ".!?\"'”’".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            return false;
        }
        long significant = 0;
        long capitalised = 0;
        for (String word : stripped.split("\\s+")) {
            if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
                significant++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return significant >= 3 && capitalised * 5 >= significant * 4;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
