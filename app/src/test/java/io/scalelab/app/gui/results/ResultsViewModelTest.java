package io.scalelab.app.gui.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.Overlay;
import io.scalelab.app.gui.run.CompletedRun;
import io.scalelab.app.gui.run.FxThread;
import io.scalelab.app.gui.run.Pricing;
import io.scalelab.app.gui.run.RecordingDialogs;
import io.scalelab.app.gui.run.RunViewModel;
import io.scalelab.model.Design;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import io.scalelab.simulation.LiveSnapshot;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.SimulationResult;
import io.scalelab.simulation.result.TimeSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

  private static final Duration WAIT = Duration.ofSeconds(90);

  private SimpleObjectProperty<Design> design;
  private RunViewModel run;
  private ResultsViewModel results;

  @BeforeAll
  static void toolkit() throws Exception {
    FxThread.start();
  }

  @BeforeEach
  void panels() throws Exception {
    FxThread.run(
        () -> {
          design = new SimpleObjectProperty<>(Presets.design(Phase.PERFORMANCE));
          run =
              new RunViewModel(
                  design,
                  new RecordingDialogs(),
                  new Pricing(PriceCatalogue::snapshot),
                  Platform::runLater);
          results = new ResultsViewModel(run, Platform::runLater);
          run.settings().users().text().set("20000");
          run.settings().duration().text().set("40s");
          run.settings().warmup().text().set("10s");
          run.settings().replications().text().set("2");
        });
  }

  private CompletedRun runToTheEnd() throws Exception {
    FxThread.run(run::run);
    FxThread.await(() -> !run.running().get(), WAIT);
    return FxThread.call(() -> run.history().get(run.history().size() - 1));
  }

  @Test
  void aFinishedRunFillsTheTableChartsAndOverlayWithItsOwnFigures() throws Exception {
    CompletedRun done = runToTheEnd();
    SimulationResult r = done.result();

    List<ComponentRow> rows = FxThread.call(() -> new ArrayList<>(results.rows()));
    assertThat(rows)
        .extracting(ComponentRow::id)
        .containsExactlyElementsOf(r.components().keySet());
    for (ComponentRow row : rows) {
      ComponentResult c = r.components().get(row.id());
      assertThat(row.utilizationPercent()).isEqualTo(c.utilization() * 100);
      assertThat(row.throughputPerSecond()).isEqualTo(c.throughputPerSecond());
      assertThat(row.p99Ms()).isEqualTo(c.latencyMs().p99());
      assertThat(row.waitMs()).isEqualTo(c.queueWaitMs().mean());
      assertThat(row.errors()).isEqualTo(c.errors());
    }

    Overlay overlay = FxThread.call(() -> results.overlay().get());
    assertThat(overlay.bottleneck()).contains(r.bottlenecks().get(0).component());
    assertThat(overlay.reason()).isEqualTo(r.bottlenecks().get(0).reason());
    assertThat(overlay.utilisation()).containsEntry("db", r.components().get("db").utilization());

    // The charts now draw the result's own series, averaged over both replications.
    ChartModel latency = chart("latency");
    List<XYChart.Data<Number, Number>> p99 =
        FxThread.call(() -> new ArrayList<>(latency.series().get(2).getData()));
    assertThat(p99)
        .extracting(d -> d.getYValue().doubleValue())
        .containsExactlyElementsOf(r.timeSeries().endToEnd().get("p99Ms"));
    assertThat(FxThread.call(() -> results.charts()))
        .extracting(ChartModel::id)
        .containsExactly("throughput", "latency", "errors", "instances", "hit-rate", "replica-lag");
  }

  @Test
  void anEditClearsTheOverlay() throws Exception {
    CompletedRun done = runToTheEnd();
    assertThat(FxThread.call(() -> run.status().get())).startsWith("Run 1 done");
    assertThat(done.result().bottlenecks()).isNotEmpty();
    assertThat(FxThread.call(() -> results.overlay().get())).isNotEqualTo(Overlay.NONE);

    FxThread.run(
        () -> design.set(design.get().withWorkload(design.get().workload().withUsers(1234))));
    assertThat(FxThread.call(() -> results.overlay().get())).isEqualTo(Overlay.NONE);
  }

  @Test
  void liveSnapshotsAppendToTheChartsDecimatedToTheirWidth() throws Exception {
    Design d = Presets.design(Phase.PERFORMANCE);
    var options = SimulationOptions.defaults().withReplications(1, 1);
    FxThread.run(
        () -> {
          results.chartWidth().set(100);
          results.started(d, options);
        });
    // 1,000 points in two snapshots: a spike at point 700 must survive the thinning to 100 px.
    FxThread.run(() -> results.snapshot(snapshot(0, 600, -1)));
    FxThread.run(() -> results.snapshot(snapshot(600, 400, 700)));
    FxThread.await(() -> find("throughput").series().get(0).getData().size() > 2, WAIT);

    List<XYChart.Data<Number, Number>> drawn =
        FxThread.call(() -> new ArrayList<>(find("throughput").series().get(0).getData()));
    assertThat(drawn.size()).isLessThanOrEqualTo(100);
    assertThat(drawn).extracting(p -> p.getYValue().doubleValue()).contains(9_999.0);
    assertThat(drawn.get(drawn.size() - 1).getXValue().doubleValue()).isEqualTo(1000.0);

    // A snapshot that does not follow on (another run's) is not mixed in.
    FxThread.run(() -> results.snapshot(snapshot(5, 10, -1)));
    FxThread.run(() -> {});
    assertThat(FxThread.call(() -> find("throughput").series().get(0).getData()))
        .hasSizeLessThanOrEqualTo(100);
  }

  /** {@code n} points from {@code first}, throughput 100 except 9,999 at {@code spike}. */
  private static LiveSnapshot snapshot(int first, int n, int spike) {
    List<Double> seconds = new ArrayList<>();
    List<Double> throughput = new ArrayList<>();
    for (int i = first; i < first + n; i++) {
      seconds.add(i + 1.0);
      throughput.add(i == spike ? 9_999.0 : 100.0);
    }
    Map<String, List<Double>> e2e = new LinkedHashMap<>();
    e2e.put("throughputPerSecond", throughput);
    TimeSeries ts = new TimeSeries(1, seconds, e2e, Map.of());
    return new LiveSnapshot(first, ts, first + n, 1000, false);
  }

  private ChartModel chart(String id) throws Exception {
    return FxThread.call(() -> find(id));
  }

  /** On the FX thread: the chart {@code id}. */
  private ChartModel find(String id) {
    return results.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
