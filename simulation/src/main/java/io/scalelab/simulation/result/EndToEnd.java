package io.scalelab.simulation.result;

import java.util.Map;

/**
 * What users saw: every request from a user origin, from its start until its answer reached the
 * user.
 *
 * @param requests requests answered after the warm-up, successfully or not
 * @param throughputPerSecond successful requests per second
 * @param errorRate failed requests / requests
 * @param availability successful requests / requests
 * @param latencyMs latency of successful requests
 * @param errors failed calls by cause, over all components
 * @param byOrigin latency per user origin
 * @param ci95 95% confidence intervals over replications (Student t)
 * @param analytic the open-network (Jackson) estimate of the mean latency at the simulated rates
 */
public record EndToEnd(
    long requests,
    double throughputPerSecond,
    double errorRate,
    double availability,
    Latency latencyMs,
    Map<String, Long> errors,
    Map<String, Latency> byOrigin,
    Ci95 ci95,
    NetworkEstimate analytic) {}
