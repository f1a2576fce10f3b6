package io.scalelab.app.cli;

import io.scalelab.simulation.result.Bottleneck;
import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.EndToEnd;
import io.scalelab.simulation.result.FaultResult;
import io.scalelab.simulation.result.SimulationResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short text summary of a simulation for the terminal. */
final class SummaryTable {

  private final PrintWriter out;

  SummaryTable(PrintWriter out) {
    this.out = out;
  }

  void print(SimulationResult r) {
    EndToEnd e = r.endToEnd();
    out.printf(
        Locale.ROOT,
        "%s: %d replication%s of %s simulated (%s warm-up left out), seed %d%n%n",
        r.design(),
        r.replications(),
        r.replications() == 1 ? "" : "s",
        seconds(r.simulatedSeconds()),
        seconds(r.warmupSeconds()),
        r.seed());
    out.printf(
        Locale.ROOT,
        "End to end  %,d requests  %.1f/s  errors %.3f%%  availability %.4f%%%n",
        e.requests(),
        e.throughputPerSecond(),
        e.errorRate() * 100,
        e.availability() * 100);
    out.printf(
        Locale.ROOT,
        "  latency ms  mean %.1f  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
        e.latencyMs().mean(),
        e.latencyMs().p50(),
        e.latencyMs().p95(),
        e.latencyMs().p99(),
        e.latencyMs().max());
    if (e.ci95().latencyMeanMs().size() == 2) {
      out.printf(
          Locale.ROOT,
          "  95%% CI of the mean  %.1f – %.1f ms%n",
          e.ci95().latencyMeanMs().get(0),
          e.ci95().latencyMeanMs().get(1));
    }
    e.analytic()
        .meanLatencyMs()
        .ifPresent(
            v -> out.printf(Locale.ROOT, "  queueing-network estimate of the mean  %.1f ms%n", v));
    if (!e.errors().isEmpty()) {
      out.println("  errors by cause  " + e.errors());
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-22s %-14s %6s %10s %9s %9s %8s%n",
        "component",
        "type",
        "util",
        "through/s",
        "wait ms",
        "p99 ms",
        "errors");
    for (Map.Entry<String, ComponentResult> c : r.components().entrySet()) {
      ComponentResult v = c.getValue();
      out.printf(
          Locale.ROOT,
          "%-22s %-14s %5.0f%% %10.1f %9.2f %9.1f %8d%n",
          c.getKey(),
          v.type(),
          v.utilization() * 100,
          v.throughputPerSecond(),
          v.queueWaitMs().mean(),
          v.latencyMs().p99(),
          v.errors());
    }
    behaviours(r);
    faults(r);
    List<Bottleneck> b = r.bottlenecks();
    out.println();
    out.println(
        b.isEmpty() ? "No queueing component to rank." : "Bottleneck  " + b.get(0).reason());
    r.cost().ifPresent(this::cost);
  }

  /** Hit rates, replica lag and queue outcomes, for the components that have them. */
  private void behaviours(SimulationResult r) {
    boolean header = false;
    for (Map.Entry<String, ComponentResult> c : r.components().entrySet()) {
      ComponentResult v = c.getValue();
      StringBuilder line = new StringBuilder();
      v.hitRate()
          .ifPresent(h -> line.append(String.format(Locale.ROOT, "  hit rate %.1f%%", h * 100)));
      v.replicaLagMs()
          .ifPresent(
              l ->
                  line.append(
                      String.format(
                          Locale.ROOT,
                          "  replica lag p50 %.1f ms, p99 %.1f ms",
                          l.p50(),
                          l.p99())));
      v.staleReadShare()
          .ifPresent(x -> line.append(String.format(Locale.ROOT, ", stale reads %.2f%%", x * 100)));
      v.messages()
          .ifPresent(
              msg ->
                  line.append(
                      String.format(
                          Locale.ROOT,
                          "  consumed %.0f, redelivered %.0f, dead-lettered %.0f, mean backlog %.0f",
                          msg.consumed(),
                          msg.redelivered(),
                          msg.deadLettered(),
                          v.meanQueueLength())));
      if (line.length() > 0) {
        if (!header) {
          out.println();
          header = true;
        }
        out.printf(Locale.ROOT, "%-22s%s%n", c.getKey(), line);
      }
    }
  }

  private void faults(SimulationResult r) {
    if (r.faults().isEmpty()) {
      return;
    }
    out.println();
    out.println("Faults");
    for (FaultResult f : r.faults()) {
      out.printf(
          Locale.ROOT,
          "  %-20s %-16s at %-7s %,10.0f requests failed, last %.0f s after it began%s%n",
          f.type(),
          f.target(),
          seconds(f.atSeconds()),
          f.failedRequests(),
          f.recoverySeconds(),
          f.lostWrites() > 0
              ? String.format(Locale.ROOT, ", %.0f writes lost", f.lostWrites())
              : "");
    }
  }

  private static String seconds(double s) {
    if (s >= 3600 && s % 3600 == 0) {
      return (long) (s / 3600) + "h";
    }
    if (s >= 60 && s % 60 == 0) {
      return (long) (s / 60) + "m";
    }
    return String.format(Locale.ROOT, "%.0fs", s);
  }

  private void cost(CostReport c) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Cost  $%,.2f a month  ($%,.4f per 1M requests, $%,.4f per user)  %s; AWS prices of %s (%s)%n",
        c.monthlyUsd(),
        c.perMillionRequestsUsd(),
        c.perMonthlyUserUsd(),
        c.purchaseLabel(),
        c.catalogueDate(),
        c.catalogue());
    if (!c.unpriced().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  %d charge(s) not priced (no catalogue entry), left out; 'scalelab cost' lists them%n",
          c.unpriced().size());
    }
  }
}
