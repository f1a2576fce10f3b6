package io.scalelab.simulation.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.component.Cache.Eviction;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LRU hit rates under Zipf popularity against Che's approximation (Che, Tung and Wang, IEEE JSAC
 * 2002; shown asymptotically exact for Zipf by Fricker, Robert and Roberts, ITC 2012).
 *
 * <p>Under the independent reference model, key i is requested with probability p_i. An LRU cache
 * of C items behaves as if each key stayed for a fixed characteristic time T_C (in requests) after
 * its last request, so key i is in the cache with probability 1 - exp(-p_i T_C). T_C solves sum_i
 * (1 - exp(-p_i T_C)) = C, and the hit rate is sum_i p_i (1 - exp(-p_i T_C)).
 */
class CheApproximationTest {

  private static final int KEYS = 100_000;
  private static final int MEASURED_REQUESTS = 2_000_000;

  @ParameterizedTest(name = "Zipf {0}, {1} items")
  @CsvSource({"0.8, 1000", "0.8, 10000", "1.0, 1000", "1.0, 10000"})
  void hitRateFollowsZipfPopularityUnderLru(double s, int capacity) {
    double[] p = zipf(KEYS, s);
    double tc = characteristicTime(p, capacity);
    double che = 0;
    for (double pi : p) {
      che += pi * -Math.expm1(-pi * tc);
    }

    var cache = new KeyCache(capacity, Eviction.LRU, 0);
    var keys = new ZipfKeys(KEYS, s, RandomSource.XO_SHI_RO_256_PP.create(2002L + capacity));
    // The cache forgets its cold start once every key has had T_C requests' worth of chances.
    long warmUp = Math.max(5L * capacity, (long) Math.ceil(3 * tc));
    for (long i = 0; i < warmUp; i++) {
      request(cache, keys.next());
    }
    long hits = 0;
    for (int i = 0; i < MEASURED_REQUESTS; i++) {
      if (request(cache, keys.next())) {
        hits++;
      }
    }

    assertThat((double) hits / MEASURED_REQUESTS).isCloseTo(che, within(0.03));
  }

  /** Che's approximation of the LRU hit rate for Zipf(s) over {@code keys} keys. */
  static double cheHitRate(int keys, double s, int capacity) {
    double[] p = zipf(keys, s);
    double tc = characteristicTime(p, capacity);
    double che = 0;
    for (double pi : p) {
      che += pi * -Math.expm1(-pi * tc);
    }
    return che;
  }

  /** Cache-aside: a read that misses fills the cache. */
  private static boolean request(KeyCache cache, long key) {
    if (cache.get(key, 0)) {
      return true;
    }
    cache.put(key, 0);
    return false;
  }

  /** p_i = i^-s / sum_j j^-s for i = 1..n, straight from the law. */
  private static double[] zipf(int n, double s) {
    double[] p = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      p[i] = Math.pow(i + 1, -s);
      sum += p[i];
    }
    for (int i = 0; i < n; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** T_C by bisection: the expected number of distinct keys in T requests is increasing in T. */
  private static double characteristicTime(double[] p, int capacity) {
    double lo = 0;
    double hi = capacity;
    while (distinctKeys(p, hi) < capacity) {
      hi *= 2;
    }
    for (int i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (distinctKeys(p, mid) < capacity) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double distinctKeys(double[] p, double requests) {
    double sum = 0;
    for (double pi : p) {
      sum -= Math.expm1(-pi * requests);
    }
    return sum;
  }
}
