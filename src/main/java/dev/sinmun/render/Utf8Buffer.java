package dev.sinmun.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes its text to UTF-8 as it is written, into one growing array that {@link #reset} lets
 * the next page reuse: a page's bytes without the string, the doubling copies and the encoder's worst-case array
 * in between. The bytes are those {@code String.getBytes(UTF_8)} gives for the whole text (a surrogate without its
 * pair becomes {@code ?}), even when a pair is split between two writes. Not for several threads at once.
 */
final class Utf8Buffer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate written last, waiting for the low one; 0 when none. */
    private char high;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Empties the buffer, keeping its array. */
    void reset() {
        size = 0;
        high = 0;
    }

    /** The bytes written since the last {@link #reset}, in an array of their own. */
    byte[] toByteArray() {
        if (high != 0) {
            room(1);
            bytes[size++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] text, int offset, int length) {
        room(length * 3 + 1);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            i = high == 0 ? ascii(text, i, end) : i;
            if (i < end) {
                put(text[i++]);
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        room(length * 3 + 1);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            i = high == 0 ? ascii(text, i, end) : i;
            if (i < end) {
                put(text.charAt(i++));
            }
        }
    }

    /** Copies the run of ASCII from {@code from}; returns where it ends. Room must have been made. */
    private int ascii(char[] text, int from, int end) {
        byte[] b = bytes;
        int n = size;
        int i = from;
        for (char c; i < end && (c = text[i]) < 0x80; i++) {
            b[n++] = (byte) c;
        }
        size = n;
        return i;
    }

    private int ascii(String text, int from, int end) {
        byte[] b = bytes;
        int n = size;
        int i = from;
        for (char c; i < end && (c = text.charAt(i)) < 0x80; i++) {
            b[n++] = (byte) c;
        }
        size = n;
        return i;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void put(char c) {
        room(4);
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(first, c);
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
