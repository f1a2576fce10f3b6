package io.scalelab.simulation.result;

import java.util.OptionalDouble;

/**
 * The closed-form estimate for one station, beside the simulated value.
 *
 * @param model {@code M/M/c} for exponential service, else {@code M/G/c} (Allen–Cunneen)
 * @param arrivalRatePerSecond the simulated arrival rate it is evaluated at
 * @param servers servers (time-averaged instances × concurrency)
 * @param serviceMeanMs mean service time
 * @param serviceScv squared coefficient of variation of the service time
 * @param utilization offered load / servers; at or above 1 the queue has no steady state
 * @param meanWaitMs estimated mean wait for a server; absent when utilisation is 1 or more
 */
public record Analytic(
    String model,
    double arrivalRatePerSecond,
    double servers,
    double serviceMeanMs,
    double serviceScv,
    double utilization,
    OptionalDouble meanWaitMs) {}
