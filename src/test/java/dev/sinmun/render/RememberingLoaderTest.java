package dev.sinmun.render;

import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingLoaderTest {

    /** A loader that resolves {@code ./x} next to its anchor and records every question it is asked. */
    private static final class CountingLoader extends StringLoader {
        final List<String> asked = new ArrayList<>();

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            asked.add(relativePath + "@" + anchorPath);
            return relativePath.startsWith("./") ? anchorPath.substring(0, anchorPath.lastIndexOf('/') + 1)
                    + relativePath.substring(2) : null;
        }

        @Override
        public String createCacheKey(String templateName) {
            asked.add("key " + templateName);
            return "key:" + templateName;
        }
    }

    @Test
    void asksItsLoaderOnceForEachIncludeAndGivesTheSameAnswers() {
        CountingLoader counting = new CountingLoader();
        RememberingLoader<String> loader = new RememberingLoader<>(counting);
        for (int i = 0; i < 3; i++) {
            assertThat(loader.resolveRelativePath("./name", "partials/card")).isEqualTo("partials/name");
            assertThat(loader.resolveRelativePath("partials/name", "pages/article")).isNull();
            assertThat(loader.resolveRelativePath("./name", "other/card")).isEqualTo("other/name");
            assertThat(loader.createCacheKey("pages/article")).isEqualTo("key:pages/article");
        }
        assertThat(counting.asked).containsExactly("./name@partials/card", "partials/name@pages/article",
                "./name@other/card", "key pages/article");
    }
}
