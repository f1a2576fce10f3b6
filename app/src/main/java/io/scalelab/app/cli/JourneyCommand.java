package io.scalelab.app.cli;

import io.scalelab.model.file.AtomicFiles;
import io.scalelab.phases.Journey;
import io.scalelab.phases.JourneyOptions;
import io.scalelab.phases.JourneyReports;
import io.scalelab.phases.JourneyResult;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.price.PriceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalelab journey}: the five phases at their load, the next load and their fault. */
@Command(
    name = "journey",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the five phase presets, each at the top of its range of users, at the next phase's",
      "users and under its characteristic fault (phase 0 an instance crash, 1-3 a zone then a",
      "region outage, 4 the outage of its second region), and prints one line per phase and its",
      "verdict. Prints its own wall time.",
      "Exit code: 0 done, 1 a run failed, 2 bad option or unwritable output."
    })
final class JourneyCommand implements Callable<Integer> {

  enum Format {
    table,
    html,
    json
  }

  @Spec private CommandSpec spec;

  @Mixin private PricingSettings pricing = new PricingSettings();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, html or json (default: table).")
  private Format format = Format.table;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (atomically).")
  private Path out;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
  private long seed = 1;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JourneyOptions options = JourneyOptions.defaults().withSeed(seed);
    JourneyResult journey;
    try {
      journey = Journey.run(options, pricing.catalogue(err), line -> err.println("  " + line));
    } catch (SimulationException | PriceException e) {
      err.println("journey: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    String text =
        switch (format) {
          case table -> table(journey);
          case html -> JourneyReports.html(journey);
          case json -> JourneyReports.json(journey);
        };
    if (out == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      try {
        AtomicFiles.writeString(out, text);
        stdout.println("Journey written to " + out);
      } catch (IOException e) {
        err.println(out + ": could not write: " + e.getMessage());
        return ExitCodes.UNREADABLE;
      }
    }
    err.printf(Locale.ROOT, "Journey took %.1f s%n", journey.wallSeconds());
    return ExitCodes.OK;
  }

  private static String table(JourneyResult j) {
    StringBuilder t = new StringBuilder();
    t.append(
        String.format(
            Locale.ROOT,
            "%-22s %11s %7s %7s %7s %7s %8s  %-28s %9s %11s %9s%n",
            "phase",
            "users",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "errors",
            "avail",
            "first bottleneck (next load)",
            "fault av.",
            "$/month",
            "$/user"));
    for (JourneyResult.PhaseResult p : j.phases()) {
      var e = p.ownLoad().result().endToEnd();
      t.append(
          String.format(
              Locale.ROOT,
              "%-22s %,11d %7.0f %7.0f %7.0f %6.2f%% %7.2f%%  %-28s %8.2f%% %,11.0f %9.4f%n",
              p.phase().number() + " " + p.phase().title(),
              p.ownLoad().users(),
              e.latencyMs().p50(),
              e.latencyMs().p95(),
              e.latencyMs().p99(),
              e.errorRate() * 100,
              e.availability() * 100,
              p.bottleneck().map(b -> b.component()).orElse("none"),
              p.fault().result().endToEnd().availability() * 100,
              p.ownLoad().cost().monthlyUsd(),
              p.ownLoad().cost().perMonthlyUserUsd()));
    }
    t.append('\n');
    for (JourneyResult.PhaseResult p : j.phases()) {
      t.append("Phase ").append(p.phase().number()).append(": ").append(p.verdict()).append('\n');
    }
    t.append(
        String.format(Locale.ROOT, "%n%s; journey took %.1f s%n", j.catalogue(), j.wallSeconds()));
    return t.toString();
  }
}
