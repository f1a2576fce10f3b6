package io.scalelab.simulation.cache;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * Draws the keys that requests touch from a Zipf popularity law: key {@code k} (0 the most popular)
 * comes with probability proportional to {@code (k + 1)^-s} over {@code N} keys.
 *
 * <p>Sampling is Hörmann and Derflinger's rejection-inversion (Commons RNG {@link
 * RejectionInversionZipfSampler}): O(1) expected time and memory for any {@code N} and {@code s},
 * nothing allocated per draw. Exponent 0 is the uniform law; Commons RNG 1.7 accepts it and then
 * draws from a discrete uniform sampler.
 */
public final class ZipfKeys {

  /** Most keys: the sampler draws ints. */
  public static final long MAX_KEYS = Integer.MAX_VALUE;

  /** Largest exponent, as in the design's key space. */
  public static final double MAX_EXPONENT = 10;

  private final long numberOfKeys;
  private final double exponent;
  private final SharedStateDiscreteSampler sampler;

  /**
   * Keys drawn from {@code rng}.
   *
   * @param numberOfKeys N, 1 to {@link #MAX_KEYS}
   * @param exponent s, 0 (uniform) to {@link #MAX_EXPONENT}; web caches measure 0.6 to 1.0
   * @param rng the random stream this draws from, and alone uses
   * @throws IllegalArgumentException if a value is out of range
   */
  public ZipfKeys(long numberOfKeys, double exponent, UniformRandomProvider rng) {
    if (numberOfKeys < 1 || numberOfKeys > MAX_KEYS) {
      throw new IllegalArgumentException(
          "numberOfKeys must be in [1, " + MAX_KEYS + "]: " + numberOfKeys);
    }
    if (!(exponent >= 0 && exponent <= MAX_EXPONENT)) {
      throw new IllegalArgumentException(
          "exponent must be in [0, " + MAX_EXPONENT + "]: " + exponent);
    }
    this.numberOfKeys = numberOfKeys;
    this.exponent = exponent;
    this.sampler = RejectionInversionZipfSampler.of(rng, (int) numberOfKeys, exponent);
  }

  /** The next key, in {@code 0..N-1}. O(1) expected. */
  public long next() {
    // The sampler draws ranks 1..N.
    return sampler.sample() - 1L;
  }

  /** N, the number of keys. */
  public long numberOfKeys() {
    return numberOfKeys;
  }

  /** s, the Zipf exponent. */
  public double exponent() {
    return exponent;
  }
}
