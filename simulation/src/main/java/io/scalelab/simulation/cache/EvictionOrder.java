package io.scalelab.simulation.cache;

/**
 * Which entry of a full cache goes next. Entries are the numbers {@link KeyIndex} hands out; an
 * order keeps its own primitive arrays indexed by them, sized by {@link #grow}.
 */
sealed interface EvictionOrder permits LruOrder, LfuOrder {

  /** Makes room for entries {@code 0..entries-1}. */
  void grow(int entries);

  /** A new entry, just filled: the most recent, used once. */
  void add(int entry);

  /** A hit, or a re-put, on a held entry. */
  void touch(int entry);

  /** Takes a held entry out of the order. */
  void remove(int entry);

  /** The entry to evict; at least one must be held. */
  int victim();

  /** Forgets every entry. */
  void clear();
}
