package dev.sinmun.model;

import java.util.Locale;
import java.util.Optional;

/** The archive's two languages. */
public enum Lang {
    EN("en"),
    KO("ko");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The BCP 47 code used in front matter, URLs and {@code <html lang>}. */
    public String code() {
        return code;
    }

    public Lang other() {
        return this == EN ? KO : EN;
    }

    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Lang lang : values()) {
            if (lang.code.equals(c)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
