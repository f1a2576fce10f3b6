package io.scalelab.simulation.result;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One component's figures.
 *
 * @param type the component type
 * @param utilization time-averaged busy servers / servers (0 for components without a capacity
 *     limit); for Lambda, busy executions / concurrency limit
 * @param throughputPerSecond calls answered successfully per second
 * @param errors failed calls
 * @param errorsByCause failed calls by cause
 * @param latencyMs from arrival at the component until it answers: its wait, its service and its
 *     synchronous calls
 * @param queueWaitMs time waiting for a server
 * @param serviceMs mean service time drawn
 * @param meanQueueLength time-averaged calls waiting
 * @param instances instances over the run, for queueing components
 * @param analytic the M/M/c or M/G/c estimate of the mean wait at the simulated arrival rate
 * @param replicaLagMs databases with read replicas: the lag of each write, commit to apply
 * @param staleReadShare databases with read replicas: share of replica reads of a key written less
 *     than the replica's lag ago
 * @param hitRate caches, CloudFront and DAX: share of lookups that found their key, 0–1
 * @param egressBytes CloudFront: bytes sent to users (responses at the workload's response size)
 * @param messages queues and streams: what became of the messages
 * @param usage calls and bytes, what the bill is computed from
 */
public record ComponentResult(
    String type,
    double utilization,
    double throughputPerSecond,
    long errors,
    Map<String, Long> errorsByCause,
    Latency latencyMs,
    Latency queueWaitMs,
    double serviceMs,
    double meanQueueLength,
    Optional<Instances> instances,
    Optional<Analytic> analytic,
    Optional<Latency> replicaLagMs,
    OptionalDouble staleReadShare,
    OptionalDouble hitRate,
    OptionalLong egressBytes,
    Optional<Messages> messages,
    Usage usage) {

  /**
   * Instances over the run.
   *
   * @param min fewest active at once
   * @param max most active at once
   * @param mean time-averaged active
   */
  public record Instances(int min, int max, double mean) {}

  /**
   * What became of a queue's or stream's messages after the warm-up, per replication. The backlog
   * itself is {@code meanQueueLength} and the time series {@code queueLength} and {@code
   * oldestMessageAgeSeconds}.
   *
   * @param consumed processed successfully and deleted
   * @param redelivered failed and delivered again after the visibility timeout
   * @param deadLettered moved to the dead-letter queue after the last allowed receive
   * @param expired dropped unconsumed after the retention period
   */
  public record Messages(
      double consumed, double redelivered, double deadLettered, double expired) {}
}
