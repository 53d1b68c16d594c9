package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw dump as text: UTF-8 with or without BOM, UTF-16 with BOM, the charset an HTML page declares
 * ({@code <meta charset>}), else strict UTF-8, else CP949 (EUC-KR) when that gives plausible Korean, else
 * Windows-1252 when that gives plausible English. Turns CRLF and CR into LF, and rejects empty, binary, oversized
 * and undecodable files with a problem naming the line or byte (byte offsets count from 0).
 */
public final class RawFileDecoder {

    /** Files larger than this are refused unread: no saved article page is this big. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The same for a single-file {@link WebArchive}, which carries the page's images with it. */
    public static final long MAX_ARCHIVE_BYTES = 50L * 1024 * 1024;

    private static final String EMPTY_HINT = "remove it or replace it with the saved article text";
    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final int DECLARATION_WINDOW = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final double MAX_WESTERN_SHARE = 0.1;
    private static final double MIN_HANGUL_SHARE = 0.5;
    private static final double MIN_COMMON_SHARE = 0.9;

    /** Reads {@code file} and decodes it; the problem names the file as given. */
    public String decode(Path file) {
        return decode(file, file);
    }

    /** Reads {@code file} and decodes it; problems name it {@code shownAs} (e.g. relative to the project). */
    public String decode(Path file, Path shownAs) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            long limit = name.endsWith(".mhtml") || name.endsWith(".mht") ? MAX_ARCHIVE_BYTES : MAX_BYTES;
            if (size > limit) {
                throw new SinmunException(Problem.of(shownAs, String.format(Locale.ROOT,
                        "file is %.1f MB, over the %d MB limit", size / 1048576.0, limit / 1048576),
                        "save the article page alone (without embedded images or media)"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SinmunException(Problem.of(shownAs, "file not found", "check the path"), e);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(shownAs, "cannot read the file (" + e.getClass().getSimpleName() + ")",
                    "check that it exists and is readable"), e);
        }
        return decode(shownAs, bytes);
    }

    /** Decodes bytes already read from {@code file}; of a single-file web archive, the page it holds. */
    public String decode(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SinmunException(Problem.of(file, "file is empty", EMPTY_HINT));
        }
        WebArchive.Page archived = WebArchive.is(bytes) ? WebArchive.page(file, bytes) : null;
        if (archived != null) {
            bytes = archived.html();
        }
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = utf16(file, bytes);
            if (text.indexOf('\0') >= 0 || text.chars().anyMatch(RawFileDecoder::isBinary)) {
                throw binary(file, -1);
            }
        } else {
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            int binaryAt = firstBinaryByte(bytes, offset);
            if (binaryAt >= 0) {
                throw binary(file, binaryAt);
            }
            text = offset == 3 ? utf8(file, bytes, offset) : undeclared(file, bytes);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (Whitespace.clean(text).isEmpty()) {
            throw new SinmunException(Problem.of(file, "file contains only whitespace", EMPTY_HINT));
        }
        return archived == null ? text : archived.withLocation(text);
    }

    /** No BOM: the declared charset of an HTML page, else UTF-8, else plausible CP949. */
    private static String undeclared(Path file, byte[] bytes) {
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            try {
                return strict(declared, bytes, 0);
            } catch (CharacterCodingException e) {
                // a wrong declaration is common on saved pages: fall through to detection
            }
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException e) {
            try {
                String korean = strict(CP949, bytes, 0);
                if (isPlausibleKorean(korean)) {
                    return korean;
                }
            } catch (CharacterCodingException notKorean) {
                // try Western European below
            }
            try {
                String western = strict(WINDOWS_1252, bytes, 0);
                if (isPlausibleWestern(western)) {
                    return western;
                }
            } catch (CharacterCodingException notWestern) {
                // report the UTF-8 error below
            }
            return utf8(file, bytes, 0);
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("euc-kr") || name.equals("ks_c_5601-1987") || name.equals("cp949") || name.equals("ms949")) {
            return CP949;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Whether text decoded as CP949 reads as Korean: most non-ASCII letters are Hangul syllables, and nearly all of
     * those are among the 2,350 common ones of KS X 1001 (bytes in the wrong charset land on rare syllables).
     */
    private static boolean isPlausibleKorean(String text) {
        CharsetEncoder common = EUC_KR.newEncoder();
        long other = 0;
        long hangul = 0;
        long commonHangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                hangul++;
                commonHangul += common.canEncode(c) ? 1 : 0;
            } else if (c >= 0x80 && Character.isLetter(c)) {
                other++;
            }
        }
        return hangul > 0 && hangul >= MIN_HANGUL_SHARE * (hangul + other) && commonHangul >= MIN_COMMON_SHARE * hangul;
    }

    /**
     * Whether text decoded as Windows-1252 reads as English with a few typographic characters (’, “, –, é): at most
     * {@value #MAX_WESTERN_SHARE} of its characters are beyond ASCII, and none is a control character.
     */
    private static boolean isPlausibleWestern(String text) {
        long beyondAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return false;
            }
            beyondAscii += c >= 0x80 ? 1 : 0;
        }
        return beyondAscii <= MAX_WESTERN_SHARE * text.length();
    }

    private static String utf16(Path file, byte[] bytes) {
        Charset charset = (bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        try {
            return strict(charset, bytes, 2);
        } catch (CharacterCodingException e) {
            throw new SinmunException(Problem.of(file, "not valid UTF-16 (odd length or broken surrogate)",
                    "re-save the file as UTF-8"));
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
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
                    String.format("not valid UTF-8 (byte 0x%02X), nor Korean EUC-KR, nor English Windows-1252", bytes[bad] & 0xFF),
                    "re-save the file as UTF-8"));
        }
        return out.flip().toString();
    }

    private static SinmunException binary(Path file, int at) {
        String where = at >= 0 ? " (binary data at byte " + at + ")" : " (binary data)";
        return new SinmunException(Problem.of(file, "not a text file" + where, "import the saved page's text or HTML"));
    }

    private static boolean isBinary(int c) {
        boolean textControl = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x1B;
        return (c < 0x20 && !textControl) || c == 0x7F;
    }

    private static int firstBinaryByte(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (isBinary(bytes[i] & 0xFF)) {
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
