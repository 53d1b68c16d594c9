package dev.sinmun.tags;

import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TopicRef;
import java.util.List;

/** The people, topics, organisations and places one article is about, each list in order of first mention. */
public record Tags(List<PersonRef> people, List<TopicRef> topics, List<NamedRef> organizations,
                   List<NamedRef> places) {

    /** Ends the id of someone sharing a registry person's name ("kim-min-jae-namesake"). */
    public static final String NAMESAKE_ID_SUFFIX = "-namesake";

    public Tags {
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
    }

    /** People and topics only. */
    public Tags(List<PersonRef> people, List<TopicRef> topics) {
        this(people, topics, List.of(), List.of());
    }
}
