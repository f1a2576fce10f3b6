package io.scalelab.phases;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Service;
import io.scalelab.model.fault.Fault;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    // The fifteen runs are independent: run them side by side, one replication per thread.
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
    try {
      List<List<Future<JourneyResult.Run>>> futures = new ArrayList<>();
      List<Design> designs = new ArrayList<>();
      for (Phase phase : Phase.values()) {
        Design design = Presets.design(phase);
        designs.add(design);
        futures.add(
            List.of(
                pool.submit(
                    () -> run(phase, design, phase.users(), options, false, prices, progress)),
                pool.submit(
                    () -> run(phase, design, phase.nextUsers(), options, false, prices, progress)),
                pool.submit(
                    () -> run(phase, design, phase.users(), options, true, prices, progress))));
      }
      List<JourneyResult.PhaseResult> phases = new ArrayList<>();
      for (Phase phase : Phase.values()) {
        var f = futures.get(phase.number());
        JourneyResult.Run own = get(f.get(0));
        JourneyResult.Run next = get(f.get(1));
        JourneyResult.Run fault = get(f.get(2));
        phases.add(
            new JourneyResult.PhaseResult(
                phase, own, next, fault, verdict(designs.get(phase.number()), own, next, fault)));
      }
      return new JourneyResult(phases, prices.label(), (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static JourneyResult.Run get(Future<JourneyResult.Run> f)
      throws SimulationException, PriceException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("the journey was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SimulationException s) {
        throw s;
      }
      if (cause instanceof PriceException p) {
        throw p;
      }
      throw new IllegalStateException("a journey run failed: " + cause, cause);
    }
  }

  /**
   * Warm-up of a run: the options' (long enough for the autoscalers to ramp from their minimum)
   * below {@value #BUSY_REQUESTS_PER_SECOND} requests per second, an eighth of it above, where the
   * presets' minimums are sized near the load or the run saturates anyway.
   */
  static Duration warmup(long users, JourneyOptions o) {
    return Presets.workload(users).peakRequestsPerSecond() < BUSY_REQUESTS_PER_SECOND
        ? o.warmup()
        : o.warmup().dividedBy(8);
  }

  static final double BUSY_REQUESTS_PER_SECOND = 5_000;

  /**
   * Measured time of a load run: long enough for about 50,000 requests (so that p99 rests on
   * hundreds of them), at least a minute (30 s above 5,000 requests per second, which is already
   * hundreds of thousands) and at most ten.
   */
  static Duration measured(long users, JourneyOptions o) {
    double perSecond = Presets.workload(users).peakRequestsPerSecond();
    double floor = perSecond < BUSY_REQUESTS_PER_SECOND ? 60 : 30;
    double seconds = Math.max(floor, Math.min(600, 50_000 / Math.max(perSecond, 1e-9)));
    return Duration.ofSeconds((long) Math.ceil(seconds));
  }

  private static JourneyResult.Run run(
      Phase phase,
      Design design,
      long users,
      JourneyOptions o,
      boolean faults,
      PriceCatalogue prices,
      Consumer<String> progress)
      throws SimulationException, PriceException {
    Design d = design.withWorkload(design.workload().withUsers(users));
    Duration warmup = warmup(users, o);
    Duration length;
    if (faults) {
      List<Fault> timeline = phase.faults(warmup.plus(o.faultAfterWarmup()), o.outage());
      d = d.withFaults(timeline);
      // Until a while after the last outage ends, so that recovery shows.
      Duration last = timeline.stream().map(Fault::at).max(Duration::compareTo).orElseThrow();
      length = last.plus(o.outage()).plus(o.faultAfterWarmup());
      progress.accept(
          label(phase) + " at " + users(users) + " users under " + faultNames(timeline));
    } else {
      d = d.withFaults(List.of());
      length = warmup.plus(measured(users, o));
      progress.accept(label(phase) + " at " + users(users) + " users");
    }
    SimulationOptions options =
        SimulationOptions.defaults()
            .withDuration(length, warmup)
            .withSeed(o.seed())
            .withReplications(o.replications(), 1);
    SimulationResult result = Simulator.run(d, options);
    var cost = CostModel.estimate(d, result, prices, PurchaseOption.ON_DEMAND);
    return new JourneyResult.Run(users, result.withCost(cost));
  }

  /** The verdict: what the three runs show, from their figures. */
  static String verdict(
      Design design, JourneyResult.Run own, JourneyResult.Run next, JourneyResult.Run fault) {
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
    idle(own, design).ifPresent(v::append);
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

  /**
   * What the run pays for capacity it does not use: each EC2 or EKS service's compute cost × (1 −
   * its utilisation). A service sharing a host (the phase-1 monolith's A and B) is charged its
   * share of the host's idle capacity, in proportion to its share of the host's work.
   */
  static Map<String, Double> idleUsd(Design design, JourneyResult.Run run) {
    Map<String, Double> idle = new LinkedHashMap<>();
    for (Component c : design.components()) {
      if (!(c instanceof Service s) || s.platform() == Service.Platform.LAMBDA) {
        continue;
      }
      String payer = s.host().orElse(s.id());
      var cost = run.cost().components().get(payer);
      var host = run.result().components().get(payer);
      double compute = cost == null ? 0 : cost.byKind().getOrDefault("compute", 0.0);
      double hostIdle = compute * Math.max(0, 1 - host.utilization());
      if (s.host().isEmpty()) {
        idle.merge(s.id(), hostIdle, Double::sum);
      } else if (host.utilization() > 0) {
        double share = run.result().components().get(s.id()).utilization() / host.utilization();
        idle.merge(s.id(), hostIdle * share, Double::sum);
        idle.merge(payer, -hostIdle * share, Double::sum);
      }
    }
    return idle;
  }

  private static Optional<String> idle(JourneyResult.Run run, Design design) {
    Map<String, Double> idle = idleUsd(design, run);
    double total = idle.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total < 0.5) {
      return Optional.empty();
    }
    StringBuilder b =
        new StringBuilder(
            String.format(Locale.ROOT, "; idle capacity at its own load $%,.0f a month", total));
    idle.entrySet().stream()
        .filter(e -> e.getValue() > 0.5)
        .forEach(
            e -> b.append(String.format(Locale.ROOT, ", %s $%,.0f", e.getKey(), e.getValue())));
    return Optional.of(b.toString());
  }

  private static String faultNames(List<Fault> faults) {
    return String.join(" then ", faults.stream().map(f -> f.type() + " of " + f.target()).toList());
  }

  private static String label(Phase phase) {
    return "phase " + phase.number() + " " + phase.title();
  }

  static String users(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
