package io.scalelab.app.gui.results;

import io.scalelab.app.gui.Overlay;
import io.scalelab.app.gui.run.CompletedRun;
import io.scalelab.app.gui.run.RunListener;
import io.scalelab.app.gui.run.RunViewModel;
import io.scalelab.model.Design;
import io.scalelab.simulation.LiveSnapshot;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.result.EndToEnd;
import io.scalelab.simulation.result.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The results panel's state: live charts while a run goes (the first replication's snapshots), then
 * the result's own series averaged over replications; the summary table, the end-to-end figures and
 * the canvas {@link Overlay} of the latest run. Charts are redrawn at most once per batch of
 * snapshots the FX thread receives, decimated to {@link #chartWidth()}. FX thread only.
 */
public final class ResultsViewModel implements RunListener {

  /** Chart width assumed until the view says: 600 px. */
  public static final int DEFAULT_CHART_WIDTH = 600;

  private final Executor ui;
  private final SeriesStore store = new SeriesStore();
  private final ObservableList<ChartModel> charts = FXCollections.observableArrayList();
  private final ObservableList<ComponentRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Figure> endToEnd = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Overlay> overlay =
      new ReadOnlyObjectWrapper<>(this, "overlay", Overlay.NONE);
  private final ReadOnlyStringWrapper heading =
      new ReadOnlyStringWrapper(this, "heading", "No run yet");
  private final ReadOnlyStringWrapper bottleneck =
      new ReadOnlyStringWrapper(this, "bottleneck", "");
  private final IntegerProperty chartWidth =
      new SimpleIntegerProperty(this, "chartWidth", DEFAULT_CHART_WIDTH);
  private boolean refreshPending;

  /** Results of {@code run}'s runs, updated through {@code ui} (the FX thread). */
  public ResultsViewModel(RunViewModel run, Executor ui) {
    this.ui = ui;
    run.addRunListener(this);
    run.history()
        .addListener(
            (ListChangeListener<CompletedRun>)
                c -> {
                  while (c.next()) {
                    if (c.wasAdded()) {
                      show(c.getAddedSubList().get(c.getAddedSize() - 1));
                    }
                  }
                });
    // An edit makes the painted figures stale: the canvas goes back to plain nodes.
    run.design().addListener((obs, was, now) -> overlay.set(Overlay.NONE));
    chartWidth.addListener((obs, was, now) -> requestRefresh());
  }

  /** Results on the FX thread. */
  public ResultsViewModel(RunViewModel run) {
    this(run, Platform::runLater);
  }

  @Override
  public void started(Design design, SimulationOptions options) {
    store.clear();
    charts.setAll(Charts.of(design));
    rows.clear();
    endToEnd.clear();
    bottleneck.set("");
    heading.set(
        String.format(
            Locale.ROOT,
            "%s at %,d users: live, first of %d replication%s",
            design.name(),
            design.workload().users(),
            options.replications(),
            options.replications() == 1 ? "" : "s"));
    refresh();
  }

  @Override
  public void snapshot(LiveSnapshot s) {
    if (s.firstPoint() != store.size()) {
      // Snapshots of a run that is no longer shown (or a gap, which the engine never makes).
      return;
    }
    store.append(s.points());
    requestRefresh();
  }

  private void show(CompletedRun run) {
    SimulationResult r = run.result();
    charts.setAll(Charts.of(run.design()));
    store.replace(r.timeSeries());
    refresh();
    List<ComponentRow> table = new ArrayList<>();
    r.components().forEach((id, c) -> table.add(ComponentRow.of(id, c)));
    rows.setAll(table);
    endToEnd.setAll(EndToEndFigures.of(r.endToEnd(), r.replications()));
    overlay.set(Overlays.of(r));
    bottleneck.set(
        r.bottlenecks().isEmpty()
            ? "No queueing component to rank"
            : "Bottleneck: " + r.bottlenecks().get(0).reason());
    EndToEnd e = r.endToEnd();
    heading.set(
        String.format(
            Locale.ROOT,
            "Run %d · %s at %,d users · %s simulated, mean of %d replication%s · p99 %.1f ms",
            run.number(),
            r.design(),
            run.design().workload().users(),
            EndToEndFigures.seconds(r.simulatedSeconds()),
            r.replications(),
            r.replications() == 1 ? "" : "s",
            e.latencyMs().p99()));
  }

  private void requestRefresh() {
    if (!refreshPending) {
      refreshPending = true;
      ui.execute(this::refresh);
    }
  }

  private void refresh() {
    refreshPending = false;
    int width = Math.max(2, chartWidth.get());
    charts.forEach(c -> c.refresh(store, width));
  }

  /** The charts of the run shown, in panel order. */
  public ObservableList<ChartModel> charts() {
    return charts;
  }

  /** The summary table of the latest finished run, in design order. */
  public ObservableList<ComponentRow> rows() {
    return rows;
  }

  /** The end-to-end figures of the latest finished run. */
  public ObservableList<Figure> endToEnd() {
    return endToEnd;
  }

  /** What the canvas paints: utilisation per component and the first bottleneck. */
  public ReadOnlyObjectProperty<Overlay> overlay() {
    return overlay.getReadOnlyProperty();
  }

  /** One line naming the run shown. */
  public ReadOnlyStringProperty heading() {
    return heading.getReadOnlyProperty();
  }

  /** The first bottleneck and why, one line; empty before a run ends. */
  public ReadOnlyStringProperty bottleneck() {
    return bottleneck.getReadOnlyProperty();
  }

  /** The plot width of a chart in pixels: each line keeps at most this many points. */
  public IntegerProperty chartWidth() {
    return chartWidth;
  }
}
