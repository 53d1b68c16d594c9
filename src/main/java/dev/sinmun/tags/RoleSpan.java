package dev.sinmun.tags;

import java.time.OffsetDateTime;

/** A role a person was given in the archive: first and last article dates that gave it, and how many did. */
public record RoleSpan(String role, OffsetDateTime first, OffsetDateTime last, int articles) {
}
