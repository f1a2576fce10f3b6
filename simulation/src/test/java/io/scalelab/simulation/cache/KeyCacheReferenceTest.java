package io.scalelab.simulation.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.scalelab.model.component.Cache.Eviction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KeyCache against simple, obviously right references on long random sequences of reads, fills,
 * invalidations and flushes: the same hit or miss, and the same size, on every step.
 */
class KeyCacheReferenceTest {

  private static final int STEPS = 200_000;

  @ParameterizedTest(name = "capacity {0}, {1} keys, ttl {2}")
  @CsvSource({"1, 3, 0", "7, 20, 0", "1000, 1500, 0", "3000, 9000, 0", "3000, 9000, 5000"})
  void lruAgreesWithLinkedHashMapOnEveryStep(int capacity, int keys, long ttl) {
    run(new KeyCache(capacity, Eviction.LRU, ttl), new LruReference(capacity, ttl), keys);
  }

  @ParameterizedTest(name = "capacity {0}, {1} keys, ttl {2}")
  @CsvSource({"1, 3, 0", "7, 20, 0", "100, 150, 0", "300, 900, 0", "300, 900, 2000"})
  void lfuAgreesWithAScanningReferenceOnEveryStep(int capacity, int keys, long ttl) {
    run(new KeyCache(capacity, Eviction.LFU, ttl), new LfuReference(capacity, ttl), keys);
  }

  /** Plain comparisons on each step, AssertJ only on a mismatch: it would dominate the time. */
  private static void run(KeyCache cache, Reference reference, int keys) {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20_240_601L + keys);
    long now = 0;
    for (int step = 0; step < STEPS; step++) {
      now += rng.nextInt(5);
      // Square a uniform draw so that low keys are hotter and frequencies differ.
      double u = rng.nextDouble();
      long key = (long) (u * u * keys);
      int op = rng.nextInt(1000);
      if (op < 850) {
        boolean hit = reference.get(key, now);
        if (cache.get(key, now) != hit) {
          fail("get %d at step %d: reference %s".formatted(key, step, hit ? "hits" : "misses"));
        }
        if (!hit) {
          reference.put(key, now);
          cache.put(key, now);
          // A burst of reads on the new item: otherwise nearly every LFU victim is a newcomer
          // with one use, and ties among higher counts would go untested.
          for (int burst = rng.nextInt(4); burst > 0; burst--) {
            if (cache.get(key, now) != reference.get(key, now)) {
              fail("burst get %d at step %d".formatted(key, step));
            }
          }
        }
      } else if (op < 900) {
        reference.put(key, now);
        cache.put(key, now);
      } else if (op < 999) {
        reference.invalidate(key);
        cache.invalidate(key);
      } else {
        reference.flush();
        cache.flush();
      }
      if (cache.size() != reference.size()) {
        assertThat(cache.size()).as("size at step %d", step).isEqualTo(reference.size());
      }
    }
  }

  private interface Reference {
    boolean get(long key, long now);

    void put(long key, long now);

    void invalidate(long key);

    void flush();

    long size();
  }

  /** LRU by java.util: an access-ordered LinkedHashMap of put times that drops its eldest. */
  private static final class LruReference implements Reference {
    private final long ttl;
    private final LinkedHashMap<Long, Long> putTimes;

    LruReference(int capacity, long ttl) {
      this.ttl = ttl;
      this.putTimes =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
              return size() > capacity;
            }
          };
    }

    @Override
    public boolean get(long key, long now) {
      Long put = putTimes.get(key);
      if (put != null && ttl > 0 && now - put > ttl) {
        putTimes.remove(key);
        return false;
      }
      return put != null;
    }

    @Override
    public void put(long key, long now) {
      get(key, now);
      putTimes.put(key, now);
    }

    @Override
    public void invalidate(long key) {
      putTimes.remove(key);
    }

    @Override
    public void flush() {
      putTimes.clear();
    }

    @Override
    public long size() {
      return putTimes.size();
    }
  }

  /** LFU by brute force: the victim is found by scanning for the fewest uses, then oldest use. */
  private static final class LfuReference implements Reference {
    private final int capacity;
    private final long ttl;
    private final Map<Long, long[]> items = new HashMap<>();
    private long tick;

    LfuReference(int capacity, long ttl) {
      this.capacity = capacity;
      this.ttl = ttl;
    }

    @Override
    public boolean get(long key, long now) {
      long[] item = live(key, now);
      if (item == null) {
        return false;
      }
      item[0]++;
      item[1] = ++tick;
      return true;
    }

    @Override
    public void put(long key, long now) {
      if (get(key, now)) {
        items.get(key)[2] = now;
        return;
      }
      if (items.size() == capacity) {
        long victim = 0;
        long[] worst = null;
        for (var e : items.entrySet()) {
          long[] v = e.getValue();
          if (worst == null || v[0] < worst[0] || (v[0] == worst[0] && v[1] < worst[1])) {
            worst = v;
            victim = e.getKey();
          }
        }
        items.remove(victim);
      }
      items.put(key, new long[] {1, ++tick, now});
    }

    private long[] live(long key, long now) {
      long[] item = items.get(key);
      if (item != null && ttl > 0 && now - item[2] > ttl) {
        items.remove(key);
        return null;
      }
      return item;
    }

    @Override
    public void invalidate(long key) {
      items.remove(key);
    }

    @Override
    public void flush() {
      items.clear();
    }

    @Override
    public long size() {
      return items.size();
    }
  }
}
