package io.scalelab.simulation.result;

import java.util.List;

/**
 * 95% confidence intervals over independent replications: mean ± t(0.975, R−1) × s / √R. With one
 * replication no interval exists and each list is empty.
 *
 * @param latencyMeanMs the mean latency, [low, high]
 * @param throughputPerSecond throughput, [low, high]
 * @param errorRate error rate, [low, high]
 */
public record Ci95(
    List<Double> latencyMeanMs, List<Double> throughputPerSecond, List<Double> errorRate) {

  public Ci95 {
    latencyMeanMs = List.copyOf(latencyMeanMs);
    throughputPerSecond = List.copyOf(throughputPerSecond);
    errorRate = List.copyOf(errorRate);
  }
}
