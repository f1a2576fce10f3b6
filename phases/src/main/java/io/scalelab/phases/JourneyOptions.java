package io.scalelab.phases;

import java.time.Duration;

/**
 * How the journey runs each phase. The load runs measure long enough for about 50,000 requests (one
 * to ten minutes); the fault runs start the first outage {@code faultAfterWarmup} after the warm-up
 * and end that long after the last outage.
 *
 * @param warmup simulated time before figures count, for autoscalers and caches to settle (an
 *     eighth of it for runs above 5,000 requests per second, see {@link Journey#warmup})
 * @param faultAfterWarmup from the end of the warm-up to the first outage, and from the end of the
 *     last outage to the end of the run
 * @param outage how long each outage lasts
 * @param seed the random seed
 * @param replications independent replications per run
 * @param threads runs simulated at once
 */
public record JourneyOptions(
    Duration warmup,
    Duration faultAfterWarmup,
    Duration outage,
    long seed,
    int replications,
    int threads) {

  public JourneyOptions {
    if (warmup.isNegative()
        || faultAfterWarmup.isNegative()
        || outage.isNegative()
        || outage.isZero()) {
      throw new IllegalArgumentException("warm-up and fault offset must be >= 0, outages > 0");
    }
    if (replications < 1 || threads < 1) {
      throw new IllegalArgumentException("replications and threads must be >= 1");
    }
  }

  /**
   * Four minutes of warm-up (the HPAs' ramp to five times their load), outages of two minutes
   * starting 30 s after it, all processors.
   */
  public static JourneyOptions defaults() {
    return new JourneyOptions(
        Duration.ofMinutes(4),
        Duration.ofSeconds(30),
        Duration.ofMinutes(2),
        1,
        1,
        Runtime.getRuntime().availableProcessors());
  }

  /** The same options with another seed. */
  public JourneyOptions withSeed(long newSeed) {
    return new JourneyOptions(warmup, faultAfterWarmup, outage, newSeed, replications, threads);
  }
}
