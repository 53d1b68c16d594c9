package dev.sinmun.model;

import java.io.Serializable;

/** An organization or a place an article is about. */
public record NamedRef(String id, String en, String ko) implements Serializable {

    public BilingualName name() {
        return new BilingualName(en, ko);
    }
}
