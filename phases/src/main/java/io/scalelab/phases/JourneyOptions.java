package io.scalelab.phases;

import java.time.Duration;

/**
 * How the journey runs each phase. The defaults keep the whole journey near a minute on two cores:
 * one replication per run, long enough for autoscalers to reach the load before the measurement.
 *
 * @param warmup simulated time before figures count: autoscalers and caches settle
 * @param measured simulated time measured after the warm-up, for the load runs
 * @param faultAt when the characteristic fault starts, from the start of the run (after the
 *     warm-up)
 * @param outage how long each outage lasts
 * @param seed the random seed
 * @param replications independent replications per run
 * @param threads replications run at once
 */
public record JourneyOptions(
    Duration warmup,
    Duration measured,
    Duration faultAt,
    Duration outage,
    long seed,
    int replications,
    int threads) {

  /** Two minutes of warm-up, two measured, outages of three minutes from minute three. */
  public static JourneyOptions defaults() {
    return new JourneyOptions(
        Duration.ofMinutes(2),
        Duration.ofMinutes(2),
        Duration.ofMinutes(3),
        Duration.ofMinutes(3),
        1,
        1,
        Runtime.getRuntime().availableProcessors());
  }
}
