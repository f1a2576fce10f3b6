package io.scalelab.app.gui.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.run.CompletedRun;
import io.scalelab.app.gui.run.FxThread;
import io.scalelab.app.gui.run.Pricing;
import io.scalelab.app.gui.run.RecordingDialogs;
import io.scalelab.app.gui.run.RunViewModel;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.CostReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CostViewModelTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private String yaml;
  private SimpleObjectProperty<Design> design;
  private RunViewModel run;
  private CostViewModel cost;

  @BeforeAll
  static void toolkit() throws Exception {
    FxThread.start();
  }

  @BeforeEach
  void panels() throws Exception {
    yaml = Files.readString(Path.of("../examples/minimal.yaml"));
    Design first = Designs.parse(yaml, "minimal.yaml", false);
    FxThread.run(
        () -> {
          design = new SimpleObjectProperty<>(first);
          Pricing pricing = new Pricing(PriceCatalogue::snapshot);
          run = new RunViewModel(design, new RecordingDialogs(), pricing, Platform::runLater);
          cost =
              new CostViewModel(
                  run, pricing, Platform::runLater, Executors.newSingleThreadExecutor());
          run.settings().users().text().set("2000");
          run.settings().duration().text().set("40s");
          run.settings().warmup().text().set("5s");
          run.settings().replications().text().set("1");
        });
  }

  private CompletedRun runToTheEnd() throws Exception {
    int before = FxThread.call(() -> run.history().size());
    FxThread.run(run::run);
    FxThread.await(() -> !run.running().get(), WAIT);
    assertThat(FxThread.call(() -> run.history().size())).isEqualTo(before + 1);
    return FxThread.call(() -> run.history().get(run.history().size() - 1));
  }

  @Test
  void whatIfDeltasAreTheDifferenceOfTheTwoRunsReports() throws Exception {
    CompletedRun two = runToTheEnd();
    assertThat(FxThread.call(() -> cost.whatIf())).isEmpty();
    Design more =
        Designs.parse(yaml.replace("instances: 2", "instances: 3"), "minimal.yaml", false);
    FxThread.run(() -> design.set(more));
    CompletedRun three = runToTheEnd();

    CostReport a = two.result().cost().orElseThrow();
    CostReport b = three.result().cost().orElseThrow();
    WhatIf w = FxThread.call(() -> cost.whatIf()).orElseThrow();
    assertThat(w.changes()).containsExactly("+1 instance on api");
    assertThat(w.monthlyUsdDelta()).isEqualTo(b.monthlyUsd() - a.monthlyUsd());
    assertThat(w.monthlyUsdDelta()).isPositive();
    assertThat(w.p99MsDelta())
        .isEqualTo(
            three.result().endToEnd().latencyMs().p99()
                - two.result().endToEnd().latencyMs().p99());
    assertThat(FxThread.call(() -> cost.whatIfText().get()))
        .startsWith(
            String.format(
                java.util.Locale.ROOT,
                "Run 2 vs run 1: +1 instance on api costs $%,.2f/month more and ",
                b.monthlyUsd() - a.monthlyUsd()));
    assertThat(FxThread.call(() -> cost.total().get()))
        .isEqualTo(String.format(java.util.Locale.ROOT, "$%,.2f a month", b.monthlyUsd()));
    assertThat(FxThread.call(() -> cost.byComponent()))
        .extracting(CostItem::name)
        .containsExactlyElementsOf(b.byComponent().keySet());
  }

  @Test
  void anotherPurchaseOptionPricesTheRunAgainAsTheCostModelDoes() throws Exception {
    CompletedRun r = runToTheEnd();
    double onDemand = r.result().cost().orElseThrow().monthlyUsd();

    FxThread.run(() -> cost.purchase().set(PurchaseOption.SAVINGS_3Y));
    FxThread.await(
        () -> cost.report().map(c -> c.purchase().equals("savings-3y")).orElse(false), WAIT);

    CostReport expected =
        CostModel.estimate(
            r.design(), r.result(), PriceCatalogue.snapshot(), PurchaseOption.SAVINGS_3Y);
    CostReport shown = FxThread.call(() -> cost.report()).orElseThrow();
    assertThat(shown.monthlyUsd()).isEqualTo(expected.monthlyUsd()).isLessThan(onDemand);
    assertThat(FxThread.call(() -> cost.byKind()))
        .extracting(CostItem::monthlyUsd)
        .containsExactlyElementsOf(expected.byKind().values());
  }
}
