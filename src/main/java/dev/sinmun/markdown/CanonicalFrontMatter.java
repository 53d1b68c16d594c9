package dev.sinmun.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads front matter in the form {@link FrontMatterWriter} writes it ({@code key: value} lines, flow maps and lists,
 * {@code  - {…}} list items, double-quoted or plain scalars that every YAML reader reads as the same string) straight
 * into the tree Jackson's YAML reader gives for it, several times faster. Anything else, from a comment to a
 * multi-line string, gives null and is left to Jackson.
 */
final class CanonicalFrontMatter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([+-][0-9]{2}:[0-9]{2}|Z)");
    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** The keys whose values repeat across the archive: tag ids, names and roles, outlet names. */
    private static final Set<String> SHARED_KEYS = Set.of("id", "en", "ko", "role");
    /** Past this many shared values, new ones are no longer added. */
    private static final int SHARED_LIMIT = 200_000;

    private final String yaml;
    private final Map<String, String> shared;
    private int at;

    private CanonicalFrontMatter(String yaml, Map<String, String> shared) {
        this.yaml = yaml;
        this.shared = shared;
    }

    /** The tree of {@code yaml}, or null when it is not in the written form. */
    static ObjectNode read(String yaml) {
        return read(yaml, new HashMap<>());
    }

    /**
     * As {@link #read(String)}; the values of tag ids, names and roles and outlet names come from (and go to)
     * {@code shared}, so the many articles naming the same person hold one copy of the name.
     */
    static ObjectNode read(String yaml, Map<String, String> shared) {
        try {
            return new CanonicalFrontMatter(yaml, shared).document();
        } catch (Stray e) {
            return null;
        }
    }

    /** The text leaves the written form. */
    private static final class Stray extends Exception {
        Stray() {
            super(null, null, false, false);
        }
    }

    private ObjectNode document() throws Stray {
        ObjectNode root = NODES.objectNode();
        while (at < yaml.length()) {
            String key = key();
            if (root.has(key)) {
                throw new Stray();
            }
            if (peek() == '\n') {
                at++;
                ArrayNode items = NODES.arrayNode();
                while (yaml.startsWith("  - ", at)) {
                    at += 4;
                    items.add(flowValue());
                    endOfLine();
                }
                if (items.isEmpty()) {
                    throw new Stray();
                }
                root.set(key, items);
            } else {
                expect(' ');
                root.set(key, blockValue());
                endOfLine();
            }
        }
        return root.isEmpty() ? null : root;
    }

    /** A key of lower-case letters and underscores, and its colon. */
    private String key() throws Stray {
        int start = at;
        while (at < yaml.length() && (Character.isLowerCase(yaml.charAt(at)) && yaml.charAt(at) < 0x80
                || yaml.charAt(at) == '_')) {
            at++;
        }
        if (at == start) {
            throw new Stray();
        }
        String key = yaml.substring(start, at);
        expect(':');
        return key;
    }

    private JsonNode blockValue() throws Stray {
        char c = peek();
        if (c == '"' || c == '{' || c == '[') {
            return flowValue();
        }
        int end = yaml.indexOf('\n', at);
        String token = yaml.substring(at, end < 0 ? yaml.length() : end);
        at += token.length();
        return scalar(token, false);
    }

    private JsonNode flowValue() throws Stray {
        char c = peek();
        if (c == '"') {
            return NODES.textNode(quoted());
        }
        if (c == '{') {
            at++;
            ObjectNode map = NODES.objectNode();
            if (peek() != '}') {
                do {
                    String key = key();
                    expect(' ');
                    if (map.has(key)) {
                        throw new Stray();
                    }
                    JsonNode value = flowValue();
                    map.set(key, SHARED_KEYS.contains(key) && value.isTextual() ? NODES.textNode(share(value.textValue()))
                            : value);
                } while (separator());
            }
            expect('}');
            return map;
        }
        if (c == '[') {
            at++;
            ArrayNode list = NODES.arrayNode();
            if (peek() != ']') {
                do {
                    list.add(flowValue());
                } while (separator());
            }
            expect(']');
            return list;
        }
        int start = at;
        while (at < yaml.length() && ",}]\n".indexOf(yaml.charAt(at)) < 0) {
            at++;
        }
        return scalar(yaml.substring(start, at), true);
    }

    private String share(String value) {
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_LIMIT) {
            known = shared.putIfAbsent(value, value);
        }
        return known != null ? known : value;
    }

    /** A {@code ", "} between the entries of a flow collection. */
    private boolean separator() throws Stray {
        if (peek() != ',') {
            return false;
        }
        at++;
        expect(' ');
        return true;
    }

    private JsonNode scalar(String token, boolean flow) throws Stray {
        if (token.equals("null")) {
            return NODES.nullNode();
        }
        if (INTEGER.matcher(token).matches()) {
            return NODES.numberNode(Integer.parseInt(token));
        }
        if (!flow && TIMESTAMP.matcher(token).matches() || YamlScalar.isPlainSafe(token, flow)) {
            return NODES.textNode(token);
        }
        throw new Stray();
    }

    /** A double-quoted scalar with the escapes {@link YamlScalar} writes. */
    private String quoted() throws Stray {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < yaml.length()) {
            char c = yaml.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                throw new Stray();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = at < yaml.length() ? yaml.charAt(at++) : 0;
            switch (e) {
                case '"', '\\' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = Character.digit(peek(), 16);
                        if (digit < 0 || peek() > 0x7f) {
                            throw new Stray();
                        }
                        code = code * 16 + digit;
                        at++;
                    }
                    out.append((char) code);
                }
                default -> throw new Stray();
            }
        }
        throw new Stray();
    }

    private char peek() {
        return at < yaml.length() ? yaml.charAt(at) : 0;
    }

    private void expect(char c) throws Stray {
        if (peek() != c) {
            throw new Stray();
        }
        at++;
    }

    private void endOfLine() throws Stray {
        if (at < yaml.length()) {
            expect('\n');
        }
    }
}
