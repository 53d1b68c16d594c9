package dev.sinmun.site;

import java.util.Arrays;

/**
 * The weights of one document's tokens ({@link SearchTokens}), summed mention by mention: a token's string is made
 * at its first mention only (an article of 800 words names about 400 tokens), in an open-addressing table.
 */
final class TokenWeights {

    private String[] tokens = new String[1024];
    /** Each token's sum so far; {@code -1} for a stop word. */
    private int[] sums = new int[1024];
    /** The slots in use, in the order their tokens were first met. */
    private int[] used = new int[tokens.length / 2 + 1];
    private int size;

    /**
     * Adds {@code weight} for each mention of a token in {@code text} (nothing for null), and for each end of a word
     * of Hangul only, two syllables long or more ("상계엄", "계엄" of "비상계엄"), so that a search finds a word inside the
     * compound words Korean builds from it.
     */
    void add(String text, int weight) {
        SearchTokens.spans(text, (normalized, start, end) -> {
            add(normalized, start, end, weight);
            if (end - start > 2 && allHangul(normalized, start, end)) {
                for (int from = start + 1; end - from >= 2; from++) {
                    add(normalized, from, end, weight);
                }
            }
        });
    }

    private static boolean allHangul(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) {
                return false;
            }
        }
        return true;
    }

    /** Each token but the stop words with its summed weight, at most {@code max}, in the order first met. */
    WeightedTokens capped(int max) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            kept += sums[used[i]] >= 0 ? 1 : 0;
        }
        String[] keptTokens = new String[kept];
        int[] weights = new int[kept];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int slot = used[i];
            if (sums[slot] >= 0) {
                keptTokens[n] = tokens[slot];
                weights[n++] = Math.min(max, sums[slot]);
            }
        }
        return new WeightedTokens(keptTokens, weights);
    }

    private void add(String text, int start, int end, int weight) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = tokens.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String token = tokens[slot];
            if (token == null) {
                token = text.substring(start, end);
                tokens[slot] = token;
                sums[slot] = SearchTokens.mayBeStopWord(hash) && SearchTokens.isStopWord(token) ? -1 : weight;
                used[size++] = slot;
                if (size * 2 > tokens.length) {
                    grow();
                }
                return;
            }
            if (token.length() == end - start && text.startsWith(token, start)) {
                if (sums[slot] >= 0) {
                    sums[slot] += weight;
                }
                return;
            }
        }
    }

    private void grow() {
        String[] oldTokens = tokens;
        int[] oldSums = sums;
        tokens = new String[oldTokens.length * 2];
        sums = new int[tokens.length];
        used = Arrays.copyOf(used, tokens.length / 2 + 1);
        int mask = tokens.length - 1;
        for (int i = 0; i < size; i++) {
            int old = used[i];
            int slot = spread(oldTokens[old].hashCode()) & mask;
            while (tokens[slot] != null) {
                slot = (slot + 1) & mask;
            }
            tokens[slot] = oldTokens[old];
            sums[slot] = oldSums[old];
            used[i] = slot;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
