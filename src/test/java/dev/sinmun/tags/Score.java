package dev.sinmun.tags;

import java.util.Set;

/** Precision and recall of tagged ids against labelled ones, summed over cases. */
final class Score {
    int tp;
    int fp;
    int fn;

    void add(Set<String> expected, Set<String> actual) {
        for (String id : actual) {
            if (expected.contains(id)) {
                tp++;
            } else {
                fp++;
            }
        }
        fn += (int) expected.stream().filter(id -> !actual.contains(id)).count();
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
}
