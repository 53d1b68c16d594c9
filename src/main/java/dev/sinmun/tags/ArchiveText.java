package dev.sinmun.tags;

import java.util.List;

/** The plain text of one stored article: where it lives (as shown to the user), its headline and paragraphs. */
public record ArchiveText(String file, String title, List<String> paragraphs) {

    public ArchiveText {
        paragraphs = List.copyOf(paragraphs);
    }
}
