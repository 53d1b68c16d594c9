package dev.sinmun.render;

import dev.sinmun.model.BilingualName;
import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessorResolverTest {

    private final AccessorResolver resolver = new AccessorResolver();

    /** A record whose {@code title} Pebble reads through {@code getTitle()}, which wins over the accessor. */
    public record Shadowed(String title) {
        public String getTitle() {
            return "from getter";
        }
    }

    /** A record with a primitive component. */
    public record Counted(int count, boolean empty) {
    }

    private Object read(Object instance, String name) {
        ResolvedAttribute found = resolver.resolve(instance, name, null, null, null, "test", 1);
        return found == null ? "(left to Pebble)" : found.evaluatedValue;
    }

    @Test
    void readsARecordComponent() {
        assertThat(read(new BilingualName("Seoul", "서울"), "ko")).isEqualTo("서울");
        assertThat(read(new BilingualName("Seoul", null), "ko")).isNull();
        assertThat(read(new Counted(7, false), "count")).isEqualTo(7);
        assertThat(read(new Counted(0, true), "empty")).isEqualTo(true);
    }

    @Test
    void leavesToPebbleWhatPebbleWouldResolveDifferently() {
        assertThat(read(new Shadowed("t"), "title")).isEqualTo("(left to Pebble)");
        assertThat(read(new BilingualName("a", "b"), "EN")).isEqualTo("(left to Pebble)");
        assertThat(read(new BilingualName("a", "b"), "class")).isEqualTo("(left to Pebble)");
        assertThat(read(new BilingualName("a", "b"), "notify")).isEqualTo("(left to Pebble)");
        assertThat(read(Map.of("en", "x"), "en")).isEqualTo("(left to Pebble)");
        assertThat(read(new BilingualName("a", "b"), "nosuchthing")).isEqualTo("(left to Pebble)");
        assertThat(resolver.resolve(new BilingualName("a", "b"), "en", new Object[0], null, null, "test", 1)).isNull();
    }

    @Test
    void templatesReadTheSameValuesAsWithPebblesOwnResolver() throws IOException {
        String template = "{{ name.en }}|{{ name.ko }}|{{ shadowed.title }}|{{ map.en }}|{{ name.en.length }}";
        Map<String, Object> context = Map.of("name", new BilingualName("Seoul", "서울"),
                "shadowed", new Shadowed("t"), "map", Map.of("en", "mapped"));
        PebbleEngine plain = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true).build();
        PebbleEngine sinmun = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .extension(new SinmunPebbleExtension(SiteConfig.forTest())).build();
        assertThat(render(sinmun, template, context)).isEqualTo(render(plain, template, context))
                .startsWith("Seoul|서울|");
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, context);
        return out.toString();
    }
}
