package dev.sinmun.site;

/** Reads unsigned variable-length integers (7 bits a byte, lowest first, high bit = more follows) one after another. */
final class VarIntReader {

    private final byte[] data;
    private int at;

    VarIntReader(byte[] data) {
        this.data = data;
    }

    boolean hasNext() {
        return at < data.length;
    }

    int next() {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = data[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }
}
