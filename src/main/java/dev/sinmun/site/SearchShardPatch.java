package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A search shard patched for one changed document, on its file's UTF-8 bytes ({@code {"token":[posting,…],…}} as
 * {@link SearchIndexWriter} writes it, tokens in {@link String#compareTo} order): the tokens and postings the document
 * does not touch are copied as the file has them, each token's postings read only up to the document's place, and
 * no token or shard is made a string.
 */
final class SearchShardPatch {

    private SearchShardPatch() {
    }

    /**
     * The shard {@code previous} (its file's bytes, or null) without document {@code id}'s old postings, with its
     * new {@code weights} (those of its tokens in this shard); null when the shard is left empty.
     */
    static byte[] patch(String shard, byte[] previous, int id, Map<String, Integer> weights) {
        TreeMap<String, Integer> fresh = new TreeMap<>(weights);
        ByteArrayOutputStream json = new ByteArrayOutputStream(previous == null ? 64 : previous.length + 64);
        json.write('{');
        if (previous != null) {
            Scanner scan = new Scanner(shard, previous);
            while (scan.next()) {
                int order = 1;
                while (!fresh.isEmpty() && (order = scan.compareTokenTo(fresh.firstKey())) > 0) {
                    Map.Entry<String, Integer> added = fresh.pollFirstEntry();
                    entry(json, added.getKey(), id * 16 + added.getValue());
                }
                Integer weight = order == 0 ? fresh.pollFirstEntry().getValue() : null;
                if (weight == null && !scan.holds(id)) {
                    scan.copyEntry(json);
                } else {
                    scan.patchedEntry(json, id, weight);
                }
            }
        }
        fresh.forEach((token, weight) -> entry(json, token, id * 16 + weight));
        if (json.size() == 1) {
            return null;
        }
        json.write('}');
        return json.toByteArray();
    }

    private static void entry(ByteArrayOutputStream json, String token, int posting) {
        comma(json);
        json.write('"');
        json.writeBytes(token.getBytes(StandardCharsets.UTF_8));
        json.writeBytes(("\":[" + posting + "]").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void comma(ByteArrayOutputStream json) {
        if (json.size() > 1) {
            json.write(',');
        }
    }

    /**
     * Where a code point sorts among others as {@link String#compareTo} sorts the UTF-16 units that spell it: code
     * points above U+FFFF (two units from U+D800 on) come before U+E000–U+FFFF.
     */
    static int utf16Rank(int codePoint) {
        if (codePoint >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return Character.MIN_SURROGATE + codePoint - Character.MIN_SUPPLEMENTARY_CODE_POINT;
        }
        return codePoint >= 0xE000 ? codePoint + Character.MAX_CODE_POINT : codePoint;
    }

    /** Reads the shard one token at a time. */
    private static final class Scanner {
        private final String shard;
        private final byte[] text;
        private int at;
        private int tokenStart;
        private int tokenEnd;
        private int listStart;
        private int listEnd;
        /** The token when the file escapes a character in it (tokens are letters and digits: never, as written). */
        private String escapedToken;

        Scanner(String shard, byte[] text) {
            this.shard = shard;
            this.text = text;
        }

        /** Moves to the next token; false at the end. */
        boolean next() {
            try {
                if (at == 0) {
                    expect('{');
                }
                if (text[at] == '}') {
                    return false;
                }
                if (at > 1) {
                    expect(',');
                }
                tokenStart = at;
                expect('"');
                int close = indexOf('"', at);
                if (close >= 0 && indexOf('\\', at, close) < 0) {
                    escapedToken = null;
                    at = close + 1;
                } else {
                    at = tokenStart;
                    escapedToken = string();
                }
                tokenEnd = at;
                expect(':');
                expect('[');
                listStart = at;
                listEnd = indexOf(']', at);
                if (listEnd < 0) {
                    throw unreadable();
                }
                at = listEnd + 1;
                return true;
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                throw unreadable();
            }
        }

        /** The token compared with {@code key} as {@link String#compareTo} compares them: its sign. */
        int compareTokenTo(String key) {
            if (escapedToken != null) {
                return escapedToken.compareTo(key);
            }
            int pos = tokenStart + 1;
            int end = tokenEnd - 1;
            int k = 0;
            try {
                while (pos < end && k < key.length()) {
                    int b = text[pos] & 0xFF;
                    int codePoint;
                    if (b < 0x80) {
                        codePoint = b;
                        pos += 1;
                    } else if (b < 0xE0) {
                        codePoint = (b & 0x1F) << 6 | text[pos + 1] & 0x3F;
                        pos += 2;
                    } else if (b < 0xF0) {
                        codePoint = (b & 0x0F) << 12 | (text[pos + 1] & 0x3F) << 6 | text[pos + 2] & 0x3F;
                        pos += 3;
                    } else {
                        codePoint = (b & 0x07) << 18 | (text[pos + 1] & 0x3F) << 12 | (text[pos + 2] & 0x3F) << 6
                                | text[pos + 3] & 0x3F;
                        pos += 4;
                    }
                    int other = key.codePointAt(k);
                    k += Character.charCount(other);
                    if (codePoint != other) {
                        return Integer.compare(utf16Rank(codePoint), utf16Rank(other));
                    }
                }
            } catch (IndexOutOfBoundsException e) {
                throw unreadable();
            }
            return pos < end ? 1 : k < key.length() ? -1 : 0;
        }

        /** Whether document {@code id} has a posting in the token's list, read up to the document's place. */
        boolean holds(int id) {
            int doc = 0;
            for (int pos = listStart; pos < listEnd; pos++) {
                int end = postingEnd(pos);
                doc += posting(pos, end) / 16;
                if (doc >= id) {
                    return doc == id;
                }
                pos = end;
            }
            return false;
        }

        /** Appends the token and its postings to {@code json} as the file has them. */
        void copyEntry(ByteArrayOutputStream json) {
            comma(json);
            json.write(text, tokenStart, listEnd + 1 - tokenStart);
        }

        /**
         * Appends the token with its postings without document {@code id}'s, with {@code weight} for it unless null;
         * nothing when none are left. Postings are in document order, so reading stops at the document's place.
         */
        void patchedEntry(ByteArrayOutputStream json, int id, Integer weight) {
            int pos = listStart;
            int doc = 0;
            while (pos < listEnd) {
                int start = pos;
                int end = postingEnd(start);
                int value = posting(start, end);
                pos = end;
                if (pos < listEnd) {
                    pos++;
                }
                int next = doc + value / 16;
                if (next < id) {
                    doc = next;
                    continue;
                }
                if (next > id) {
                    if (weight == null) {
                        spliced(json, listEnd, "", listEnd);
                    } else {
                        spliced(json, start, ((id - doc) * 16 + weight) + "," + ((next - id) * 16 + value % 16), end);
                    }
                } else if (weight != null) {
                    spliced(json, start, String.valueOf((id - doc) * 16 + weight), end);
                } else if (end == listEnd) {
                    if (start != listStart) {
                        spliced(json, start - 1, "", listEnd);
                    }
                } else {
                    int following = pos;
                    pos = postingEnd(following);
                    int after = posting(following, pos);
                    spliced(json, start, String.valueOf((next + after / 16 - doc) * 16 + after % 16), pos);
                }
                return;
            }
            if (weight != null) {
                spliced(json, listEnd, (listStart == listEnd ? "" : ",") + ((id - doc) * 16 + weight), listEnd);
            } else if (listStart != listEnd) {
                spliced(json, listEnd, "", listEnd);
            }
        }

        /** Appends the token with its postings, those from {@code from} to {@code to} replaced by {@code with}. */
        private void spliced(ByteArrayOutputStream json, int from, String with, int to) {
            comma(json);
            json.write(text, tokenStart, listStart - tokenStart);
            json.write(text, listStart, from - listStart);
            json.writeBytes(with.getBytes(StandardCharsets.ISO_8859_1));
            json.write(text, to, listEnd - to);
            json.write(']');
        }

        /** Where the posting starting at {@code from} ends (at a comma or the list's end); it must be digits. */
        private int postingEnd(int from) {
            int end = from;
            for (byte c; end < listEnd && (c = text[end]) != ','; end++) {
                if (c < '0' || c > '9') {
                    throw unreadable();
                }
            }
            if (end == from) {
                throw unreadable();
            }
            return end;
        }

        private int posting(int from, int end) {
            int value = 0;
            for (int i = from; i < end; i++) {
                value = value * 10 + (text[i] - '0');
            }
            return value;
        }

        /** Reads a quoted string with escapes in it. */
        private String string() {
            expect('"');
            int close = at;
            while (text[close] != '"') {
                close += text[close] == '\\' ? 2 : 1;
            }
            String raw = new String(text, at, close - at, StandardCharsets.UTF_8);
            at = close + 1;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = raw.charAt(++i);
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
            return sb.toString();
        }

        private int indexOf(char c, int from) {
            return indexOf(c, from, text.length);
        }

        private int indexOf(char c, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private void expect(char c) {
            if (at >= text.length || text[at] != c) {
                throw unreadable();
            }
            at++;
        }

        private SinmunException unreadable() {
            return new SinmunException(Problem.of(Path.of(shard), "the search shard from the last build is damaged "
                    + "(byte " + at + ")", "run a full build: sinmun build --full"));
        }
    }
}
