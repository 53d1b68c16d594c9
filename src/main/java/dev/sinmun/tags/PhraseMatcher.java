package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An Aho–Corasick automaton: finds every occurrence of every phrase in one pass over a text, however many phrases
 * there are. Phrases are added in lower case; {@link #scan} reports each occurrence with the phrase's value.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {

    /** One occurrence: {@code [start, end)} in the scanned text. */
    record Match<T>(int start, int end, T value) {
    }

    private record Output<T>(int length, T value) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<List<Output<T>>> outputs = new ArrayList<>();
    private int[] fail = new int[0];
    private boolean built;

    PhraseMatcher() {
        newNode();
    }

    private int newNode() {
        next.add(new HashMap<>(4));
        outputs.add(new ArrayList<>(1));
        return next.size() - 1;
    }

    /** Adds a phrase (matched exactly as given, so pass it in lower case for a case-insensitive match). */
    void add(String phrase, T value) {
        if (built) {
            throw new IllegalStateException("add every phrase before the first scan");
        }
        if (phrase.isEmpty()) {
            return;
        }
        int node = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            Integer child = next.get(node).get(c);
            if (child == null) {
                child = newNode();
                next.get(node).put(c, child);
            }
            node = child;
        }
        outputs.get(node).add(new Output<>(phrase.length(), value));
    }

    private void build() {
        fail = new int[next.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(node).entrySet()) {
                int child = edge.getValue();
                int f = fail[node];
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail[f];
                }
                Integer target = next.get(f).get(edge.getKey());
                fail[child] = target != null && target != child ? target : 0;
                outputs.get(child).addAll(outputs.get(fail[child]));
                queue.add(child);
            }
        }
        built = true;
    }

    /** Reports every occurrence of every phrase in {@code text}, in order of where they end. */
    synchronized void scan(String text, Consumer<Match<T>> onMatch) {
        if (!built) {
            build();
        }
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer child = next.get(node).get(c);
            while (child == null && node != 0) {
                node = fail[node];
                child = next.get(node).get(c);
            }
            node = child == null ? 0 : child;
            for (Output<T> out : outputs.get(node)) {
                onMatch.accept(new Match<>(i + 1 - out.length(), i + 1, out.value()));
            }
        }
    }

    /** Every occurrence in {@code text}. */
    List<Match<T>> findAll(String text) {
        List<Match<T>> all = new ArrayList<>();
        scan(text, all::add);
        return all;
    }
}
