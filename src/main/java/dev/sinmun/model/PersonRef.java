package dev.sinmun.model;

/** A person an article is about, with the role the article gives them (null when none is given). */
public record PersonRef(String id, String en, String ko, String role) {

    public BilingualName name() {
        return new BilingualName(en, ko);
    }
}
