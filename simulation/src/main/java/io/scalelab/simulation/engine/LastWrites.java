package io.scalelab.simulation.engine;

import java.util.Arrays;

/**
 * When each key was last written: an open-addressing hash map from key to time, in primitive arrays
 * (no allocation per write). Grows at 50% load.
 */
final class LastWrites {

  private static final long EMPTY = -1;

  private long[] keys = new long[1024];
  private long[] times = new long[1024];
  private int size;

  LastWrites() {
    Arrays.fill(keys, EMPTY);
  }

  void put(long key, long time) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = slot(keys, key);
    if (keys[i] == EMPTY) {
      keys[i] = key;
      size++;
    }
    times[i] = time;
  }

  /** The time {@code key} was last written, or {@link Long#MIN_VALUE} if never. */
  long get(long key) {
    int i = slot(keys, key);
    return keys[i] == EMPTY ? Long.MIN_VALUE : times[i];
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51_afd7_ed55_8ccdL;
    return z ^ (z >>> 33);
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldTimes = times;
    keys = new long[oldKeys.length * 2];
    times = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(keys, oldKeys[j]);
        keys[i] = oldKeys[j];
        times[i] = oldTimes[j];
      }
    }
  }
}
