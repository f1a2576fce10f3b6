package io.scalelab.simulation;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.Problem;
import io.scalelab.simulation.engine.Runs;
import io.scalelab.simulation.result.SimulationResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The front door of the simulation: run a design, get its figures.
 *
 * <pre>{@code
 * SimulationResult r = Simulator.run(design, SimulationOptions.defaults());
 * double p99 = r.endToEnd().latencyMs().p99();
 * }</pre>
 *
 * <p>Each replication is a single-threaded discrete-event run with its own random streams;
 * replications run in parallel and are combined in replication order, so the result depends on the
 * design, the options and the seed only — not on the thread count. Cost grows with the requests
 * simulated (not with users): about one to two million requests per second of wall time per core.
 */
public final class Simulator {

  private Simulator() {}

  /** Runs a design with the given options. */
  public static SimulationResult run(Design design, SimulationOptions options)
      throws SimulationException {
    return run(design, options, SimulationListener.NONE);
  }

  /**
   * Runs a design, reporting progress to {@code listener}. Interrupting the calling thread cancels
   * the run: it stops within milliseconds and throws {@link
   * java.util.concurrent.CancellationException}.
   *
   * @throws SimulationException when the design breaks a cross-component rule or lacks something
   *     the simulation needs (a latency between two regions)
   */
  public static SimulationResult run(
      Design design, SimulationOptions options, SimulationListener listener)
      throws SimulationException {
    List<Problem> problems = Designs.check(design);
    if (!problems.isEmpty()) {
      throw new SimulationException(
          "the design has problems:\n"
              + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    }
    Design d =
        options.users().isPresent()
            ? design.withWorkload(design.workload().withUsers(options.users().getAsLong()))
            : design;
    return Runs.run(d, options, listener);
  }
}
