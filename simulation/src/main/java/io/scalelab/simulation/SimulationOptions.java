package io.scalelab.simulation;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How to run a simulation.
 *
 * @param users overrides the workload's user count
 * @param duration simulated time per replication, warm-up included
 * @param warmup start of each replication left out of the figures (the transient: empty queues,
 *     cold caches, minimum instances); it must be shorter than {@code duration}
 * @param seed where the random streams start; the same seed gives the same result
 * @param replications independent replications, for confidence intervals, 1–1000
 * @param resolution width of a time-series bucket
 * @param threads replications run at once; results do not depend on it
 */
public record SimulationOptions(
    OptionalLong users,
    Duration duration,
    Duration warmup,
    long seed,
    int replications,
    Duration resolution,
    int threads) {

  /** Default simulated time: 10 minutes. */
  public static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);

  /** Default warm-up: 1 minute, enough for queues at ρ ≤ 0.9 with sub-second service times. */
  public static final Duration DEFAULT_WARMUP = Duration.ofMinutes(1);

  /** Default replications: 5, the fewest for a usable Student-t interval (t = 2.78). */
  public static final int DEFAULT_REPLICATIONS = 5;

  /** Default time-series resolution: 10 s. */
  public static final Duration DEFAULT_RESOLUTION = Duration.ofSeconds(10);

  /** Default seed: 1. */
  public static final long DEFAULT_SEED = 1;

  /** Most replications. */
  public static final int MAX_REPLICATIONS = 1000;

  public SimulationOptions {
    users.ifPresent(
        u -> {
          if (u < 1) {
            throw new IllegalArgumentException("users must be >= 1: " + u);
          }
        });
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be > 0: " + duration);
    }
    if (warmup.isNegative() || warmup.compareTo(duration) >= 0) {
      throw new IllegalArgumentException(
          "warmup must be >= 0 and shorter than the duration: " + warmup + " vs " + duration);
    }
    if (replications < 1 || replications > MAX_REPLICATIONS) {
      throw new IllegalArgumentException("replications must be 1.." + MAX_REPLICATIONS);
    }
    if (resolution.isNegative() || resolution.isZero()) {
      throw new IllegalArgumentException("resolution must be > 0: " + resolution);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  /** The defaults, with as many threads as processors. */
  public static SimulationOptions defaults() {
    return new SimulationOptions(
        OptionalLong.empty(),
        DEFAULT_DURATION,
        DEFAULT_WARMUP,
        DEFAULT_SEED,
        DEFAULT_REPLICATIONS,
        DEFAULT_RESOLUTION,
        Runtime.getRuntime().availableProcessors());
  }

  public SimulationOptions withDuration(Duration newDuration, Duration newWarmup) {
    return new SimulationOptions(
        users, newDuration, newWarmup, seed, replications, resolution, threads);
  }

  public SimulationOptions withSeed(long newSeed) {
    return new SimulationOptions(
        users, duration, warmup, newSeed, replications, resolution, threads);
  }

  public SimulationOptions withReplications(int newReplications, int newThreads) {
    return new SimulationOptions(
        users, duration, warmup, seed, newReplications, resolution, newThreads);
  }

  public SimulationOptions withUsers(long newUsers) {
    return new SimulationOptions(
        OptionalLong.of(newUsers), duration, warmup, seed, replications, resolution, threads);
  }

  public SimulationOptions withResolution(Duration newResolution) {
    return new SimulationOptions(
        users, duration, warmup, seed, replications, newResolution, threads);
  }
}
