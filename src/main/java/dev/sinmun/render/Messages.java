package dev.sinmun.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.sinmun.model.Lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The site's chrome in each language, from {@code sinmun/messages_<lang>.properties} (UTF-8):
 * ICU message patterns, so counts agree in number ({@code {0, plural, one {# article} other {# articles}}}).
 */
public final class Messages {

    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    /** The built-in bundles from the classpath. */
    public static Messages builtIn() {
        Messages messages = new Messages();
        for (Lang lang : Lang.values()) {
            String resource = "sinmun/messages_" + lang.code() + ".properties";
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing message bundle " + resource);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                messages.bundles.put(lang, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages;
    }

    /** The message {@code key} in {@code lang} with its arguments filled in; fails on an unknown key. */
    public String get(Lang lang, String key, Object... args) {
        String pattern = bundles.get(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in messages_" + lang.code() + ".properties");
        }
        return new MessageFormat(pattern, new ULocale(lang.code())).format(args);
    }

    /** Every key of a language's bundle, for tests that both bundles agree. */
    public java.util.Set<String> keys(Lang lang) {
        return bundles.get(lang).stringPropertyNames();
    }
}
