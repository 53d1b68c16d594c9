package dev.sinmun.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentValuesTest {

    private final List<Integer> made = new ArrayList<>();

    private String get(RecentValues<Integer, String> values, int key) {
        return values.get(key, () -> {
            made.add(key);
            return "value " + key;
        });
    }

    @Test
    void aValueIsMadeOnceWhileItIsAskedForOftenEnough() {
        RecentValues<Integer, String> values = new RecentValues<>(4);
        assertThat(get(values, 1)).isEqualTo("value 1");
        assertThat(get(values, 1)).isEqualTo("value 1");
        get(values, 2); // the newer half (2) is full: 1 and 2 become the older half
        get(values, 1); // asked again: kept
        get(values, 3); // full again: 1 and 3 older, 2 gone
        get(values, 1);
        get(values, 2);
        assertThat(made).containsExactly(1, 2, 3, 2);
    }

    @Test
    void clearLetsEveryValueGo() {
        RecentValues<Integer, String> values = new RecentValues<>(100);
        get(values, 1);
        values.clear();
        get(values, 1);
        assertThat(made).containsExactly(1, 1);
    }
}
