package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sinmun.SinmunException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RawFileDecoderTest {

    private static final Path FILE = Path.of("content/inbox/x.txt");
    private final RawFileDecoder decoder = new RawFileDecoder();

    @Test
    void dropsTheBomAndNormalisesLineEndings() {
        byte[] bytes = "\uFEFFa\r\nb\rc\n".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(FILE, bytes)).isEqualTo("a\nb\nc\n");
    }

    @Test
    void namesTheLineOfInvalidUtf8() {
        byte[] bytes = {'a', '\r', '\n', 'b', '\r', 'c', (byte) 0xB0, 'd'};
        assertThatThrownBy(() -> decoder.decode(FILE, bytes)).isInstanceOf(SinmunException.class)
                .hasMessage("content/inbox/x.txt:3: not valid UTF-8 (byte 0xB0), nor Korean EUC-KR, nor English Windows-1252 — re-save the file as UTF-8");
    }

    @Test
    void rejectsTruncatedUtf8AtTheEnd() {
        byte[] bytes = {'a', (byte) 0xED, (byte) 0x95};
        assertThatThrownBy(() -> decoder.decode(FILE, bytes))
                .hasMessage("content/inbox/x.txt:1: not valid UTF-8 (byte 0xED), nor Korean EUC-KR, nor English Windows-1252 — re-save the file as UTF-8");
    }

    @Test
    void readsUtf16WithItsBom() {
        assertThat(decoder.decode(FILE, "\uFEFF한국어 text\r\n".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("한국어 text\n");
        assertThat(decoder.decode(FILE, "\uFEFF한국어 text\r\n".getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo("한국어 text\n");
    }

    @Test
    void readsUndeclaredEucKrAsKorean() {
        byte[] bytes = "제목\n입력 2020.09.14 07:34\n정부는 14일 발표했다.\n".getBytes(Charset.forName("EUC-KR"));
        assertThat(decoder.decode(FILE, bytes)).isEqualTo("제목\n입력 2020.09.14 07:34\n정부는 14일 발표했다.\n");
    }

    @Test
    void readsUndeclaredWindows1252AsEnglish() {
        String text = "Moon’s envoy said “no” — twice, in the café.\nPosted March. 2, 2021\nThe talks went on for hours.\n";
        assertThat(decoder.decode(FILE, text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
    }

    @Test
    void honoursTheDeclaredCharsetOfAPage() {
        String page = "<html><head><meta charset=\"euc-kr\"><title>한글 제목</title></head><body>본문</body></html>";
        assertThat(decoder.decode(FILE, page.getBytes(Charset.forName("EUC-KR")))).isEqualTo(page);
    }

    @Test
    void rejectsBinaryUtf16() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 1, 0};
        assertThatThrownBy(() -> decoder.decode(FILE, bytes)).hasMessage(
                "content/inbox/x.txt: not a text file (binary data) — import the saved page's text or HTML");
    }

    @Test
    void rejectsABomOnlyFileAsWhitespace() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'};
        assertThatThrownBy(() -> decoder.decode(FILE, bytes)).hasMessage(
                "content/inbox/x.txt: file contains only whitespace — remove it or replace it with the saved article text");
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void refusesFilesOverFiveMegabytesUnread() throws Exception {
        Path big = dir.resolve("big.html");
        try (var out = java.nio.file.Files.newOutputStream(big)) {
            out.write(new byte[(int) RawFileDecoder.MAX_BYTES + 1]);
        }
        assertThatThrownBy(() -> decoder.decode(big, FILE)).hasMessage("content/inbox/x.txt: file is 5.0 MB, over the "
                + "5 MB limit — save the article page alone (without embedded images or media)");
    }
}
