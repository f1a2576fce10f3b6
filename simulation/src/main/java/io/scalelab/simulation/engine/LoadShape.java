package io.scalelab.simulation.engine;

import io.scalelab.model.workload.Workload;

/**
 * How the offered load moves over the run: the workload's daily curve (scaled so that its highest
 * hour is 1, the run starting at that hour, linear between hours) times any spike in progress.
 * Arrivals follow a non-homogeneous Poisson process, drawn by thinning (Lewis and Shedler, 1979) at
 * the peak rate {@link #peakFactor()}.
 */
final class LoadShape {

  private static final double NANOS_PER_HOUR = 3.6e12;

  private final double[] curve;
  private final int startHour;
  private final long[] spikeStart;
  private final long[] spikeEnd;
  private final double[] spikeFactor;
  private final double peak;

  LoadShape(Workload w) {
    curve = w.dailyCurve().isEmpty() ? new double[] {1} : w.hourFactors();
    startHour = w.peakHour();
    int n = w.spikes().size();
    spikeStart = new long[n];
    spikeEnd = new long[n];
    spikeFactor = new double[n];
    double maxSpike = 1;
    for (int k = 0; k < n; k++) {
      var s = w.spikes().get(k);
      spikeStart[k] = s.at().toNanos();
      spikeEnd[k] = s.at().plus(s.duration()).toNanos();
      spikeFactor[k] = s.multiplier();
      maxSpike = Math.max(maxSpike, s.multiplier());
    }
    peak = maxSpike;
  }

  /** The largest factor the load reaches: the thinning bound. */
  double peakFactor() {
    return peak;
  }

  /** The factor on the peak-hour load at {@code nanos} after the start. */
  double factor(long nanos) {
    double f = 1;
    if (curve.length > 1) {
      double hours = startHour + nanos / NANOS_PER_HOUR;
      int h = (int) Math.floor(hours);
      double frac = hours - h;
      double a = curve[h % curve.length];
      double b = curve[(h + 1) % curve.length];
      f = a + (b - a) * frac;
    }
    for (int k = 0; k < spikeFactor.length; k++) {
      if (nanos >= spikeStart[k] && nanos < spikeEnd[k]) {
        f *= spikeFactor[k];
      }
    }
    return f;
  }
}
