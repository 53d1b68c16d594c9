package dev.sinmun.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The same body after normalisation: letters and digits of the text paragraphs only — no Markdown, links' targets,
 * images, captions, punctuation, case or spacing — so an HTML page and a text dump of one article match.
 */
final class BodyFingerprint {

    private static final Pattern IMAGE_OR_CAPTION = Pattern.compile("(?m)^(?:!\\[[^\\]]*\\]\\([^)]*\\)|\\*[^*\\n]+\\*)\\s*$");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_TEXT = 80;

    private BodyFingerprint() {
    }

    /** The fingerprint, or null when the body is too short to tell articles apart. */
    static String of(String markdownBody) {
        String text = LINK_TARGET.matcher(IMAGE_OR_CAPTION.matcher(markdownBody).replaceAll("")).replaceAll("]");
        text = NOT_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
        if (text.length() < MIN_TEXT) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
