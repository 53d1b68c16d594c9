package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises reporter lines: an e-mail with at most a short name around it ("Kim Min-ji kimmj@example.com",
 * "워싱턴=김민지 특파원 kimmj@donga.com"), an English "By Kim Min-ji" line, or a Korean "김민지 기자" line; and, at the
 * end of an article only, a signature of names ("Jae-Hyun Park, Jin-Kyu Kang", "Kim Soon-duk, Editorial Writer").
 */
public final class BylineReader {

    /** One reporter line: the e-mail addresses in it, else the name as written. */
    public record Byline(List<String> emails, String name) {
        public Byline {
            emails = List.copyOf(emails);
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern BY = Pattern.compile(
            "^(?:[Bb][Yy]:?|(?:[Ss]taff\\s+)?[Rr]eporters?|[Cc]orrespondents?|[Ss]taff\\s+[Ww]riters?|[Ww]ritten\\s+by)\\s+(\\p{Lu}.*)$");
    private static final Pattern EMAIL_LABEL = Pattern.compile("(?i)e-?mail\\s*[:：]?|이메일\\s*[:：]?");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|and|&");
    private static final String KOREAN_ROLE = "(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|논설위원|통신원)";
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(.+?)(?:,?\\s+((?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Cc]olumnist|[Jj]ournalist)s?))?$");
    private static final Pattern SIGNATURE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)?(?:\\s+\\p{Lu}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)?){1,2}");
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{L}\\p{Ll}+");
    /** Common Korean family names as romanised in bylines; a signature without a role must carry one per name. */
    private static final Set<String> KOREAN_SURNAMES = Set.of("Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe",
            "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh",
            "Seo", "Suh", "Shin", "Sin", "Kwon", "Hwang", "Ahn", "An", "Song", "Jeon", "Jun", "Chun", "Hong", "Yoo",
            "Yu", "Ryu", "Ko", "Koh", "Go", "Moon", "Mun", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Huh",
            "Nam", "Sim", "Shim", "Noh", "Roh", "Ha", "Kwak", "Sung", "Seong", "Cha", "Joo", "Ju", "Woo", "Koo", "Ku",
            "Min", "Na", "Jin", "Ji", "Um", "Eom", "Chae", "Won", "Bang", "Kong", "Hyun", "Ham", "Byun", "Byeon",
            "Yeom", "Yeo", "Choo", "Chu", "Do", "Seok", "Suk", "Seol", "Ma", "Gil", "Yeon", "Pyo", "Myung", "Ki", "Ban",
            "Wang", "Ok", "Yook", "Maeng", "Je", "Tak", "Kook", "Eun", "Lyu", "Nah", "Ra", "Rah");
    private static final Pattern KOREAN = Pattern.compile(
            "^(?:[가-힣]{2,6}\\s?=\\s?)?((?:[가-힣]{2,4}\\s?(?:" + KOREAN_ROLE + ")?[\\s,·]*)+?)\\s?" + KOREAN_ROLE + "$");

    /** The reporter line's e-mails or name, or empty when the line is not a byline. */
    public Optional<Byline> read(String line) {
        String s = Whitespace.normalize(line);
        List<String> emails = new ArrayList<>();
        Matcher m = EMAIL.matcher(s);
        while (m.find()) {
            emails.add(m.group());
        }
        if (!emails.isEmpty()) {
            String rest = EMAIL.matcher(s).replaceAll(" ").replaceAll("[\\s,;/|·()<>\\[\\]]+", " ").strip();
            if (EMAIL_LABEL.matcher(rest).matches()) {
                rest = "";
            }
            boolean shortName = rest.length() <= MAX_NAME_LENGTH && rest.split(" ").length <= MAX_NAME_WORDS
                    && !rest.matches(".*[.!?:：]$") && !rest.contains(": ");
            return shortName ? Optional.of(new Byline(emails, rest.isEmpty() ? null : rest)) : Optional.empty();
        }
        if (s.length() > MAX_NAME_LENGTH || s.split(" ").length > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(s);
        if (by.matches() && isName(by.group(1))) {
            return Optional.of(new Byline(List.of(), by.group(1).strip()));
        }
        Matcher korean = KOREAN.matcher(s);
        if (korean.matches()) {
            String names = korean.group(1).replaceAll(KOREAN_ROLE, " ").replaceAll("[\\s,·]+", ", ").replaceAll(", $", "");
            return Optional.of(new Byline(List.of(), names.strip()));
        }
        return Optional.empty();
    }

    /**
     * The article's last paragraph read as a signature: one to four personal names, optionally followed by a role
     * ("Editorial Writer", "Washington Correspondent"); without a role every name must look Korean (a family name and
     * a hyphenated given name). Empty when the paragraph is text.
     */
    public Optional<Byline> readSignature(String paragraph) {
        String s = Whitespace.normalize(paragraph);
        Matcher m = SIGNATURE.matcher(s);
        if (s.length() > MAX_NAME_LENGTH || !m.matches()) {
            return Optional.empty();
        }
        boolean hasRole = m.group(2) != null;
        String[] names = m.group(1).split("\\s*(?:,|·|&|\\band\\b)\\s*");
        if (names.length > 4) {
            return Optional.empty();
        }
        for (String name : names) {
            if (!SIGNATURE_NAME.matcher(name).matches() || !hasRole && !looksKorean(name)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Byline(List.of(), String.join(", ", names)));
    }

    private static boolean looksKorean(String name) {
        String[] words = name.split("\\s+");
        boolean surname = KOREAN_SURNAMES.contains(words[0]) || KOREAN_SURNAMES.contains(words[words.length - 1]);
        return surname && Arrays.stream(words).anyMatch(w -> HYPHENATED_GIVEN_NAME.matcher(w).matches());
    }

    private static boolean isName(String text) {
        if (text.matches(".*[.!?]$") && !text.matches(".*\\b\\p{Lu}\\.$")) {
            return false;
        }
        String names = text.split(",", 2)[0].strip();
        for (String word : names.split(" ")) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
