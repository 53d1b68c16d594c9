package dev.sinmun.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BufferTest {

    /** ASCII, Latin-1, Hangul, an emoji's surrogate pair, and each half of it alone. */
    private static final char[] ALPHABET = {'a', 'Z', '<', '\n', 'é', 'ß', '신', '문', '\u3000', '\uD83D', '\uDCF0',
        '\u07FF', '\u0800', '\uFFFF'};

    private static byte[] written(Utf8Buffer buffer, String... parts) {
        buffer.reset();
        for (int i = 0; i < parts.length; i++) {
            switch (i % 3) {
                case 0 -> buffer.write(parts[i]);
                case 1 -> buffer.write(parts[i].toCharArray(), 0, parts[i].length());
                default -> parts[i].chars().forEach(buffer::write);
            }
        }
        return buffer.toByteArray();
    }

    @Test
    void encodesAsStringGetBytesDoes() {
        Utf8Buffer buffer = new Utf8Buffer(4);
        assertThat(written(buffer, "신문 <b>News</b> é 📰"))
                .isEqualTo("신문 <b>News</b> é 📰".getBytes(StandardCharsets.UTF_8));
        assertThat(written(buffer)).isEmpty();
    }

    @Test
    void aSurrogatePairSplitBetweenWritesIsOneCharacter() {
        Utf8Buffer buffer = new Utf8Buffer(16);
        assertThat(written(buffer, "x\uD83D", "\uDCF0y")).isEqualTo("x📰y".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMark() {
        Utf8Buffer buffer = new Utf8Buffer(16);
        assertThat(written(buffer, "a\uD83D")).isEqualTo("a?".getBytes(StandardCharsets.UTF_8));
        assertThat(written(buffer, "\uDCF0b")).isEqualTo("?b".getBytes(StandardCharsets.UTF_8));
        assertThat(written(buffer, "\uD83D\uD83D\uDCF0")).isEqualTo("?📰".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomTextInRandomPiecesMatchesTheWholeTextsBytes() {
        Random random = new Random(6);
        Utf8Buffer buffer = new Utf8Buffer(1);
        for (int run = 0; run < 2_000; run++) {
            String[] parts = new String[random.nextInt(6)];
            StringBuilder whole = new StringBuilder();
            for (int p = 0; p < parts.length; p++) {
                StringBuilder part = new StringBuilder();
                for (int c = random.nextInt(40); c > 0; c--) {
                    part.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                parts[p] = part.toString();
                whole.append(part);
            }
            assertThat(written(buffer, parts)).as("parts %s", (Object) parts)
                    .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
