package dev.sinmun.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Page text whitespace, checked for every character: the quick path for plain lines must agree with the rules. */
class WhitespaceTest {

    private static final String ODD_SPACES = "\t\u000B\f\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
            + "\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";
    private static final String INVISIBLE = "\u200B\u2060\uFEFF\u00AD";

    @Test
    void everyCharacterInsideALineIsKeptTurnedIntoASpaceOrRemoved() {
        List<String> wrong = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (c == '\n' || c == '\r') {
                continue;
            }
            String expected = ODD_SPACES.indexOf(c) >= 0 ? "a b" : INVISIBLE.indexOf(c) >= 0 ? "ab" : "a" + c + "b";
            if (!Whitespace.clean("a" + c + "b").equals(expected)) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void cleanTrimsTheEndsAndKeepsInnerRunsWhileNormalizeCollapsesThem() {
        assertThat(Whitespace.clean("\u00A0 Seoul\u3000 \u3000talks \u200B")).isEqualTo("Seoul   talks");
        assertThat(Whitespace.normalize("\u00A0 Seoul\u3000 \u3000talks \u200B")).isEqualTo("Seoul talks");
        assertThat(Whitespace.normalize("  plain  line  ")).isEqualTo("plain line");
        assertThat(Whitespace.normalize("plain line")).isEqualTo("plain line");
    }

    @Test
    void stripTrailingRemovesSpacesOddSpacesAndInvisibleCharactersAtTheEndButKeepsTabsAndTheStart() {
        assertThat(Whitespace.stripTrailing("\u00A0Posted \u00A0\u3000\u200B  ")).isEqualTo("\u00A0Posted");
        assertThat(Whitespace.stripTrailing("cell\t\t")).isEqualTo("cell\t\t");
        assertThat(Whitespace.stripTrailing("plain")).isEqualTo("plain");
        assertThat(Whitespace.stripTrailing(" \u00A0")).isEmpty();
    }
}
