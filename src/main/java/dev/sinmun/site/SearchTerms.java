package dev.sinmun.site;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The tokens of the documents indexed so far, each with its shard and its postings, in an open-addressing table of
 * the terms themselves: a lookup reads a slot, the term and its token, where a {@code HashMap} of postings also reads
 * a node and a value. At 100,000 articles a full build makes 27 million lookups among 190,000 tokens, most of them
 * cache misses.
 */
final class SearchTerms {

    private Term[] table = new Term[1 << 12];
    private int size;

    /**
     * The term of {@code token}, new (with no postings yet) if it was never met; a new term's shard is its
     * {@link SearchTokens#shardKey}, numbered by {@code shardId}.
     */
    Term term(String token, ToIntFunction<String> shardId) {
        int hash = spread(token.hashCode());
        int mask = table.length - 1;
        int slot = hash & mask;
        for (Term term = table[slot]; term != null; term = table[slot]) {
            if (term.hash == hash && term.token.equals(token)) {
                return term;
            }
            slot = (slot + 1) & mask;
        }
        String key = SearchTokens.shardKey(token);
        Term term = new Term(token, hash, key, shardId.applyAsInt(key));
        table[slot] = term;
        if (++size * 2 > table.length) {
            grow();
        }
        return term;
    }

    /** Every term, in no particular order. */
    void forEach(Consumer<Term> action) {
        for (Term term : table) {
            if (term != null) {
                action.accept(term);
            }
        }
    }

    private void grow() {
        Term[] old = table;
        table = new Term[old.length * 2];
        int mask = table.length - 1;
        for (Term term : old) {
            if (term != null) {
                int slot = term.hash & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = term;
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /**
     * A token, its shard, and its postings in document order, delta-coded as they are added and kept as
     * variable-length bytes (most postings take one or two): an archive of 100,000 articles holds tens of millions.
     */
    static final class Term {
        private final String token;
        private final int hash;
        private final String shardKey;
        private final int shard;
        private byte[] data = new byte[4];
        private int bytes;
        private int size;
        private int last;

        private Term(String token, int hash, String shardKey, int shard) {
            this.token = token;
            this.hash = hash;
            this.shardKey = shardKey;
            this.shard = shard;
        }

        String token() {
            return token;
        }

        /** The token's shard key ({@link SearchTokens#shardKey}). */
        String shardKey() {
            return shardKey;
        }

        /** The number the shard was given when the token was first met. */
        int shard() {
            return shard;
        }

        /** Adds document {@code doc}, later than every document added before, with the token's weight in it. */
        void add(int doc, int weight) {
            int value = (doc - last) * 16 + weight;
            if (bytes + 5 > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, bytes + 5));
            }
            while ((value & ~0x7F) != 0) {
                data[bytes++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            data[bytes++] = (byte) value;
            size++;
            last = doc;
        }

        /** The coded values, {@code (doc − previous doc) × 16 + weight}, comma-separated as a shard file holds them. */
        String postings() {
            StringBuilder out = new StringBuilder(size * 4);
            VarIntReader coded = new VarIntReader(data);
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(coded.next());
            }
            return out.toString();
        }
    }
}
