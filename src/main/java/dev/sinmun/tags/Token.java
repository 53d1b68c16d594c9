package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of English text: its text without a possessive "'s" ({@code base}), where it starts, and whether only
 * spaces separate it from the previous word ({@code joined}).
 */
record Token(String base, int start, int end, boolean joined, boolean possessive) {

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
                    + "|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Adm|Rep|Sen|Gov|Prof|Capt|Sgt|Maj|Cmdr|Brig|Jr|Sr|St)\\.(?=\\s)"
                    + "|\\p{Lu}\\.(?=\\s\\p{Lu})"
                    + "|[\\p{L}\\p{N}]+(?:['&-][\\p{L}\\p{N}]+)*");

    /** "Workers’ Party": a plural's apostrophe does not part the words of one name. */
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("[sS]['’] +");

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String word = m.group();
            boolean joined = previousEnd >= 0 && previousEnd < m.start()
                    && (text.substring(previousEnd, m.start()).chars().allMatch(c -> c == ' ')
                    || PLURAL_POSSESSIVE.matcher(text.substring(previousEnd - 1, m.start())).matches());
            boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("'S"));
            String base = possessive ? word.substring(0, word.length() - 2) : word;
            tokens.add(new Token(base, m.start(), m.start() + base.length(), joined, possessive));
            previousEnd = m.end();
        }
        return tokens;
    }

    /** Starts with a capital letter and is not an acronym ("Choi", "Jung-kun", "J."). */
    boolean capitalised() {
        if (base.isEmpty() || !Character.isUpperCase(base.charAt(0))) {
            return false;
        }
        if (base.length() == 2 && base.charAt(1) == '.') {
            return true;
        }
        return base.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    boolean initial() {
        return base.length() == 2 && base.charAt(1) == '.' && Character.isUpperCase(base.charAt(0));
    }
}
