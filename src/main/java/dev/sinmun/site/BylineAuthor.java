package dev.sinmun.site;

import dev.sinmun.ingest.EmailAddress;
import java.util.List;

/**
 * The author a byline names, for feeds and structured data: the names without the e-mail addresses
 * ("Kim Do-hyung dodo@donga.com" → "Kim Do-hyung"), and the address when there is exactly one.
 */
record BylineAuthor(String name, String email) {

    static BylineAuthor of(String byline) {
        List<String> emails = EmailAddress.in(byline);
        String names = EmailAddress.PATTERN.matcher(byline).replaceAll("")
                .replaceAll("\\s*,[\\s,]*", ", ").replaceAll("^[\\s,]+|[\\s,]+$", "").replaceAll("\\s+", " ");
        return new BylineAuthor(names.isEmpty() ? byline : names, emails.size() == 1 ? emails.get(0) : null);
    }
}
