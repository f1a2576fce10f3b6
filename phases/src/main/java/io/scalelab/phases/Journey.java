package io.scalelab.phases;

import io.scalelab.model.Design;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.FaultResult;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the five phases, each at its own load, at the next phase's load and under its characteristic
 * faults, and says what each run shows.
 */
public final class Journey {

  private Journey() {}

  /**
   * Runs the journey.
   *
   * @param progress told in one line as each run starts
   */
  public static JourneyResult run(
      JourneyOptions options, PriceCatalogue prices, Consumer<String> progress)
      throws SimulationException, PriceException {
    long start = System.nanoTime();
    List<JourneyResult.PhaseResult> phases = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      Design design = Presets.design(phase);
      progress.accept(label(phase) + " at " + users(phase.users()) + " users");
      JourneyResult.Run own =
          run(design, phase.users(), options, false, options.measured(), prices);
      progress.accept(label(phase) + " at " + users(phase.nextUsers()) + " users");
      JourneyResult.Run next =
          run(design, phase.nextUsers(), options, false, options.measured(), prices);
      progress.accept(label(phase) + " under " + faultNames(phase, options));
      Design faulty = design.withFaults(phase.faults(options.faultAt(), options.outage()));
      // Until a minute after the last outage ends, so that recovery shows.
      Duration faultRun =
          lastFaultStart(phase, options)
              .plus(options.outage())
              .plus(Duration.ofMinutes(1))
              .minus(options.warmup());
      JourneyResult.Run fault = run(faulty, phase.users(), options, true, faultRun, prices);
      phases.add(
          new JourneyResult.PhaseResult(phase, own, next, fault, verdict(phase, own, next, fault)));
    }
    return new JourneyResult(phases, prices.label(), (System.nanoTime() - start) / 1e9);
  }

  private static JourneyResult.Run run(
      Design design,
      long users,
      JourneyOptions o,
      boolean faults,
      Duration measured,
      PriceCatalogue prices)
      throws SimulationException, PriceException {
    Design d = design.withWorkload(design.workload().withUsers(users));
    if (!faults) {
      d = d.withFaults(List.of());
    }
    SimulationOptions options =
        SimulationOptions.defaults()
            .withDuration(o.warmup().plus(measured), o.warmup())
            .withSeed(o.seed())
            .withReplications(o.replications(), o.threads());
    SimulationResult result = Simulator.run(d, options);
    var cost = CostModel.estimate(d, result, prices, PurchaseOption.ON_DEMAND);
    return new JourneyResult.Run(users, result.withCost(cost), cost);
  }

  private static Duration lastFaultStart(Phase phase, JourneyOptions o) {
    return phase.faults(o.faultAt(), o.outage()).stream()
        .map(f -> f.at())
        .max(Duration::compareTo)
        .orElse(o.faultAt());
  }

  /** The verdict: what the three runs show, from their figures. */
  static String verdict(
      Phase phase, JourneyResult.Run own, JourneyResult.Run next, JourneyResult.Run fault) {
    StringBuilder v = new StringBuilder();
    var e = own.result().endToEnd();
    v.append(
        String.format(
            Locale.ROOT,
            "Holds %s users (p99 %.0f ms, availability %.2f%%)",
            users(own.users()),
            e.latencyMs().p99(),
            e.availability() * 100));
    var b = next.firstBottleneck();
    if (b.isPresent()) {
      v.append(
          String.format(
              Locale.ROOT,
              "; at %s users %s saturates (%s)",
              users(next.users()),
              b.get().component(),
              b.get().reason()));
    } else {
      v.append(
          String.format(
              Locale.ROOT,
              "; holds %s users too (p99 %.0f ms)",
              users(next.users()),
              next.result().endToEnd().latencyMs().p99()));
    }
    for (FaultResult f : fault.result().faults()) {
      v.append(
          String.format(
              Locale.ROOT,
              "; %s of %s: %,.0f requests failed over %.0f s",
              f.type(),
              f.target(),
              f.failedRequests(),
              f.recoverySeconds()));
      if (f.lostWrites() > 0) {
        v.append(String.format(Locale.ROOT, ", %,.0f writes lost", f.lostWrites()));
      }
    }
    v.append(
        String.format(
            Locale.ROOT, " (availability %.2f%%)", fault.result().endToEnd().availability() * 100));
    return v.toString();
  }

  private static String faultNames(Phase phase, JourneyOptions o) {
    return String.join(
        " then ",
        phase.faults(o.faultAt(), o.outage()).stream()
            .map(f -> f.type() + " of " + f.target())
            .toList());
  }

  private static String label(Phase phase) {
    return "phase " + phase.number() + " " + phase.title();
  }

  static String users(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
