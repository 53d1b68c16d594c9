package dev.sinmun.model;

/** An organization or a place an article is about. */
public record NamedRef(String id, String en, String ko) {

    public BilingualName name() {
        return new BilingualName(en, ko);
    }
}
