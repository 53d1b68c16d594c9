package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownDumpTest {

    private static final String[] MARKDOWN = {
        "[Go to contents](#contents)", "", "# Ferry opens", "", "A ferry began running on", "Saturday, the city said.",
        "", "Posted May. 21, 2023 08:10,\\", "Updated May. 21, 2023 08:10", "",
        "**Min-Jae Oh** [mjoh@donga.com](mailto:mjoh@donga.com)"};

    /** A copy with a paragraph a line is not Markdown for two links pasted into it: its lines stay apart. */
    @Test
    void aParagraphALineCopyWithLinksIsNotMarkdown() {
        String[] lines = {"Go to contents", "Ferry opens", "Posted May. 21, 2023 08:10",
            "The city's [ferry page](https://example.com/ferry) lists the times.",
            "Fares are on [the fares page](https://example.com/fares).", "The boats run all year.",
            "Residents asked for a late boat.", "Min-Jae Oh mjoh@donga.com"};
        assertThat(MarkdownDump.isDump(lines)).isFalse();
    }

    /** Wrapped lines join, a hard line break keeps its lines apart, and the marks leave the text. */
    @Test
    void readsMarkdownAsItsVisibleText() {
        assertThat(MarkdownDump.isDump(MARKDOWN)).isTrue();
        assertThat(MarkdownDump.plain(MARKDOWN)).containsExactly("Go to contents", "", "Ferry opens", "",
                "A ferry began running on Saturday, the city said.", "", "", "Posted May. 21, 2023 08:10,",
                "Updated May. 21, 2023 08:10", "", "Min-Jae Oh mjoh@donga.com");
    }
}
