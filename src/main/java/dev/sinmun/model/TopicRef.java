package dev.sinmun.model;

/** A topic an article is about. */
public record TopicRef(String id, String en, String ko) {

    public BilingualName name() {
        return new BilingualName(en, ko);
    }
}
