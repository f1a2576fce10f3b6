package io.scalelab.simulation.cache;

import java.util.Arrays;

/**
 * Exact least-frequently-used order, ties broken by least recently used: the O(1) scheme of Shah,
 * Mitra and Matani ("An O(1) algorithm for implementing the LFU cache eviction scheme", 2010).
 *
 * <p>Entries with the same use count share a bucket, a doubly linked list with the least recent
 * first; buckets form a list in increasing use count. A hit moves the entry to the end of the next
 * bucket up, which is exactly "most recent among equals", so the victim is always the first entry
 * of the lowest bucket. Every operation is O(1).
 *
 * <p>Buckets come from a pool as large as the entries: a bucket is never empty, and an entry alone
 * in its bucket is promoted in place, so there are never more buckets than entries. Memory: 12
 * bytes per entry and 24 per bucket, so 36 bytes per entry.
 */
final class LfuOrder implements EvictionOrder {

  private static final int NIL = -1;

  private int[] prev;
  private int[] next;
  private int[] bucketOf;

  /** Use count of each bucket; a long never overflows at any simulated hit rate. */
  private long[] uses;

  private int[] first;
  private int[] last;
  private int[] lower;
  private int[] higher;
  private int lowest = NIL;

  /** Free buckets form a stack threaded through {@code higher}. */
  private int freeBucket = NIL;

  private int usedBuckets;

  LfuOrder(int entries) {
    prev = new int[entries];
    next = new int[entries];
    bucketOf = new int[entries];
    uses = new long[entries];
    first = new int[entries];
    last = new int[entries];
    lower = new int[entries];
    higher = new int[entries];
  }

  @Override
  public void grow(int entries) {
    prev = Arrays.copyOf(prev, entries);
    next = Arrays.copyOf(next, entries);
    bucketOf = Arrays.copyOf(bucketOf, entries);
    uses = Arrays.copyOf(uses, entries);
    first = Arrays.copyOf(first, entries);
    last = Arrays.copyOf(last, entries);
    lower = Arrays.copyOf(lower, entries);
    higher = Arrays.copyOf(higher, entries);
  }

  @Override
  public void add(int entry) {
    int b = lowest;
    if (b == NIL || uses[b] != 1) {
      b = newBucket(1, NIL, lowest);
    }
    append(b, entry);
  }

  @Override
  public void touch(int entry) {
    int b = bucketOf[entry];
    long count = uses[b] + 1;
    int up = higher[b];
    boolean upFits = up != NIL && uses[up] == count;
    if (!upFits && first[b] == entry && last[b] == entry) {
      uses[b] = count;
      return;
    }
    int target = upFits ? up : newBucket(count, b, up);
    detach(b, entry);
    append(target, entry);
  }

  @Override
  public void remove(int entry) {
    detach(bucketOf[entry], entry);
  }

  @Override
  public int victim() {
    return first[lowest];
  }

  @Override
  public void clear() {
    lowest = NIL;
    freeBucket = NIL;
    usedBuckets = 0;
  }

  private void append(int b, int entry) {
    bucketOf[entry] = b;
    prev[entry] = last[b];
    next[entry] = NIL;
    if (last[b] == NIL) {
      first[b] = entry;
    } else {
      next[last[b]] = entry;
    }
    last[b] = entry;
  }

  private void detach(int b, int entry) {
    int p = prev[entry];
    int n = next[entry];
    if (p == NIL) {
      first[b] = n;
    } else {
      next[p] = n;
    }
    if (n == NIL) {
      last[b] = p;
    } else {
      prev[n] = p;
    }
    if (first[b] == NIL) {
      dropBucket(b);
    }
  }

  /** A new empty bucket with {@code count} uses, linked between {@code below} and {@code above}. */
  private int newBucket(long count, int below, int above) {
    int b;
    if (freeBucket != NIL) {
      b = freeBucket;
      freeBucket = higher[b];
    } else {
      b = usedBuckets++;
    }
    uses[b] = count;
    first[b] = NIL;
    last[b] = NIL;
    lower[b] = below;
    higher[b] = above;
    if (below == NIL) {
      lowest = b;
    } else {
      higher[below] = b;
    }
    if (above != NIL) {
      lower[above] = b;
    }
    return b;
  }

  private void dropBucket(int b) {
    int below = lower[b];
    int above = higher[b];
    if (below == NIL) {
      lowest = above;
    } else {
      higher[below] = above;
    }
    if (above != NIL) {
      lower[above] = below;
    }
    higher[b] = freeBucket;
    freeBucket = b;
  }
}
