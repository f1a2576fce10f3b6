package io.scalelab.simulation.engine;

import org.HdrHistogram.Histogram;

/**
 * The counts and histograms of one replication: per station and end to end, from the end of the
 * warm-up on. Latencies are recorded in nanoseconds with two significant digits (1% resolution), up
 * to {@link #MAX_TRACKED_NANOS}.
 */
final class Recorder {

  /** Longest latency a histogram tracks: one day; longer values are recorded as one day. */
  static final long MAX_TRACKED_NANOS = 86_400_000_000_000L;

  /** Resolution floor of the histograms: 1 µs. */
  static final long MIN_TRACKED_NANOS = 1_000;

  static final int SIGNIFICANT_DIGITS = 2;

  final long[] arrivals;
  final long[] completions;
  final long[][] errors;
  final double[] serviceNanos;
  final long[] services;
  final Histogram[] latency;
  final Histogram[] wait;

  // Counts since the start of the run, never reset: time series and autoscaling take deltas.
  final long[] completionsCum;
  final long[] errorsCum;
  final double[] latencySumCum;

  final Histogram[] originLatency;

  long successes;
  long failures;
  final Histogram endToEnd = histogram();

  Recorder(int stations, int origins) {
    completionsCum = new long[stations];
    errorsCum = new long[stations];
    latencySumCum = new double[stations];
    originLatency = new Histogram[origins];
    for (int k = 0; k < origins; k++) {
      originLatency[k] = histogram();
    }
    arrivals = new long[stations];
    completions = new long[stations];
    errors = new long[stations][Cause.values().length];
    serviceNanos = new double[stations];
    services = new long[stations];
    latency = new Histogram[stations];
    wait = new Histogram[stations];
    for (int s = 0; s < stations; s++) {
      latency[s] = histogram();
      wait[s] = histogram();
    }
  }

  static Histogram histogram() {
    return new Histogram(MIN_TRACKED_NANOS, MAX_TRACKED_NANOS, SIGNIFICANT_DIGITS);
  }

  static void record(Histogram h, long nanos) {
    h.recordValue(Math.min(Math.max(nanos, 0), MAX_TRACKED_NANOS));
  }

  /** Forgets everything recorded so far: the end of the warm-up. */
  void reset() {
    java.util.Arrays.fill(arrivals, 0);
    java.util.Arrays.fill(completions, 0);
    for (long[] e : errors) {
      java.util.Arrays.fill(e, 0);
    }
    java.util.Arrays.fill(serviceNanos, 0);
    java.util.Arrays.fill(services, 0);
    for (Histogram h : latency) {
      h.reset();
    }
    for (Histogram h : wait) {
      h.reset();
    }
    successes = 0;
    failures = 0;
    endToEnd.reset();
    for (Histogram h : originLatency) {
      h.reset();
    }
  }
}
