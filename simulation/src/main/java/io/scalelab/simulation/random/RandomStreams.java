package io.scalelab.simulation.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams, one per (seed, replication, stream index). Each stream is a
 * XoShiRo256++ generator whose 256-bit state is filled by SplitMix64 from a key that mixes the
 * three numbers, so streams never depend on the order in which they are created, nor on threads.
 */
public final class RandomStreams {

  private final long seed;
  private final int replication;

  /** The streams of one replication of a run with the given seed. */
  public RandomStreams(long seed, int replication) {
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream with the given index (one per component, plus a few for the run itself). */
  public UniformRandomProvider stream(int index) {
    UniformRandomProvider mixer =
        RandomSource.SPLIT_MIX_64.create(mix(mix(seed) ^ mix(replication * 0x9E37_79B9L + index)));
    long[] state = {mixer.nextLong(), mixer.nextLong(), mixer.nextLong(), mixer.nextLong()};
    return RandomSource.XO_SHI_RO_256_PP.create(state);
  }

  /** Stafford's variant 13 of the MurmurHash3 finalizer, as SplitMix64 uses it. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
    return z ^ (z >>> 31);
  }
}
