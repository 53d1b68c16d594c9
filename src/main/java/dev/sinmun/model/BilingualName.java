package dev.sinmun.model;

/** A name in English and Korean; either may be null when unknown, never invented. */
public record BilingualName(String en, String ko) {

    /** The name in the given language, falling back to the other one. */
    public String in(Lang lang) {
        String preferred = lang == Lang.KO ? ko : en;
        return preferred != null ? preferred : (lang == Lang.KO ? en : ko);
    }
}
