package dev.sinmun.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How search splits text into tokens; {@code search.js} does the same in the browser: NFKC, lower case,
 * runs of letters and digits (so case and punctuation never matter), English stop words dropped.
 */
final class SearchTokens {

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "from", "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that",
            "the", "their", "there", "they", "this", "to", "was", "were", "which", "will", "with", "would");
    private static final int MAX_STOP_LENGTH = STOP.stream().mapToInt(String::length).max().orElse(0);
    /** Which of 1,024 buckets of {@link String#hashCode} hold a stop word (see {@link #mayBeStopWord}). */
    private static final boolean[] STOP_HASHES = new boolean[1024];

    static {
        STOP.forEach(word -> STOP_HASHES[word.hashCode() & (STOP_HASHES.length - 1)] = true);
    }

    private SearchTokens() {
    }

    /** The tokens of {@code text} (none for null), in order, stop words left out. */
    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        spans(text, (normalized, start, end) -> {
            String candidate = normalized.substring(start, end);
            if (!isStopWord(candidate)) {
                tokens.add(candidate);
            }
        });
        return tokens;
    }

    /** Where a token candidate (stop words included) lies in the normalized text. */
    interface Span {
        void accept(String normalized, int start, int end);
    }

    /** Hands each token candidate of {@code text} (none for null) to {@code span}, in order, stop words included. */
    static void spans(String text, Span span) {
        if (text == null) {
            return;
        }
        String nfkc = plainlyNormalized(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String norm = nfkc.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < norm.length(); ) {
            char c = norm.charAt(i);
            int width = 1;
            boolean word;
            if (c < 0x80) {
                word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            } else if (Character.isHighSurrogate(c)) {
                int point = norm.codePointAt(i);
                width = Character.charCount(point);
                word = Character.isLetterOrDigit(point);
            } else {
                word = Character.isLetterOrDigit(c);
            }
            if (word) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                span.accept(norm, start, i);
                start = -1;
            }
            i += width;
        }
        if (start >= 0) {
            span.accept(norm, start, norm.length());
        }
    }

    /**
     * Whether NFKC leaves {@code text} as it is, told from its characters alone: ASCII, Hangul syllables, the middle
     * dot and typographic dashes and quotes, which NFKC neither changes nor composes with one another. False when in
     * doubt (the text is then normalized).
     */
    static boolean plainlyNormalized(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !(c >= 0xAC00 && c <= 0xD7A3) && !(c >= 0x2018 && c <= 0x201D)
                    && c != 0x2013 && c != 0x2014 && c != 0x00B7) {
                return false;
            }
        }
        return true;
    }

    /** False when a token whose {@link String#hashCode} is {@code hash} is surely no stop word (most tokens). */
    static boolean mayBeStopWord(int hash) {
        return STOP_HASHES[hash & (STOP_HASHES.length - 1)];
    }

    static boolean isStopWord(String token) {
        return token.length() <= MAX_STOP_LENGTH && STOP.contains(token);
    }

    /** The shard a token lives in: its first three characters (two for Hangul), or the whole short token. */
    static String shardKey(String token) {
        boolean hangul = Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HANGUL;
        int n = Math.min(token.codePointCount(0, token.length()), hangul ? 2 : 3);
        return token.substring(0, token.offsetByCodePoints(0, n));
    }

    /** The shard's file name: the key's code points in hex, joined by '-'. */
    static String shardFile(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(c -> sb.append(sb.length() == 0 ? "" : "-").append(Integer.toHexString(c)));
        return sb.toString();
    }
}
