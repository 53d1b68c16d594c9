package dev.sinmun.tags;

import java.time.OffsetDateTime;

/** A role a person was given in the archive: first and last article dates that gave it, and how many did. */
public record RoleSpan(String role, OffsetDateTime first, OffsetDateTime last, int articles) {

    /** The language the role is written in: "ko" when it holds Hangul, else "en". */
    public String language() {
        return role.chars().anyMatch(KoreanLexicon::isHangul) ? "ko" : "en";
    }
}
