package io.scalelab.simulation.result;

/**
 * A latency distribution in milliseconds; percentiles from an HdrHistogram with 1% resolution.
 *
 * @param count observations
 * @param mean arithmetic mean
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param max largest observation
 */
public record Latency(
    long count, double mean, double p50, double p95, double p99, double p999, double max) {

  /** No observations. */
  public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0);
}
