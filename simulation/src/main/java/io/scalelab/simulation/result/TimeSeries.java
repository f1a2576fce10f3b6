package io.scalelab.simulation.result;

import java.util.List;
import java.util.Map;

/**
 * Figures over time, one point per bucket, averaged over replications. The warm-up is included so
 * that a cold start shows.
 *
 * @param resolutionSeconds bucket width
 * @param seconds end of each bucket, seconds from the start
 * @param endToEnd {@code throughputPerSecond}, {@code errorRate}, {@code p50Ms}, {@code p95Ms},
 *     {@code p99Ms}
 * @param components per id: {@code throughputPerSecond}, {@code utilization}, {@code queueLength},
 *     {@code instances}, {@code meanLatencyMs}, {@code errorsPerSecond}, {@code hitRate}, {@code
 *     oldestMessageAgeSeconds}, {@code replicaLagMs} (mean lag of the writes committed in the
 *     bucket, 0 without replicas)
 */
public record TimeSeries(
    double resolutionSeconds,
    List<Double> seconds,
    Map<String, List<Double>> endToEnd,
    Map<String, Map<String, List<Double>>> components) {}
