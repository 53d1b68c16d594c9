package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises reporter lines: an e-mail with at most a short name around it ("Kim Min-ji kimmj@example.com",
 * "워싱턴=김민지 특파원 kimmj@donga.com"), an English "By Kim Min-ji" line, or a Korean "김민지 기자" line.
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
    private static final Pattern BY = Pattern.compile("^[Bb][Yy]:?\\s+(\\p{Lu}.*)$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|and|&");
    private static final String KOREAN_ROLE = "(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|논설위원|통신원)";
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
            boolean shortName = rest.length() <= MAX_NAME_LENGTH && rest.split(" ").length <= MAX_NAME_WORDS
                    && !rest.matches(".*[.!?]$");
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
