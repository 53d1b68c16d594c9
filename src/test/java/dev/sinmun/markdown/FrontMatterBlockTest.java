package dev.sinmun.markdown;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterBlockTest {

    @Test
    void theBodyStartsAfterTheBlankLinesBelowTheBlockWithCrLfMadeLf() {
        FrontMatterBlock block = FrontMatterBlock.of("---\r\ntitle: A\r\n---\r\n\n\r\nFirst.\r\n\r\nSecond.\r\n")
                .orElseThrow();
        assertThat(block.yaml()).isEqualTo("title: A\r\n");
        assertThat(block.body()).isEqualTo("First.\n\nSecond.\n");
        assertThat(FrontMatterBlock.of("---\ntitle: A\n---").orElseThrow().body()).isEmpty();
        assertThat(FrontMatterBlock.of("---\ntitle: A\n---\n\r \nText").orElseThrow().body()).isEqualTo("\r \nText");
    }

    @Test
    void randomTextBelowTheBlockGivesTheBodyTheFirstVersionGave() {
        String[] ends = {"\n", "\r\n", "\r", " \n", "\t\r\n"};
        String[] pieces = {"\n", "\r\n", "\r", " ", "a", "한", "---"};
        Random random = new Random(11);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder("---\ntitle: A\n---").append(ends[random.nextInt(ends.length)]);
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(FrontMatterBlock.of(text.toString()).orElseThrow().body())
                    .as("%s", text.toString().replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(firstVersionsBody(text.toString()));
        }
    }

    /** The body as the first version cut it: everything after the closing line, CRLF made LF, leading LFs dropped. */
    private static String firstVersionsBody(String text) {
        Matcher close = Pattern.compile("(?m)^---[ \t]*\r?$").matcher(text);
        assertThat(close.find("---\n".length())).isTrue();
        String body = text.substring(close.end()).replace("\r\n", "\n");
        int start = 0;
        while (start < body.length() && body.charAt(start) == '\n') {
            start++;
        }
        return body.substring(start);
    }
}
