package dev.sinmun.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporter's profile after the text ("Kim Tong-hyung covers the Koreas for The Associated Press.", "Hyonhee Shin
 * is a senior correspondent covering …", "Choi Min-ho (minho@…) is an editorial writer of The Korea Times."): who
 * wrote it, not what it says; the e-mail printed after the name is theirs. AP names its reporter by surname alone
 * under the full name in capitals ("HYUNG-JIN KIM" / "Kim covers …"): {@code surnameOnly} then.
 */
record ReporterBio(String name, String email, boolean surnameOnly) {

    private static final Pattern BIO = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,3})(?:\\s\\((" + EmailAddress.PATTERN.pattern() + ")\\))?"
                    + "\\s(?:(?:is|was)\\s(?:a|an|the|The\\s[^.]{1,40}['’]s)\\s"
                    + "[^.]{0,60}\\b(?:correspondent|reporter|writer|editor|bureau chief|columnist|journalist"
                    + "|analyst)\\b"
                    + "|covers\\s[^.]{1,60}\\sfor\\s(?:the\\s|The\\s)?\\p{Lu})[^.]{0,120}\\.$");

    /** The profile the paragraph is, if it is one (check a surname-only one against the name above it). */
    static Optional<ReporterBio> of(String paragraph) {
        Matcher bio = BIO.matcher(paragraph);
        return bio.matches()
                ? Optional.of(new ReporterBio(bio.group(1), bio.group(2), bio.group(1).indexOf(' ') < 0))
                : Optional.empty();
    }
}
