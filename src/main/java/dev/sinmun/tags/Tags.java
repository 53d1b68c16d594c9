package dev.sinmun.tags;

import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TopicRef;
import java.util.List;

/** The people and topics one article is about, each list in order of first mention. */
public record Tags(List<PersonRef> people, List<TopicRef> topics) {

    public Tags {
        people = List.copyOf(people);
        topics = List.copyOf(topics);
    }
}
