package dev.sinmun.tags;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the title an article gives a registry person's name puts its bearer in another walk of life than every
 * role the registry knows for that person: "김범석 기재부 1차관" is not Coupang's founder, and "the ferry's captain,
 * Lee Joon-seok" is not the party leader. Such a bearer is a namesake.
 */
final class SectorMismatch {

    private enum Sector { PUBLIC, PRIVATE, UNKNOWN }

    /** Titles of public office, in a mention's title ("기재부 1차관", "Vice Finance Minister"). */
    private static final Pattern PUBLIC_TITLE = Pattern.compile(
            "(?:장관|차관|차관보|의원|총리|도지사|시장|청장|서장|(?<!홍보|친선|명예)대사|판사|검사|대법관|비서관)(?:\\s|$)"
                    + "|(?i)\\b(?:minister|lawmaker|legislator|governor|mayor"
                    + "|(?<!honorary |goodwill |brand |public relations |promotional )ambassador|judge|prosecutor|senator"
                    + "|congressman|congresswoman|assemblyman)\\b");

    /** Titles of private life, in a mention's title ("선장", "NC 코치", "the ferry's captain", "the club's striker"). */
    private static final Pattern PRIVATE_TITLE = Pattern.compile(
            "(?<![가-힣])(?:선장|선수|대표이사|사장|부사장|창업자|최고경영자|(?:수석|투수|타격)?코치)(?:\\s|$)"
                    + "|(?i)\\b(?:ceo|chief executive|striker|midfielder|defender|goalkeeper|pitcher|footballer|coach"
                    + "|(?:ferry|ship|vessel|boat)['’]s captain|captain of the (?:ferry|ship|vessel))\\b");

    /** "The ferry's captain, " right before a name: a description in apposition ending where the name starts. */
    private static final Pattern POSSESSIVE_APPOSITION = Pattern.compile(
            "\\b([\\w-]+['’]s\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+),\\s*$");

    /** Words of public office in a registry role or its organisation. */
    private static final Pattern PUBLIC_ROLE = Pattern.compile("(?i)\\b(?:minist|president|lawmaker|assembly"
            + "|party|mayor|governor|ambassador|embassy|judge|justice|court|prosecut|government|commission|committee"
            + "|council|congress|parliament|senat|secretary|spokes|premier|chancellor|state|military|army|navy"
            + "|forces?\\b|police|agency|office|white house|united nations|bank of|republic)");

    /** Words of private life in a registry role. */
    private static final Pattern PRIVATE_ROLE = Pattern.compile("(?i)\\b(?:founder|ceo|chief executive|chairman"
            + "|chairwoman|vice chairman|executive|footballer|player|striker|forward|midfielder|defender|goalkeeper"
            + "|pitcher|batter|coach|singer|rapper|actor|actress|film director|novelist|pianist|conductor|golfer"
            + "|skater|swimmer|jumper)");

    private SectorMismatch() {
    }

    /** Whether {@code title} (as found in the article, or null) contradicts every registry role of {@code person}. */
    static boolean contradicts(String title, RegistryPerson person) {
        if (title == null || person.roles().isEmpty()) {
            return false;
        }
        Sector mention = PUBLIC_TITLE.matcher(title).find() ? Sector.PUBLIC
                : PRIVATE_TITLE.matcher(title.toLowerCase(Locale.ROOT)).find() ? Sector.PRIVATE : Sector.UNKNOWN;
        if (mention == Sector.UNKNOWN) {
            return false;
        }
        Sector other = mention == Sector.PUBLIC ? Sector.PRIVATE : Sector.PUBLIC;
        return person.roles().stream().allMatch(role -> sector(role) == other);
    }

    /** Words that say nothing of what a role is. */
    private static final Set<String> ROLE_FILLERS = Set.of("a", "an", "the", "of", "at", "in",
            "for", "and", "on", "to", "with", "from", "by", "former", "ex", "then", "late", "acting", "interim",
            "current", "now", "who", "is", "was", "korea", "korean", "south", "seoul", "national", "university");

    /**
     * Whether {@code title} (an English title or apposition, or null) names a post that shares no word with any
     * registry role of {@code person} nor its organisation, and is not public office for a person known in one:
     * "Kim Seung-hwan, a professor of Korean literature" is not the foreign minister spelt "Kim Sung-hwan". Only for
     * a name that is another spelling of the registry's, where the article's own description must decide.
     */
    static boolean unrelated(String title, RegistryPerson person) {
        if (title == null || person.roles().isEmpty()) {
            return false;
        }
        if (contradicts(title, person)) {
            return true;
        }
        Set<String> own = stems(title);
        if (own.isEmpty() || PUBLIC_TITLE.matcher(title).find()
                && person.roles().stream().anyMatch(role -> sector(role) == Sector.PUBLIC)) {
            return false;
        }
        return person.roles().stream().noneMatch(role -> {
            Set<String> theirs = stems(nonNull(role.en()) + " " + nonNull(role.org()));
            return theirs.stream().anyMatch(own::contains);
        });
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 3 && !ROLE_FILLERS.contains(word)) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return stems;
    }

    /** Whether the registry knows {@code person} only in public office ("유엔 주재 대사"), no private role. */
    static boolean onlyPublic(RegistryPerson person) {
        return !person.roles().isEmpty() && person.roles().stream().allMatch(role -> sector(role) == Sector.PUBLIC);
    }

    /** The possessive description set before a name at {@code start} ("the ferry's captain, "), or null. */
    static String possessiveBefore(String text, int start) {
        Matcher m = POSSESSIVE_APPOSITION.matcher(text.substring(Math.max(0, start - 60), start));
        return m.find() ? m.group(1) : null;
    }

    private static Sector sector(Role role) {
        String text = String.join(" ", nonNull(role.en()), nonNull(role.org()));
        if (PUBLIC_ROLE.matcher(text).find()) {
            return Sector.PUBLIC;
        }
        return PRIVATE_ROLE.matcher(text).find() ? Sector.PRIVATE : Sector.UNKNOWN;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
