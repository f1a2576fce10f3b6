package io.scalelab.app.cli;

import io.scalelab.simulation.SimulationOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of a simulation run, shared by the commands that simulate. */
final class SimulationSettings {

  @Option(names = "--users", paramLabel = "N", description = "Override the workload's users.")
  Long users;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Simulated time per replication, warm-up included (default: 10m).")
  Duration duration = SimulationOptions.DEFAULT_DURATION;

  @Option(
      names = "--warmup",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Start of each replication left out of the figures (default: 1m).")
  Duration warmup = SimulationOptions.DEFAULT_WARMUP;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
  long seed = SimulationOptions.DEFAULT_SEED;

  @Option(
      names = "--replications",
      paramLabel = "R",
      description = "Independent replications, for 95% confidence intervals (default: 5).")
  int replications = SimulationOptions.DEFAULT_REPLICATIONS;

  @Option(
      names = "--resolution",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Time-series bucket width (default: 10s).")
  Duration resolution = SimulationOptions.DEFAULT_RESOLUTION;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Replications run at once (default: processors); results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The options, or empty after saying on {@code err} what is wrong with them. */
  Optional<SimulationOptions> options(String command, PrintWriter err) {
    try {
      SimulationOptions o =
          SimulationOptions.defaults()
              .withDuration(duration, warmup)
              .withSeed(seed)
              .withReplications(replications, threads)
              .withResolution(resolution);
      return Optional.of(users == null ? o : o.withUsers(users));
    } catch (IllegalArgumentException e) {
      err.println(command + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
