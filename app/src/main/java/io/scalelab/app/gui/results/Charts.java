package io.scalelab.app.gui.results;

import io.scalelab.model.Design;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * Which charts a design gets: throughput, latency percentiles and errors always; instances of its
 * services, hit rates of its caches and replica lag of its replicated databases when it has them.
 */
final class Charts {

  /** Fractions are shown in percent. */
  private static final double PERCENT = 100;

  private Charts() {}

  static List<ChartModel> of(Design design) {
    String e2e = SeriesStore.END_TO_END;
    List<ChartModel> charts = new ArrayList<>();
    charts.add(
        new ChartModel(
            "throughput",
            "Throughput, end to end",
            "requests/s",
            List.of(line("throughput", e2e, "throughputPerSecond", 1))));
    charts.add(
        new ChartModel(
            "latency",
            "Latency, end to end",
            "latency (ms)",
            List.of(
                line("p50", e2e, "p50Ms", 1),
                line("p95", e2e, "p95Ms", 1),
                line("p99", e2e, "p99Ms", 1))));
    charts.add(
        new ChartModel(
            "errors",
            "Errors, end to end",
            "failed (%)",
            List.of(line("error rate", e2e, "errorRate", PERCENT))));
    add(
        charts,
        "instances",
        "Instances",
        "instances",
        design,
        Service.class::isInstance,
        "instances",
        1);
    add(
        charts,
        "hit-rate",
        "Cache hit rate, share of lookups",
        "hits (%)",
        design,
        Charts::caches,
        "hitRate",
        PERCENT);
    add(
        charts,
        "replica-lag",
        "Replica lag, commit to apply",
        "lag (ms)",
        design,
        c -> c instanceof Database d && !d.readReplicas().isEmpty(),
        "replicaLagMs",
        1);
    return charts;
  }

  private static boolean caches(Component c) {
    return c instanceof Cache
        || c instanceof Cdn
        || (c instanceof KeyValueStore k && k.dax().isPresent());
  }

  private static void add(
      List<ChartModel> charts,
      String id,
      String title,
      String yLabel,
      Design design,
      java.util.function.Predicate<Component> which,
      String column,
      double scale) {
    List<ChartModel.Line> lines =
        design.components().stream()
            .filter(which)
            .map(c -> line(c.id(), c.id(), column, scale))
            .toList();
    if (!lines.isEmpty()) {
      charts.add(new ChartModel(id, title, yLabel, lines));
    }
  }

  private static ChartModel.Line line(String label, String owner, String column, double scale) {
    return new ChartModel.Line(label, SeriesStore.key(owner, column), scale);
  }
}
