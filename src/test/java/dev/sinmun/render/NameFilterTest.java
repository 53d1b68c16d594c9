package dev.sinmun.render;

import dev.sinmun.model.BilingualName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NameFilterTest {

    private final NameFilter filter = new NameFilter();

    @Test
    void picksTheLanguageAndFallsBackToTheOther() throws Exception {
        BilingualName both = new BilingualName("Oh Se-rin", "오세린");
        BilingualName koOnly = new BilingualName(null, "오세린");
        assertThat(filter.apply(both, Map.of("lang", "en"), null, null, 1)).isEqualTo("Oh Se-rin");
        assertThat(filter.apply(both, Map.of("lang", "ko"), null, null, 1)).isEqualTo("오세린");
        assertThat(filter.apply(koOnly, Map.of("lang", "en"), null, null, 1)).isEqualTo("오세린");
    }
}
