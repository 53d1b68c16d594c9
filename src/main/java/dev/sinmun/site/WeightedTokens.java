package dev.sinmun.site;

import java.util.HashMap;
import java.util.Map;

/** A document's distinct tokens with their weights, 1–15, in a fixed order: what search indexes of a document. */
final class WeightedTokens {

    private final String[] tokens;
    private final int[] weights;

    WeightedTokens(String[] tokens, int[] weights) {
        if (tokens.length != weights.length) {
            throw new IllegalArgumentException(tokens.length + " tokens but " + weights.length + " weights");
        }
        this.tokens = tokens;
        this.weights = weights;
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    int weight(int i) {
        return weights[i];
    }

    /** Token → weight. */
    Map<String, Integer> asMap() {
        Map<String, Integer> map = new HashMap<>((int) (tokens.length / 0.75f) + 1);
        for (int i = 0; i < tokens.length; i++) {
            map.put(tokens[i], weights[i]);
        }
        return map;
    }
}
