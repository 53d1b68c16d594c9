package dev.sinmun.model;

import java.io.Serializable;

/** A topic an article is about. */
public record TopicRef(String id, String en, String ko) implements Serializable {

    public BilingualName name() {
        return new BilingualName(en, ko);
    }
}
