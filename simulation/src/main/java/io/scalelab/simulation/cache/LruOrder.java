package io.scalelab.simulation.cache;

import java.util.Arrays;

/**
 * Exact least-recently-used order: one doubly linked list of entries threaded through two int
 * arrays, least recent at the head. Every operation is O(1); 8 bytes per entry.
 */
final class LruOrder implements EvictionOrder {

  private static final int NIL = -1;

  private int[] prev;
  private int[] next;
  private int head = NIL;
  private int tail = NIL;

  LruOrder(int entries) {
    prev = new int[entries];
    next = new int[entries];
  }

  @Override
  public void grow(int entries) {
    prev = Arrays.copyOf(prev, entries);
    next = Arrays.copyOf(next, entries);
  }

  @Override
  public void add(int entry) {
    prev[entry] = tail;
    next[entry] = NIL;
    if (tail == NIL) {
      head = entry;
    } else {
      next[tail] = entry;
    }
    tail = entry;
  }

  @Override
  public void touch(int entry) {
    if (entry != tail) {
      remove(entry);
      add(entry);
    }
  }

  @Override
  public void remove(int entry) {
    int p = prev[entry];
    int n = next[entry];
    if (p == NIL) {
      head = n;
    } else {
      next[p] = n;
    }
    if (n == NIL) {
      tail = p;
    } else {
      prev[n] = p;
    }
  }

  @Override
  public int victim() {
    return head;
  }

  @Override
  public void clear() {
    head = NIL;
    tail = NIL;
  }
}
