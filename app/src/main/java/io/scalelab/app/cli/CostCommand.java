package io.scalelab.app.cli;

import io.scalelab.exporters.cost.CostReports;
import io.scalelab.model.Design;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scalelab cost DESIGN...}: simulates each design and prices what it used. */
@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    description = {
      "Prices designs from what a simulation of each used: instance-hours as autoscaling moved,",
      "requests and bytes, projected to a month over the workload's daily curve. Several designs",
      "are compared side by side (html, csv, json). The price catalogue's date is in every report.",
      "Exit code: 0 done, 1 a design is invalid, cannot be simulated or priced, 2 unreadable input."
    })
final class CostCommand implements Callable<Integer> {

  enum Format {
    table,
    csv,
    html,
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "DESIGN",
      description = "Design files (YAML or JSON), priced one after the other.")
  private List<Path> designs;

  @Mixin private SimulationSettings simulation = new SimulationSettings();

  @Mixin private PricingSettings pricing = new PricingSettings();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, csv, html or json (default: table).")
  private Format format = Format.table;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report here (atomically) instead of to the terminal.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SimulationOptions> options = simulation.options("cost", err);
    if (options.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    PriceCatalogue catalogue = pricing.catalogue(err);
    List<CostReport> reports = new ArrayList<>();
    for (Path file : designs) {
      Design d;
      try {
        d = DesignInput.load(file, err);
      } catch (DesignInput.Failed e) {
        return e.exitCode();
      }
      Design priced =
          simulation.users == null ? d : d.withWorkload(d.workload().withUsers(simulation.users));
      try (ProgressBar bar = new ProgressBar(err)) {
        SimulationResult result = Simulator.run(priced, options.get(), bar);
        reports.add(CostModel.estimate(priced, result, catalogue, pricing.purchase));
      } catch (SimulationException e) {
        err.println(file + ": cannot simulate: " + e.getMessage());
        return ExitCodes.INVALID;
      } catch (PriceException e) {
        err.println(file + ": cannot price: " + e.getMessage());
        return ExitCodes.INVALID;
      }
    }
    String text =
        switch (format) {
          case table -> null;
          case csv -> CostReports.csv(reports);
          case html -> CostReports.html(reports);
          case json ->
              reports.size() == 1 ? CostReports.json(reports.get(0)) : CostReports.json(reports);
        };
    if (text == null) {
      if (out != null) {
        err.println("cost: --out needs --format csv, html or json");
        return ExitCodes.UNREADABLE;
      }
      CostTable table = new CostTable(stdout);
      for (int k = 0; k < reports.size(); k++) {
        if (k > 0) {
          stdout.println();
        }
        table.print(reports.get(k));
      }
      return ExitCodes.OK;
    }
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return ExitCodes.OK;
    }
    try {
      CostReports.write(out, text);
      stdout.println("Cost report written to " + out);
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println(out + ": could not write: " + e.getMessage());
      return ExitCodes.UNREADABLE;
    }
  }
}
