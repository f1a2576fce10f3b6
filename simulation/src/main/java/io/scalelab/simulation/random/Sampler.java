package io.scalelab.simulation.random;

import io.scalelab.model.distribution.Distribution;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Draws durations, in nanoseconds, from a {@link Distribution} of the design. */
@FunctionalInterface
public interface Sampler {

  /** The next duration in nanoseconds, never negative. */
  long nextNanos();

  /**
   * A sampler of {@code distribution} drawing from {@code rng}, with every time scaled by {@code
   * factor} (1 for as written).
   */
  static Sampler of(Distribution distribution, UniformRandomProvider rng, double factor) {
    if (distribution instanceof Distribution.Exponential e) {
      var s = ZigguratSampler.Exponential.of(rng, nanos(e.mean()) * factor);
      return () -> Math.round(s.sample());
    }
    if (distribution instanceof Distribution.Constant c) {
      long v = Math.round(nanos(c.value()) * factor);
      return () -> v;
    }
    if (distribution instanceof Distribution.Uniform u) {
      var s = ContinuousUniformSampler.of(rng, nanos(u.min()) * factor, nanos(u.max()) * factor);
      return () -> Math.round(s.sample());
    }
    if (distribution instanceof Distribution.LogNormal l) {
      // E[X] = exp(mu + sigma^2 / 2), so mu = ln(mean) - sigma^2 / 2.
      double mu = Math.log(nanos(l.mean()) * factor) - l.sigma() * l.sigma() / 2;
      var s = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, l.sigma());
      return () -> Math.round(s.sample());
    }
    if (distribution instanceof Distribution.Gamma g) {
      return gamma(rng, g.shape(), nanos(g.mean()) * factor);
    }
    if (distribution instanceof Distribution.Erlang e) {
      return gamma(rng, e.phases(), nanos(e.mean()) * factor);
    }
    if (distribution instanceof Distribution.Empirical e) {
      return empirical(e, rng, factor);
    }
    throw new IllegalArgumentException("no sampler for " + distribution);
  }

  private static Sampler gamma(UniformRandomProvider rng, double shape, double meanNanos) {
    var s = AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, meanNanos / shape);
    return () -> Math.round(s.sample());
  }

  /** Inverse-CDF sampling, linear between the points of the percentile table. */
  private static Sampler empirical(
      Distribution.Empirical e, UniformRandomProvider rng, double factor) {
    int n = e.percentiles().size();
    double[] p = new double[n];
    double[] v = new double[n];
    int i = 0;
    for (Map.Entry<Double, java.time.Duration> entry : e.percentiles().entrySet()) {
      p[i] = entry.getKey() / 100.0;
      v[i] = nanos(entry.getValue()) * factor;
      i++;
    }
    return () -> {
      double u = rng.nextDouble();
      int k = 1;
      while (k < n - 1 && p[k] < u) {
        k++;
      }
      double span = p[k] - p[k - 1];
      double w = span == 0 ? 0 : (u - p[k - 1]) / span;
      return Math.round(v[k - 1] + w * (v[k] - v[k - 1]));
    };
  }

  private static double nanos(java.time.Duration d) {
    return d.toNanos();
  }
}
