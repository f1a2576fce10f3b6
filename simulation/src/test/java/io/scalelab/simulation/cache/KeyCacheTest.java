package io.scalelab.simulation.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scalelab.model.component.Cache.Eviction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyCacheTest {

  private static final long NOW = 0;

  @Test
  void lruEvictsTheLeastRecentlyUsed() {
    var cache = new KeyCache(3, Eviction.LRU, 0);
    fill(cache, 1, 2, 3);
    assertThat(cache.get(1, NOW)).isTrue();
    cache.put(4, NOW);
    assertThat(cache.get(2, NOW)).isFalse();
    assertThat(cache.get(1, NOW)).isTrue();
    assertThat(cache.get(3, NOW)).isTrue();
    assertThat(cache.get(4, NOW)).isTrue();
    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  void lfuEvictsTheLeastFrequentlyUsed() {
    var cache = new KeyCache(3, Eviction.LFU, 0);
    fill(cache, 1, 2, 3);
    // Uses: 1 -> 2, 2 -> 3, 3 -> 3; 3 is the least recently used, 1 the least frequently.
    cache.get(3, NOW);
    cache.get(3, NOW);
    cache.get(1, NOW);
    cache.get(2, NOW);
    cache.get(2, NOW);
    cache.put(4, NOW);
    assertThat(cache.get(1, NOW)).isFalse();
    assertThat(cache.get(2, NOW)).isTrue();
    assertThat(cache.get(3, NOW)).isTrue();
    assertThat(cache.get(4, NOW)).isTrue();
  }

  @Test
  void lfuBreaksTiesByLeastRecentlyUsed() {
    var cache = new KeyCache(3, Eviction.LFU, 0);
    fill(cache, 1, 2, 3);
    cache.get(3, NOW);
    cache.get(1, NOW);
    cache.get(2, NOW);
    cache.put(4, NOW);
    assertThat(cache.get(3, NOW)).isFalse();
    // 4 has one use against two or more for the others: the newcomer goes first.
    cache.put(5, NOW);
    assertThat(cache.get(4, NOW)).isFalse();
    assertThat(cache.get(1, NOW)).isTrue();
    assertThat(cache.get(2, NOW)).isTrue();
    assertThat(cache.get(5, NOW)).isTrue();
  }

  @Test
  void lfuKeepsAHeavilyUsedKeyOverARecentOne() {
    var cache = new KeyCache(2, Eviction.LFU, 0);
    cache.put(1, NOW);
    for (int i = 0; i < 6; i++) {
      cache.get(1, NOW);
    }
    cache.put(2, NOW);
    for (int i = 0; i < 3; i++) {
      cache.get(2, NOW);
    }
    cache.put(3, NOW);
    assertThat(cache.get(2, NOW)).isFalse();
    assertThat(cache.get(1, NOW)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void itemOlderThanTtlIsAMissAndIsRemoved(Eviction eviction) {
    var cache = new KeyCache(10, eviction, 100);
    cache.put(1, 1_000);
    assertThat(cache.get(1, 1_100)).as("exactly TTL old").isTrue();
    assertThat(cache.get(1, 1_101)).isFalse();
    assertThat(cache.size()).isZero();
    assertThat(cache.get(1, 1_102)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void hitDoesNotExtendTtlButPutRestartsIt(Eviction eviction) {
    var cache = new KeyCache(10, eviction, 100);
    cache.put(1, 0);
    cache.put(2, 0);
    assertThat(cache.get(1, 90)).isTrue();
    cache.put(2, 90);
    assertThat(cache.get(1, 150)).isFalse();
    assertThat(cache.get(2, 150)).isTrue();
    assertThat(cache.get(2, 191)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void expiredItemPutAgainIsFresh(Eviction eviction) {
    var cache = new KeyCache(10, eviction, 100);
    cache.put(7, 0);
    cache.put(7, 500);
    assertThat(cache.size()).isOne();
    assertThat(cache.get(7, 600)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void invalidateRemovesOnlyThatKey(Eviction eviction) {
    var cache = new KeyCache(10, eviction, 0);
    fill(cache, 1, 2, 3);
    cache.invalidate(2);
    cache.invalidate(99);
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(2, NOW)).isFalse();
    assertThat(cache.get(1, NOW)).isTrue();
    assertThat(cache.get(3, NOW)).isTrue();
    cache.put(2, NOW);
    assertThat(cache.get(2, NOW)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void flushEmptiesAtOnceAndTheCacheRefills(Eviction eviction) {
    var cache = new KeyCache(100, eviction, 0);
    for (long k = 0; k < 150; k++) {
      cache.put(k, NOW);
    }
    cache.flush();
    assertThat(cache.size()).isZero();
    for (long k = 0; k < 150; k++) {
      assertThat(cache.get(k, NOW)).isFalse();
    }
    for (long k = 1000; k < 1150; k++) {
      cache.put(k, NOW);
    }
    assertThat(cache.size()).isEqualTo(100);
    assertThat(cache.get(1149, NOW)).isTrue();
    assertThat(cache.get(1000, NOW)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void capacityOneHoldsTheLastKey(Eviction eviction) {
    var cache = new KeyCache(1, eviction, 0);
    cache.put(1, NOW);
    cache.get(1, NOW);
    cache.put(2, NOW);
    assertThat(cache.size()).isOne();
    assertThat(cache.capacity()).isOne();
    assertThat(cache.get(1, NOW)).isFalse();
    assertThat(cache.get(2, NOW)).isTrue();
  }

  @Test
  void rePutOfAHeldKeyIsAUseNotANewItem() {
    var cache = new KeyCache(2, Eviction.LRU, 0);
    fill(cache, 1, 2, 1);
    assertThat(cache.size()).isEqualTo(2);
    cache.put(3, NOW);
    assertThat(cache.get(2, NOW)).isFalse();
    assertThat(cache.get(1, NOW)).isTrue();
  }

  @Test
  void lfuCountsARePutAsAUse() {
    var cache = new KeyCache(2, Eviction.LFU, 0);
    fill(cache, 1, 2, 1);
    cache.get(2, NOW);
    cache.put(3, NOW);
    // 1 and 2 both have two uses; 1 was used least recently.
    assertThat(cache.get(1, NOW)).isFalse();
    assertThat(cache.get(2, NOW)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Eviction.class)
  void growsPastItsFirstAllocationUpToCapacity(Eviction eviction) {
    int capacity = 5_000;
    var cache = new KeyCache(capacity, eviction, 0);
    for (long k = 0; k < 3 * capacity; k++) {
      cache.put(k * 7919, NOW);
    }
    assertThat(cache.size()).isEqualTo(capacity);
    for (long k = 2 * capacity; k < 3 * capacity; k++) {
      assertThat(cache.get(k * 7919, NOW)).isTrue();
    }
    assertThat(cache.get(0, NOW)).isFalse();
  }

  @Test
  void negativeAndHugeKeysAreKeysLikeAnyOther() {
    var cache = new KeyCache(4, Eviction.LRU, 0);
    fill(cache, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0);
    assertThat(cache.get(-1, NOW)).isTrue();
    assertThat(cache.get(Long.MIN_VALUE, NOW)).isTrue();
    assertThat(cache.get(Long.MAX_VALUE, NOW)).isTrue();
    assertThat(cache.get(0, NOW)).isTrue();
  }

  @Test
  void rejectsImpossibleSettings() {
    assertThatThrownBy(() -> new KeyCache(0, Eviction.LRU, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacityItems");
    assertThatThrownBy(() -> new KeyCache(KeyCache.MAX_CAPACITY + 1, Eviction.LRU, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyCache(10, Eviction.LFU, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ttlNanos");
  }

  private static void fill(KeyCache cache, long... keys) {
    for (long k : keys) {
      cache.put(k, NOW);
    }
  }
}
