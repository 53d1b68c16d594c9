package dev.sinmun.site;

import dev.sinmun.ingest.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One author a byline names, for feeds and structured data: the name without the e-mail address, the title it
 * carries and the place before it ("Kim Do-hyung dodo@donga.com" → "Kim Do-hyung"; "판문점 정유경 기자 x@donga.com" →
 * "정유경", role "기자"; "Kim Young-hie, Editorial Writer" → "Kim Young-hie", role "Editorial Writer").
 *
 * @param name  the author's name; the e-mail address when the byline gives no name
 * @param email the author's e-mail address, or null
 * @param role  the title the byline gives the author, or null
 */
record BylineAuthor(String name, String email, String role) {

    private static final Pattern KOREAN_ROLE =
            Pattern.compile("^(.*?[가-힣]{2,4})\\s*((?:\\S*기자|\\S*특파원|논설위원|대기자|통신원|칼럼니스트))$");
    private static final Pattern ENGLISH_ROLE = Pattern.compile(
            "(?i)^(?:[\\p{L}-]+\\s+){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor)s?$");

    /** The authors of a byline as {@code Byline.join} writes it: "Name e-mail, Name e-mail, Role". */
    static List<BylineAuthor> all(String byline) {
        List<BylineAuthor> authors = new ArrayList<>();
        for (String part : byline.split("\\s*,\\s*")) {
            List<String> emails = EmailAddress.in(part);
            String name = EmailAddress.PATTERN.matcher(part).replaceAll("").strip().replaceAll("\\s+", " ");
            String email = emails.isEmpty() ? null : emails.get(0);
            if (name.isEmpty() && email == null) {
                continue;
            }
            if (email == null && !authors.isEmpty() && ENGLISH_ROLE.matcher(name).matches()) {
                BylineAuthor last = authors.remove(authors.size() - 1);
                authors.add(new BylineAuthor(last.name(), last.email(), name));
                continue;
            }
            String role = null;
            Matcher korean = KOREAN_ROLE.matcher(name);
            if (korean.matches()) {
                String[] words = korean.group(1).split("[\\s=]+");
                name = words[words.length - 1];
                role = korean.group(2);
            }
            authors.add(new BylineAuthor(name.isEmpty() ? email : name, email, role));
        }
        return authors;
    }

    /** Whether the byline gave a name (not just an e-mail address). */
    boolean named() {
        return !name.equals(email);
    }
}
