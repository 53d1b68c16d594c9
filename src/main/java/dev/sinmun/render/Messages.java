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
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The site's chrome in each language, from {@code sinmun/messages_<lang>.properties} (UTF-8):
 * ICU message patterns, so counts agree in number ({@code {0, plural, one {# article} other {# articles}}}).
 * Every pattern is compiled once; a pattern without arguments is formatted once.
 */
public final class Messages {

    private final Map<Lang, Map<String, Message>> bundles = new EnumMap<>(Lang.class);

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
                messages.bundles.put(lang, compile(p, new ULocale(lang.code())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages;
    }

    private static Map<String, Message> compile(Properties bundle, ULocale locale) {
        Map<String, Message> compiled = new HashMap<>();
        for (String key : bundle.stringPropertyNames()) {
            MessageFormat format = new MessageFormat(bundle.getProperty(key), locale);
            boolean constant = format.getArgumentNames().isEmpty();
            compiled.put(key, constant ? new Message(format.format(new Object[0]), null) : new Message(null, format));
        }
        return Map.copyOf(compiled);
    }

    /** The message {@code key} in {@code lang} with its arguments filled in; fails on an unknown key. */
    public String get(Lang lang, String key, Object... args) {
        Message message = bundles.get(lang).get(key);
        if (message == null) {
            throw new IllegalArgumentException("no message '" + key + "' in messages_" + lang.code() + ".properties");
        }
        return message.format(args);
    }

    /** Every key of a language's bundle, for tests that both bundles agree. */
    public Set<String> keys(Lang lang) {
        return bundles.get(lang).keySet();
    }

    /** One compiled message: its text when it takes no arguments, else its format (not thread-safe, so locked). */
    private record Message(String constant, MessageFormat format) {

        String format(Object[] args) {
            if (constant != null) {
                return constant;
            }
            synchronized (format) {
                return format.format(args);
            }
        }
    }
}
