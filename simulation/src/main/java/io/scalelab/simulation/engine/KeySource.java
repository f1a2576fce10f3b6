package io.scalelab.simulation.engine;

import io.scalelab.model.workload.Workload;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * The key each request touches, drawn from the workload's key space with Zipf popularity: key 0 is
 * the most popular. Exponent 0 is uniform.
 */
final class KeySource {

  private final UniformRandomProvider rng;
  private final long count;
  private final SharedStateDiscreteSampler zipf;

  KeySource(Workload.KeySpace space, UniformRandomProvider rng) {
    this.rng = rng;
    this.count = space.count();
    this.zipf =
        space.zipf() > 0 && space.count() <= Integer.MAX_VALUE
            ? RejectionInversionZipfSampler.of(rng, (int) space.count(), space.zipf())
            : null;
  }

  long next() {
    return zipf != null ? zipf.sample() - 1 : rng.nextLong(count);
  }
}
