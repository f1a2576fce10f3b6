package io.scalelab.app.gui.results;

import io.scalelab.simulation.result.Analytic;
import io.scalelab.simulation.result.ComponentResult;
import java.util.Locale;

/**
 * One line of the summary table: a component's simulated figures, with the closed-form estimate of
 * its mean wait beside the simulated mean wait.
 *
 * @param id the component id
 * @param type its type
 * @param utilizationPercent busy servers over servers, %
 * @param throughputPerSecond calls answered successfully per second
 * @param meanMs mean latency of a call, ms (wait, service and synchronous calls)
 * @param p99Ms 99th percentile latency of a call, ms
 * @param errors failed calls
 * @param instances instances over the run ({@code min–max, mean m}), or {@code —}
 * @param waitMs simulated mean wait for a server, ms
 * @param analyticWait the M/M/c or M/G/c estimate of the mean wait ({@code 1.23 ms (M/M/c)}), or
 *     why there is none
 * @param behaviour hit rate, replica lag or queue outcome, where the component has one
 */
public record ComponentRow(
    String id,
    String type,
    double utilizationPercent,
    double throughputPerSecond,
    double meanMs,
    double p99Ms,
    long errors,
    String instances,
    double waitMs,
    String analyticWait,
    String behaviour) {

  /** The row of component {@code id}. */
  static ComponentRow of(String id, ComponentResult c) {
    String instances =
        c.instances()
            .map(i -> String.format(Locale.ROOT, "%d–%d (%.1f)", i.min(), i.max(), i.mean()))
            .orElse("—");
    return new ComponentRow(
        id,
        c.type(),
        c.utilization() * 100,
        c.throughputPerSecond(),
        c.latencyMs().mean(),
        c.latencyMs().p99(),
        c.errors(),
        instances,
        c.queueWaitMs().mean(),
        c.analytic().map(ComponentRow::analytic).orElse("—"),
        behaviour(c));
  }

  private static String analytic(Analytic a) {
    if (a.meanWaitMs().isPresent()) {
      return String.format(Locale.ROOT, "%.3f (%s)", a.meanWaitMs().getAsDouble(), a.model());
    }
    return String.format(Locale.ROOT, "saturated (%.0f%%)", a.utilization() * 100);
  }

  private static String behaviour(ComponentResult c) {
    StringBuilder b = new StringBuilder();
    c.hitRate().ifPresent(h -> b.append(String.format(Locale.ROOT, "hit rate %.1f%%", h * 100)));
    c.replicaLagMs()
        .ifPresent(
            l ->
                b.append(
                    String.format(
                        Locale.ROOT, "replica lag p50 %.1f ms, p99 %.1f ms", l.p50(), l.p99())));
    c.staleReadShare()
        .ifPresent(s -> b.append(String.format(Locale.ROOT, ", stale reads %.2f%%", s * 100)));
    c.messages()
        .ifPresent(
            m ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "consumed %.0f, redelivered %.0f, dead-lettered %.0f",
                        m.consumed(),
                        m.redelivered(),
                        m.deadLettered())));
    return b.toString();
  }
}
