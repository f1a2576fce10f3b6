package io.scalelab.app.gui.cost;

import io.scalelab.app.gui.run.CompletedRun;
import io.scalelab.app.gui.run.Pricing;
import io.scalelab.app.gui.run.RunViewModel;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.CostReport;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;

/**
 * The cost panel's state: the latest run's monthly cost (total, by component, by kind, per 1M
 * requests, per monthly user) at the chosen purchase option, and the what-if against the run
 * before. Changing the purchase option prices both runs again on a worker thread (the simulation is
 * not rerun). FX thread only.
 */
public final class CostViewModel {

  private final RunViewModel run;
  private final Pricing pricing;
  private final Executor ui;
  private final Executor worker;
  private final Map<Integer, CostReport> reports = new HashMap<>();
  private Optional<CompletedRun> latest = Optional.empty();
  private Optional<CompletedRun> previous = Optional.empty();
  private Optional<WhatIf> whatIf = Optional.empty();

  private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "—");
  private final ReadOnlyStringWrapper perMillion =
      new ReadOnlyStringWrapper(this, "perMillion", "");
  private final ReadOnlyStringWrapper perUser = new ReadOnlyStringWrapper(this, "perUser", "");
  private final ReadOnlyStringWrapper note =
      new ReadOnlyStringWrapper(this, "note", "Run the design to see what it costs");
  private final ReadOnlyStringWrapper whatIfText =
      new ReadOnlyStringWrapper(this, "whatIf", "Run twice to compare: change the design between");
  private final ObservableList<CostItem> byComponent = FXCollections.observableArrayList();
  private final ObservableList<CostItem> byKind = FXCollections.observableArrayList();
  private final ObservableList<String> changes = FXCollections.observableArrayList();
  private final ObservableList<PieChart.Data> kindSlices = FXCollections.observableArrayList();
  private final ObservableList<XYChart.Series<String, Number>> componentBars =
      FXCollections.observableArrayList();

  /** The cost of {@code run}'s runs, priced again with {@code pricing} on a change of option. */
  public CostViewModel(RunViewModel run, Pricing pricing, Executor ui, Executor worker) {
    this.run = run;
    this.pricing = pricing;
    this.ui = ui;
    this.worker = worker;
    run.history()
        .addListener(
            (ListChangeListener<CompletedRun>)
                c -> {
                  while (c.next()) {
                    if (c.wasAdded()) {
                      added(c.getList());
                    }
                  }
                });
    run.settings().purchase().addListener((obs, was, now) -> reprice());
  }

  /** On the FX thread, pricing on a daemon worker. */
  public CostViewModel(RunViewModel run, Pricing pricing) {
    this(
        run,
        pricing,
        Platform::runLater,
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "scalelab-pricing");
              t.setDaemon(true);
              return t;
            }));
  }

  private void added(List<? extends CompletedRun> history) {
    latest = Optional.of(history.get(history.size() - 1));
    previous = history.size() > 1 ? Optional.of(history.get(history.size() - 2)) : Optional.empty();
    for (CompletedRun r : history.subList(Math.max(0, history.size() - 2), history.size())) {
      r.result().cost().ifPresent(c -> reports.putIfAbsent(r.number(), c));
    }
    boolean stale =
        latest.stream().anyMatch(this::stale) || previous.stream().anyMatch(this::stale);
    if (stale) {
      reprice();
    } else {
      show();
    }
  }

  private boolean stale(CompletedRun r) {
    CostReport c = reports.get(r.number());
    return c == null || !c.purchase().equals(run.settings().purchase().get().key());
  }

  /** Prices the latest two runs at the chosen option, off the FX thread. */
  private void reprice() {
    PurchaseOption option = run.settings().purchase().get();
    List<CompletedRun> runs =
        java.util.stream.Stream.concat(previous.stream(), latest.stream()).toList();
    if (runs.isEmpty()) {
      return;
    }
    note.set("Pricing as " + option.key() + "…");
    worker.execute(
        () -> {
          Map<Integer, CostReport> priced = new HashMap<>();
          String problem = "";
          for (CompletedRun r : runs) {
            try {
              priced.put(r.number(), pricing.price(r.design(), r.result(), option));
            } catch (PriceException e) {
              problem = "Not priced: " + e.getMessage();
            }
          }
          String p = problem;
          ui.execute(
              () -> {
                reports.putAll(priced);
                show();
                if (!p.isEmpty()) {
                  note.set(p);
                }
              });
        });
  }

  private void show() {
    Optional<CostReport> report = latest.map(r -> reports.get(r.number()));
    if (report.isEmpty()) {
      return;
    }
    CostReport c = report.get();
    total.set(String.format(Locale.ROOT, "$%,.2f a month", c.monthlyUsd()));
    perMillion.set(String.format(Locale.ROOT, "$%,.4f per 1M requests", c.perMillionRequestsUsd()));
    perUser.set(String.format(Locale.ROOT, "$%,.4f per monthly user", c.perMonthlyUserUsd()));
    note.set(
        String.format(
            Locale.ROOT,
            "%s; AWS prices of %s (%s)%s",
            c.purchaseLabel(),
            c.catalogueDate(),
            c.catalogue(),
            c.unpriced().isEmpty()
                ? ""
                : "; " + c.unpriced().size() + " charge(s) without a price left out"));
    byComponent.setAll(items(c.byComponent(), c.monthlyUsd()));
    byKind.setAll(items(c.byKind(), c.monthlyUsd()));
    kindSlices.setAll(
        byKind.stream()
            .filter(i -> i.monthlyUsd() > 0)
            .map(i -> new PieChart.Data(i.name(), i.monthlyUsd()))
            .toList());
    XYChart.Series<String, Number> bars = new XYChart.Series<>();
    bars.setName("US$ a month");
    byComponent.stream()
        .filter(i -> i.monthlyUsd() > 0)
        .forEach(i -> bars.getData().add(new XYChart.Data<>(i.name(), i.monthlyUsd())));
    componentBars.setAll(List.of(bars));
    compare(c);
  }

  private void compare(CostReport now) {
    whatIf = Optional.empty();
    changes.clear();
    if (previous.isEmpty() || !reports.containsKey(previous.get().number())) {
      return;
    }
    CompletedRun before = previous.get();
    CompletedRun after = latest.orElseThrow();
    WhatIf w =
        new WhatIf(
            before.number(),
            after.number(),
            DesignDiff.between(before.design(), after.design()),
            now.monthlyUsd() - reports.get(before.number()).monthlyUsd(),
            after.result().endToEnd().latencyMs().p99()
                - before.result().endToEnd().latencyMs().p99());
    whatIf = Optional.of(w);
    changes.setAll(w.changes());
    whatIfText.set(w.sentence());
  }

  private static List<CostItem> items(Map<String, Double> usd, double total) {
    return usd.entrySet().stream()
        .map(e -> new CostItem(e.getKey(), e.getValue(), total > 0 ? e.getValue() / total : 0))
        .toList();
  }

  /** The purchase option runs are priced at (shared with the run panel). */
  public ObjectProperty<PurchaseOption> purchase() {
    return run.settings().purchase();
  }

  /** The latest run's report at the chosen option, once priced. */
  public Optional<CostReport> report() {
    return latest.map(r -> reports.get(r.number()));
  }

  /** The latest run against the one before, once both are priced. */
  public Optional<WhatIf> whatIf() {
    return whatIf;
  }

  /** Monthly total, e.g. {@code $1,234.56 a month}. */
  public ReadOnlyStringProperty total() {
    return total.getReadOnlyProperty();
  }

  /** Total per million user requests. */
  public ReadOnlyStringProperty perMillion() {
    return perMillion.getReadOnlyProperty();
  }

  /** Total per monthly active user. */
  public ReadOnlyStringProperty perUser() {
    return perUser.getReadOnlyProperty();
  }

  /** How the figures were priced, or why they were not. */
  public ReadOnlyStringProperty note() {
    return note.getReadOnlyProperty();
  }

  /** The what-if sentence. */
  public ReadOnlyStringProperty whatIfText() {
    return whatIfText.getReadOnlyProperty();
  }

  /** What changed in the design between the two runs compared. */
  public ObservableList<String> changes() {
    return changes;
  }

  /** Monthly cost per component id, in design order. */
  public ObservableList<CostItem> byComponent() {
    return byComponent;
  }

  /** Monthly cost per cost kind. */
  public ObservableList<CostItem> byKind() {
    return byKind;
  }

  /** The pie chart's slices: cost kinds with a cost. */
  public ObservableList<PieChart.Data> kindSlices() {
    return kindSlices;
  }

  /** The bar chart's data: components with a cost. */
  public ObservableList<XYChart.Series<String, Number>> componentBars() {
    return componentBars;
  }
}
