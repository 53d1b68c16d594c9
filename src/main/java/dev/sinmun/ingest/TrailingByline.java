package dev.sinmun.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporter's e-mail glued to the end of an article's last paragraph, maybe after their name and maybe in brackets
 * ("… in May. Yoo Seo-jin (seojin@donga.com)", "… 밝혔다. 김민수 기자 kim@donga.com", after a place and a slash: "… 7시다.
 * 부산/김광수 기자 kim@hani.co.kr"): the text before it and the byline.
 */
record TrailingByline(String text, String byline) {

    private static final String EMAIL = EmailAddress.PATTERN.pattern();
    private static final String EMAILS = EMAIL + "(?:\\s*[,·/]?\\s*" + EMAIL + ")*";
    private static final String NAME =
            "(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}|(?:[가-힣]{2,6}\\s?[=/]\\s?)?[가-힣]{2,4}\\s?(?:기자|특파원)?\\s+)";
    /** An e-mail in brackets only after a name: alone, it may close a broadcast's sign-off ("… 소하늘입니다. (e-mail)"). */
    private static final Pattern GLUED = Pattern.compile("(.*[.!?…”\"’)다])\\s+(" + NAME + "?" + EMAILS
            + "|" + NAME + "[(\\[<]" + EMAILS + "[)\\]>])");

    /** The paragraph parted before the e-mail (and the name before it), or empty when it does not end with one. */
    static Optional<TrailingByline> of(String paragraph) {
        Matcher m = GLUED.matcher(paragraph);
        return m.matches() ? Optional.of(new TrailingByline(m.group(1), m.group(2))) : Optional.empty();
    }
}
