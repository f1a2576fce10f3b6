package io.scalelab.simulation.analytic;

import io.scalelab.model.distribution.Distribution;
import java.time.Duration;
import java.util.Map;

/**
 * Closed-form queueing results used to cross-check the simulation and shown beside it.
 *
 * <ul>
 *   <li>Erlang C: the probability that an arrival waits in an M/M/c queue, computed through the
 *       Erlang B recursion, which is stable for any c (Kleinrock, "Queueing Systems", vol. 1).
 *   <li>M/M/c mean wait: {@code C(c, a) · E[S] / (c − a)} with offered load {@code a = λ·E[S]}.
 *   <li>M/G/c mean wait, Allen–Cunneen: the M/M/c wait times {@code (Ca² + Cs²) / 2}; with Poisson
 *       arrivals ({@code Ca² = 1}) and one server it is exactly Pollaczek–Khinchine.
 * </ul>
 */
public final class Queueing {

  private Queueing() {}

  /**
   * Erlang C: probability of waiting in M/M/c with offered load {@code a} erlangs. O(c).
   *
   * @throws IllegalArgumentException unless {@code 0 <= a < c}
   */
  public static double erlangC(int c, double a) {
    if (c < 1 || !(a >= 0) || a >= c) {
      throw new IllegalArgumentException("Erlang C needs 0 <= a < c: a=" + a + ", c=" + c);
    }
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    double rho = a / c;
    return b / (1 - rho * (1 - b));
  }

  /**
   * Mean wait in queue of M/G/c by Allen–Cunneen (exact for M/M/c and M/G/1), in the unit of {@code
   * serviceMean}. Infinite when the queue is unstable.
   *
   * @param lambda arrival rate per unit of time
   * @param serviceMean mean service time
   * @param scv squared coefficient of variation of the service time (1 exponential, 0 constant)
   * @param servers servers, may be fractional (time-averaged); rounded down for Erlang C
   */
  public static double meanWait(double lambda, double serviceMean, double scv, double servers) {
    int c = (int) Math.floor(servers + 1e-9);
    double a = lambda * serviceMean;
    if (c < 1 || a >= c) {
      return Double.POSITIVE_INFINITY;
    }
    double mmc = erlangC(c, a) * serviceMean / (c - a);
    return mmc * (1 + scv) / 2;
  }

  /** The squared coefficient of variation (variance / mean²) of a distribution. */
  public static double scv(Distribution d) {
    if (d instanceof Distribution.Exponential) {
      return 1;
    }
    if (d instanceof Distribution.Constant) {
      return 0;
    }
    if (d instanceof Distribution.Uniform u) {
      double lo = u.min().toNanos();
      double hi = u.max().toNanos();
      double mean = (lo + hi) / 2;
      return mean == 0 ? 0 : (hi - lo) * (hi - lo) / 12 / (mean * mean);
    }
    if (d instanceof Distribution.LogNormal l) {
      return Math.expm1(l.sigma() * l.sigma());
    }
    if (d instanceof Distribution.Gamma g) {
      return 1 / g.shape();
    }
    if (d instanceof Distribution.Erlang e) {
      return 1.0 / e.phases();
    }
    if (d instanceof Distribution.Empirical e) {
      return empiricalScv(e.percentiles());
    }
    throw new IllegalArgumentException("unknown distribution " + d);
  }

  /** Variance of the piecewise-uniform distribution the percentile table describes, over mean². */
  private static double empiricalScv(Map<Double, Duration> table) {
    double m1 = 0;
    double m2 = 0;
    Double p0 = null;
    double v0 = 0;
    for (var e : table.entrySet()) {
      double v = e.getValue().toNanos();
      if (p0 != null) {
        double w = (e.getKey() - p0) / 100;
        m1 += w * (v0 + v) / 2;
        m2 += w * (v0 * v0 + v0 * v + v * v) / 3;
      }
      p0 = e.getKey();
      v0 = v;
    }
    return m1 == 0 ? 0 : (m2 - m1 * m1) / (m1 * m1);
  }
}
