package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The text a dump's lines have given so far: its paragraphs, which of them are photo captions, and its reporters. */
final class DumpText {

    final List<String> paragraphs = new ArrayList<>();
    /** Indexes of the paragraphs that are photo captions (their credit cut off). */
    final Set<Integer> captions = new HashSet<>();
    final List<BylineReader.Byline> reporters = new ArrayList<>();
    /**
     * A live page's post times ("9:58 PM GMT+9") by the paragraph under each: a post's headline set as a subheading
     * starts with its time ("9:58 PM GMT+9 — Ferry services suspended"), as a saved page's live post headings do.
     */
    final Map<String, String> postTimes = new HashMap<>();
    /** The headlines of the further reports of a broadcaster's page of several ("U.S. Military Readiness"). */
    final Set<String> storyHeadings = new HashSet<>();
    /** How many paragraphs came before the reporter's e-mail line (or names under text), -1 before one is read. */
    int paragraphsBeforeByline = -1;

    String last() {
        return paragraphs.get(paragraphs.size() - 1);
    }

    /** A text of captions only is a photo's story, not captions in a story: none is set apart then. */
    void unmarkCaptionsWithoutText() {
        if (captions.size() == paragraphs.size()) {
            captions.clear();
        }
    }

    /** Removes paragraph {@code index}; the captions after it keep their marks. */
    void remove(int index) {
        paragraphs.remove(index);
        Set<Integer> kept = new HashSet<>();
        captions.stream().filter(i -> i != index).forEach(i -> kept.add(i > index ? i - 1 : i));
        captions.clear();
        captions.addAll(kept);
    }
}
