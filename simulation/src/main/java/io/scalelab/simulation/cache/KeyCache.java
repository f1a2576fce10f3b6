package io.scalelab.simulation.cache;

import io.scalelab.model.component.Cache.Eviction;
import java.util.Arrays;

/**
 * The content of a cache-aside cache — an ElastiCache node, a CloudFront edge, DAX: which item keys
 * it holds, what it evicts when full and when an item expires. It models content only; the engine
 * charges the time of each operation.
 *
 * <p>Use it cache-aside: {@link #get} on a read, {@link #put} after a miss has been read from the
 * origin, {@link #invalidate} on a write, {@link #flush} on a cache-flush fault.
 *
 * <p><b>Eviction.</b> {@link Eviction#LRU} evicts the least recently used key, exactly; Redis's
 * {@code allkeys-lru} approximates the same order by sampling {@code maxmemory-samples} keys (5 by
 * default; Redis documentation, "Key eviction"), so it keeps slightly fewer hot keys than this.
 * {@link Eviction#LFU} evicts the key with the fewest uses (gets that hit, plus puts), ties going
 * to the least recently used. A key's count lives only while it is held: evicted and put again, it
 * starts at one use. Redis's {@code allkeys-lfu} also samples instead of searching, and differs in
 * three more ways: its counter is a logarithmic 8-bit "Morris" counter that saturates near a
 * million uses ({@code lfu-log-factor} 10), it decays by one step every {@code lfu-decay-time}
 * minutes (1 by default) so that old popularity is forgotten, and a new key starts at 5 rather than
 * at the bottom so it is not the next victim (Redis documentation, "Key eviction"; {@code
 * evict.c}). This exact, never-decaying LFU suits a fixed popularity law, like the Zipf key space
 * of a design; it adapts badly when popularity shifts, which Redis's decay is there to fix.
 *
 * <p><b>Expiry.</b> With a TTL, an item whose age since its last {@link #put} exceeds the TTL is a
 * miss on {@link #get} and is removed then (like Redis's passive expiry; the active expiry cycle is
 * not modelled, so an expired item occupies room, and counts in {@link #size}, until it is read or
 * evicted). A hit does not extend an item's life.
 *
 * <p><b>Cost.</b> Every operation is O(1) expected — a hash probe plus a few linked-list pointer
 * moves, for LFU as well — except {@link #flush}, O(capacity). Nothing is allocated or boxed per
 * operation: the arrays grow by doubling while the cache first fills, then never again. Memory,
 * once full, per item of capacity: LRU 24 to 32 bytes, LFU 52 to 60 bytes, plus 8 with a TTL (the
 * range is the hash table's power-of-two rounding); 10 million LRU items take about 300 MB.
 *
 * <p>Deterministic: no randomness, and the hash is a fixed mixer with no seed. Not thread-safe.
 */
public final class KeyCache {

  /** Most items a cache may hold: 2^28, which keeps the hash table within one Java array. */
  public static final long MAX_CAPACITY = 1L << 28;

  /** Entries allocated before the first growth: small caches and cold starts stay small. */
  private static final int INITIAL_ENTRIES = 1024;

  private final int capacity;
  private final long ttlNanos;
  private final KeyIndex index;
  private final EvictionOrder order;

  /** When each entry was put, in nanoseconds; empty without a TTL. */
  private long[] putNanos;

  /**
   * An empty cache.
   *
   * @param capacityItems how many items fit, 1 to {@link #MAX_CAPACITY}
   * @param eviction which item goes when a put finds the cache full
   * @param ttlNanos how long an item lives after it is put, in nanoseconds; 0 for no expiry
   * @throws IllegalArgumentException if a value is out of range
   */
  public KeyCache(long capacityItems, Eviction eviction, long ttlNanos) {
    if (capacityItems < 1 || capacityItems > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "capacityItems must be in [1, " + MAX_CAPACITY + "]: " + capacityItems);
    }
    if (ttlNanos < 0) {
      throw new IllegalArgumentException("ttlNanos must be >= 0: " + ttlNanos);
    }
    this.capacity = (int) capacityItems;
    this.ttlNanos = ttlNanos;
    int entries = Math.min(capacity, INITIAL_ENTRIES);
    this.index = new KeyIndex(entries);
    this.order =
        switch (eviction) {
          case LRU -> new LruOrder(entries);
          case LFU -> new LfuOrder(entries);
        };
    this.putNanos = new long[ttlNanos > 0 ? entries : 0];
  }

  /**
   * Reads {@code key}: a hit if it is held and not expired. A hit makes the key the most recently
   * used and, under LFU, counts one more use; an expired key is removed. O(1) expected.
   *
   * @param key any key; the simulation uses item ranks 0..N-1
   * @param nowNanos the simulated time, in nanoseconds
   * @return whether it was a hit
   */
  public boolean get(long key, long nowNanos) {
    int e = index.find(key);
    if (e == KeyIndex.NONE) {
      return false;
    }
    if (expired(e, nowNanos)) {
      drop(e);
      return false;
    }
    order.touch(e);
    return true;
  }

  /**
   * Stores {@code key}, as after a miss, evicting one item if the cache is full. If the key is
   * already held, this counts as a use (recency, and a use under LFU) and restarts its TTL. O(1)
   * expected, amortized over the growth while the cache first fills.
   *
   * @param key any key; the simulation uses item ranks 0..N-1
   * @param nowNanos the simulated time, in nanoseconds
   */
  public void put(long key, long nowNanos) {
    int e = index.find(key);
    if (e != KeyIndex.NONE) {
      if (!expired(e, nowNanos)) {
        order.touch(e);
        stamp(e, nowNanos);
        return;
      }
      // An expired item is gone: the new one starts afresh, with one use.
      drop(e);
    }
    if (index.size() == capacity) {
      drop(order.victim());
    } else if (index.size() == index.entries()) {
      grow();
    }
    e = index.add(key);
    order.add(e);
    stamp(e, nowNanos);
  }

  /** Removes {@code key} if it is held, as a write does to a cache-aside cache. O(1) expected. */
  public void invalidate(long key) {
    int e = index.find(key);
    if (e != KeyIndex.NONE) {
      drop(e);
    }
  }

  /**
   * Empties the cache at once, as a cache-flush fault or a node restart does. O(capacity); keeps
   * the memory, so refilling does not allocate.
   */
  public void flush() {
    index.clear();
    order.clear();
  }

  /** Items held, expired ones not yet read included. */
  public long size() {
    return index.size();
  }

  /** Most items held at once. */
  public long capacity() {
    return capacity;
  }

  private boolean expired(int entry, long nowNanos) {
    // Compare the age, not putNanos + ttlNanos, which would overflow for a huge TTL.
    return ttlNanos > 0 && nowNanos - putNanos[entry] > ttlNanos;
  }

  private void stamp(int entry, long nowNanos) {
    if (ttlNanos > 0) {
      putNanos[entry] = nowNanos;
    }
  }

  private void drop(int entry) {
    order.remove(entry);
    index.remove(entry);
  }

  private void grow() {
    int entries = (int) Math.min(capacity, 2L * index.entries());
    index.grow(entries);
    order.grow(entries);
    if (ttlNanos > 0) {
      putNanos = Arrays.copyOf(putNanos, entries);
    }
  }
}
