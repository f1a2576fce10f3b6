package io.scalelab.app.cli;

import io.scalelab.model.Design;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.result.ResultFiles;
import io.scalelab.simulation.result.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin private SimulationSettings simulation = new SimulationSettings();

  @Mixin private PricingSettings pricing = new PricingSettings();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result as JSON here.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SimulationOptions> options = simulation.options("simulate", err);
    if (options.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    Design d;
    try {
      d = DesignInput.load(design, err);
    } catch (DesignInput.Failed e) {
      return e.exitCode();
    }
    SimulationResult result;
    try (ProgressBar bar = new ProgressBar(err)) {
      result = Simulator.run(d, options.get(), bar);
    } catch (SimulationException e) {
      err.println(design + ": cannot simulate: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    Design priced =
        simulation.users == null ? d : d.withWorkload(d.workload().withUsers(simulation.users));
    try {
      result =
          result.withCost(
              CostModel.estimate(priced, result, pricing.catalogue(err), pricing.purchase));
    } catch (PriceException e) {
      err.println("warning: not priced: " + e.getMessage());
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
}
