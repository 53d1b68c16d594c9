package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved as a single-file web archive ({@code .mhtml}, {@code .mht}: what Chrome and Edge write for "Webpage,
 * Single File"), a MIME {@code multipart/related} message whose first {@code text/html} part is the page.
 */
final class WebArchive {

    /** How far into a file its MIME headers may reach. */
    private static final int HEADER_WINDOW = 8192;
    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\r?\\n");

    private WebArchive() {
    }

    /** Whether {@code bytes} begin with the MIME headers of a web archive. */
    static boolean is(byte[] bytes) {
        String head = headers(new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1))
                .toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    /**
     * The archive's page: its bytes, its transfer encoding (quoted-printable or base64) undone, and the web address
     * it was saved from (its part's {@code Content-Location}, else the archive's {@code Snapshot-Content-Location}), or
     * null.
     */
    static Page page(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Map<String, String> top = fields(headers(text));
        Matcher boundary = BOUNDARY.matcher(headers(text));
        if (!boundary.find()) {
            throw notAnArchive(file, "it has no part boundary");
        }
        String delimiter = "--" + boundary.group(1).strip();
        String[] parts = text.split("\r?\n" + Pattern.quote(delimiter));
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("--")) {
                break;
            }
            int end = headerEnd(part);
            Map<String, String> fields = fields(part.substring(0, end));
            if (fields.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).startsWith("text/html")) {
                String location = webAddress(fields.get("content-location"));
                return new Page(decoded(fields.getOrDefault("content-transfer-encoding", ""), part.substring(end)),
                        location != null ? location : webAddress(top.get("snapshot-content-location")));
            }
        }
        throw notAnArchive(file, "it holds no HTML page");
    }

    /** An archive's page: its HTML bytes and the http(s) address it was saved from, or null. */
    record Page(byte[] html, String location) {

        /**
         * The page's text marked with its address as Internet Explorer marks a page it saves ({@code <!-- saved from
         * url=(0042)https://… -->}), which the HTML reader takes for the page's address when it names none.
         */
        String withLocation(String text) {
            return location == null ? text
                    : String.format(Locale.ROOT, "<!-- saved from url=(%04d)%s -->\n", location.length(), location) + text;
        }
    }

    private static String webAddress(String value) {
        String url = value == null ? "" : value.strip();
        return url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    private static SinmunException notAnArchive(Path file, String why) {
        return new SinmunException(Problem.of(file, "a web archive (.mhtml) Sinmun cannot read: " + why,
                "open it in a browser and save it again as \"Webpage, HTML only\""));
    }

    /** The header block at the start of {@code text}, up to its first blank line. */
    private static String headers(String text) {
        return text.substring(0, headerEnd(text));
    }

    private static int headerEnd(String text) {
        Matcher blank = BLANK_LINE.matcher(text);
        int from = text.startsWith("\r\n") ? 2 : text.startsWith("\n") ? 1 : 0;
        return blank.find(from) ? blank.end() : text.length();
    }

    /** Header fields by lower-case name, folded continuation lines joined. */
    private static Map<String, String> fields(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        String name = null;
        for (String line : block.split("\r?\n")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && name != null) {
                fields.merge(name, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                fields.put(name, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return fields;
    }

    private static byte[] decoded(String encoding, String body) {
        return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> Base64.getMimeDecoder().decode(body.strip());
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** RFC 2045 quoted-printable: "=XX" is a byte, "=" at a line's end joins it to the next. */
    private static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
            } else if (body.startsWith("\r\n", i + 1)) {
                i += 2;
            } else if (body.startsWith("\n", i + 1)) {
                i += 1;
            } else if (i + 2 < body.length() && isHex(body.charAt(i + 1)) && isHex(body.charAt(i + 2))) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
