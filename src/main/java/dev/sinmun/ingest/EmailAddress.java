package dev.sinmun.ingest;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** E-mail addresses in text, as reporters' lines and bylines print them. */
public final class EmailAddress {

    /** One address: {@code name@host.tld}. */
    public static final Pattern PATTERN =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private EmailAddress() {
    }

    /** The addresses in the text, in order. */
    public static List<String> in(String text) {
        return PATTERN.matcher(text).results().map(MatchResult::group).toList();
    }
}
