package io.scalelab.simulation.cache;

import java.util.Arrays;

/**
 * The keys in a cache, each under a small entry number (0 up to the entries allocated) that indexes
 * the eviction order's arrays.
 *
 * <p>An open-addressing hash table with linear probing maps a key to its entry; the entry's key is
 * kept in {@code keys}, so a table slot is one int (the entry plus one, 0 for empty). Removal
 * shifts later entries of the probe run back (Knuth's Algorithm R) instead of leaving tombstones,
 * so the table never degrades under invalidations. The hash is a fixed bit mixer with no seed: the
 * layout, and so everything that depends on it, is the same on every run.
 *
 * <p>The table has at least twice as many slots as entries (load at most 1/2), so find, add and
 * remove take O(1) expected probes. Memory: 8 bytes per entry plus 8 to 16 per entry of table.
 */
final class KeyIndex {

  static final int NONE = -1;

  private static final int EMPTY = 0;

  private long[] keys;
  private int[] table;
  private int mask;

  /**
   * Free entries form a stack threaded through their unused {@code keys} cells, which saves a
   * separate int array per entry; {@code used} entries have ever been handed out.
   */
  private int freeHead = NONE;

  private int used;
  private int size;

  KeyIndex(int entries) {
    keys = new long[entries];
    table = new int[tableSlots(entries)];
    mask = table.length - 1;
  }

  /** Entries allocated: how many keys fit before {@link #grow} must be called. */
  int entries() {
    return keys.length;
  }

  /** Keys held. */
  int size() {
    return size;
  }

  /** The entry of {@code key}, or {@link #NONE}. */
  int find(long key) {
    for (int slot = home(key); ; slot = (slot + 1) & mask) {
      int e = table[slot] - 1;
      if (e < 0 || keys[e] == key) {
        return e;
      }
    }
  }

  /** The key of a held entry. */
  long key(int entry) {
    return keys[entry];
  }

  /**
   * Adds {@code key}, which must be absent, and returns its entry. There must be a free entry
   * ({@code size() < entries()}).
   */
  int add(long key) {
    int e;
    if (freeHead != NONE) {
      e = freeHead;
      freeHead = (int) keys[e];
    } else {
      e = used++;
    }
    keys[e] = key;
    place(e);
    size++;
    return e;
  }

  /** Removes a held entry; its number may be handed out again by {@link #add}. */
  void remove(int entry) {
    int hole = home(keys[entry]);
    while (table[hole] - 1 != entry) {
      hole = (hole + 1) & mask;
    }
    // Pull back every later member of the probe run whose home is not in (hole, slot].
    for (int slot = (hole + 1) & mask; table[slot] != EMPTY; slot = (slot + 1) & mask) {
      int h = home(keys[table[slot] - 1]);
      boolean stays = hole <= slot ? hole < h && h <= slot : hole < h || h <= slot;
      if (!stays) {
        table[hole] = table[slot];
        hole = slot;
      }
    }
    table[hole] = EMPTY;
    keys[entry] = freeHead;
    freeHead = entry;
    size--;
  }

  /** Allocates room for {@code newEntries} keys in all; O(entries). */
  void grow(int newEntries) {
    keys = Arrays.copyOf(keys, newEntries);
    int slots = tableSlots(newEntries);
    if (slots == table.length) {
      return;
    }
    int[] old = table;
    table = new int[slots];
    mask = slots - 1;
    // Rehash in old-table order: depends only on the keys, so the new layout is deterministic too.
    for (int slotValue : old) {
      if (slotValue != EMPTY) {
        place(slotValue - 1);
      }
    }
  }

  /** Forgets every key; O(table), keeps the allocated memory. */
  void clear() {
    Arrays.fill(table, EMPTY);
    freeHead = NONE;
    used = 0;
    size = 0;
  }

  private void place(int entry) {
    int slot = home(keys[entry]);
    while (table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    table[slot] = entry + 1;
  }

  private int home(long key) {
    return (int) mix(key) & mask;
  }

  /** Stafford's variant 13 of the MurmurHash3 finalizer: consecutive keys spread evenly. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
    return z ^ (z >>> 31);
  }

  /** The smallest power of two at least twice {@code entries}. */
  private static int tableSlots(int entries) {
    return Integer.highestOneBit(Math.max(1, entries) * 2 - 1) << 1;
  }
}
