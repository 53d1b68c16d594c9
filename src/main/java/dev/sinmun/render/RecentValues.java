package dev.sinmun.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values by key, made the first time a key is asked for and kept while it is asked for often enough: at most
 * {@code limit}, in two halves; when the newer half is full the older one goes, but for the values asked for again
 * since it became older. Safe for several threads; two of them may make the same value at once.
 */
final class RecentValues<K, V> {

    private final int half;
    private volatile Map<K, V> newer;
    private volatile Map<K, V> older = Map.of();

    RecentValues(int limit) {
        this.half = Math.max(1, limit / 2);
        this.newer = emptyHalf();
    }

    V get(K key, Supplier<V> make) {
        V value = newer.get(key);
        if (value != null) {
            return value;
        }
        value = older.get(key);
        if (value == null) {
            value = make.get();
        }
        Map<K, V> kept = newer;
        kept.putIfAbsent(key, value);
        if (kept.size() >= half) {
            synchronized (this) {
                if (newer == kept) {
                    older = kept;
                    newer = emptyHalf();
                }
            }
        }
        return value;
    }

    synchronized void clear() {
        newer = emptyHalf();
        older = Map.of();
    }

    /** A half sized for all it will hold, so it never grows (growing a concurrent map copies it while others read). */
    private Map<K, V> emptyHalf() {
        return new ConcurrentHashMap<>(half);
    }
}
