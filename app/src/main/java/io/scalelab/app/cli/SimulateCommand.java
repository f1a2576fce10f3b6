package io.scalelab.app.cli;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.result.ResultFiles;
import io.scalelab.simulation.result.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scalelab simulate DESIGN}: runs the discrete-event simulation and summarises it. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a design: requests flow through its components for the given simulated time,",
      "in independent replications; prints end-to-end percentiles, bottlenecks and errors, and",
      "writes every figure as JSON with --out.",
      "Exit code: 0 done, 1 the design is invalid or cannot be simulated, 2 unreadable input."
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DESIGN", description = "The design file (YAML or JSON).")
  private Path design;

  @Option(names = "--users", paramLabel = "N", description = "Override the workload's users.")
  private Long users;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Simulated time per replication, warm-up included (default: 10m).")
  private Duration duration = SimulationOptions.DEFAULT_DURATION;

  @Option(
      names = "--warmup",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Start of each replication left out of the figures (default: 1m).")
  private Duration warmup = SimulationOptions.DEFAULT_WARMUP;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
  private long seed = SimulationOptions.DEFAULT_SEED;

  @Option(
      names = "--replications",
      paramLabel = "R",
      description = "Independent replications, for 95% confidence intervals (default: 5).")
  private int replications = SimulationOptions.DEFAULT_REPLICATIONS;

  @Option(
      names = "--resolution",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Time-series bucket width (default: 10s).")
  private Duration resolution = SimulationOptions.DEFAULT_RESOLUTION;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Replications run at once (default: processors); results do not depend on it.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result as JSON here.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SimulationOptions> options = options(err);
    if (options.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    Design d;
    try {
      d = Designs.load(design);
    } catch (DesignException e) {
      err.println("INVALID " + design);
      e.problems().forEach(p -> err.println("  " + p));
      return ExitCodes.INVALID;
    } catch (NoSuchFileException e) {
      err.println(design + ": no such file");
      return ExitCodes.UNREADABLE;
    } catch (IOException e) {
      err.println(design + ": could not read: " + e.getMessage());
      return ExitCodes.UNREADABLE;
    }
    SimulationResult result;
    try (ProgressBar bar = new ProgressBar(err)) {
      result = Simulator.run(d, options.get(), bar);
    } catch (SimulationException e) {
      err.println(design + ": cannot simulate: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    new SummaryTable(stdout).print(result);
    if (out != null) {
      try {
        ResultFiles.write(result, out);
        stdout.println("Result written to " + out);
      } catch (IOException e) {
        err.println(out + ": could not write: " + e.getMessage());
        return ExitCodes.UNREADABLE;
      }
    }
    return ExitCodes.OK;
  }

  private Optional<SimulationOptions> options(PrintWriter err) {
    try {
      SimulationOptions o =
          SimulationOptions.defaults()
              .withDuration(duration, warmup)
              .withSeed(seed)
              .withReplications(replications, threads)
              .withResolution(resolution);
      return Optional.of(users == null ? o : o.withUsers(users));
    } catch (IllegalArgumentException e) {
      err.println("simulate: " + e.getMessage());
      return Optional.empty();
    }
  }
}
