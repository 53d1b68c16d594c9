package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a raw dump as UTF-8 text: drops a byte-order mark, turns CRLF and CR into LF, and rejects empty,
 * binary and non-UTF-8 files with a problem naming the line or byte (byte offsets count from 0).
 */
public final class RawFileDecoder {

    private static final String EMPTY_HINT = "remove it or replace it with the saved article text";

    /** Reads {@code file} and decodes it; the problem names the file as given. */
    public String decode(Path file) {
        return decode(file, file);
    }

    /** Reads {@code file} and decodes it; problems name it {@code shownAs} (e.g. relative to the project). */
    public String decode(Path file, Path shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SinmunException(Problem.of(shownAs, "file not found", "check the path"), e);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(shownAs, "cannot read the file (" + e.getClass().getSimpleName() + ")",
                    "check that it exists and is readable"), e);
        }
        return decode(shownAs, bytes);
    }

    /** Decodes bytes already read from {@code file}. */
    public String decode(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SinmunException(Problem.of(file, "file is empty", EMPTY_HINT));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new SinmunException(Problem.of(file, "file is UTF-16, not UTF-8", "re-save the file as UTF-8"));
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int binaryAt = firstBinaryByte(bytes, offset);
        if (binaryAt >= 0) {
            throw new SinmunException(Problem.of(file, "not a text file (binary data at byte " + binaryAt + ")",
                    "import the saved page's text or HTML"));
        }
        String text = utf8(file, bytes, offset).replace("\r\n", "\n").replace('\r', '\n');
        if (Whitespace.clean(text).isEmpty()) {
            throw new SinmunException(Problem.of(file, "file contains only whitespace", EMPTY_HINT));
        }
        return text;
    }

    private static String utf8(Path file, byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new SinmunException(Problem.of(file, lineOf(bytes, bad),
                    String.format("not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF), "re-save the file as UTF-8"));
        }
        return out.flip().toString();
    }

    private static int firstBinaryByte(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean textControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B || b == 0x1B;
            if ((b < 0x20 && !textControl) || b == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
