package dev.sinmun.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code import_hash} key that import writes into front matter: a hash of the rest of the file,
 * so that a later import can tell a file it wrote from one an editor has changed.
 */
public final class ImportStamp {

    /** Whether a Markdown file is still exactly as import wrote it. */
    public enum State { INTACT, EDITED, UNSTAMPED }

    static final String KEY = "import_hash";
    private static final Pattern STAMP_LINE = Pattern.compile("(?m)^" + KEY + ": (sha256:[0-9a-f]+)\n");
    private static final String CLOSING = "\n---\n";

    private ImportStamp() {
    }

    /** Adds the hash as the last front-matter key of a file that {@link FrontMatterWriter} wrote. */
    public static String stamp(String file) {
        int close = file.indexOf(CLOSING, 3);
        return file.substring(0, close + 1) + KEY + ": " + hash(file) + file.substring(close);
    }

    public static State check(String file) {
        int close = file.indexOf(CLOSING, 3);
        if (!file.startsWith("---\n") || close < 0) {
            return State.UNSTAMPED;
        }
        Matcher m = STAMP_LINE.matcher(file);
        if (!m.find() || m.start() > close) {
            return State.UNSTAMPED;
        }
        String unstamped = file.substring(0, m.start()) + file.substring(m.end());
        return hash(unstamped).equals(m.group(1)) ? State.INTACT : State.EDITED;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
