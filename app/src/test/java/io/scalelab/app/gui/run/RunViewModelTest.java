package io.scalelab.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.SimulationResult;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunViewModelTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private Design design;
  private SimpleObjectProperty<Design> current;
  private RecordingDialogs dialogs;
  private RunViewModel vm;

  @BeforeAll
  static void toolkit() throws Exception {
    FxThread.start();
  }

  @BeforeEach
  void panel() throws Exception {
    design = Designs.load(Path.of("../examples/minimal.yaml"));
    dialogs = new RecordingDialogs();
    vm =
        FxThread.call(
            () -> {
              current = new SimpleObjectProperty<>(design);
              return new RunViewModel(
                  current, dialogs, new Pricing(PriceCatalogue::snapshot), Platform::runLater);
            });
  }

  private void shortRun(long users, String duration, String warmup, String replications)
      throws Exception {
    FxThread.run(
        () -> {
          vm.settings().users().text().set(Long.toString(users));
          vm.settings().duration().text().set(duration);
          vm.settings().warmup().text().set(warmup);
          vm.settings().seed().text().set("11");
          vm.settings().replications().text().set(replications);
        });
  }

  @Test
  void aRunAddsTheSimulationsOwnFiguresAndItsCostToTheHistory() throws Exception {
    shortRun(500, "30s", "5s", "2");
    FxThread.run(vm::run);
    FxThread.await(() -> !vm.running().get(), WAIT);

    assertThat(FxThread.call(() -> vm.history().size())).isEqualTo(1);
    CompletedRun run = FxThread.call(() -> vm.history().get(0));
    assertThat(FxThread.call(() -> vm.progress().get())).isEqualTo(1.0);
    assertThat(FxThread.call(() -> vm.status().get())).startsWith("Run 1 done");

    // The same run made directly, and priced as `scalelab simulate` prices it.
    SimulationOptions options =
        SimulationOptions.defaults()
            .withDuration(Duration.ofSeconds(30), Duration.ofSeconds(5))
            .withSeed(11)
            .withReplications(2, 2)
            .withUsers(500)
            .withResolution(Duration.ofSeconds(1));
    SimulationResult direct = Simulator.run(design, options);
    Design priced = design.withWorkload(design.workload().withUsers(500));
    var cost =
        CostModel.estimate(priced, direct, PriceCatalogue.snapshot(), PurchaseOption.ON_DEMAND);
    assertThat(run.result()).isEqualTo(direct.withCost(cost));
    assertThat(run.design().workload().users()).isEqualTo(500);
  }

  @Test
  void cancelStopsALongRunWithinSecondsAndKeepsNoResult() throws Exception {
    // Simulated hours at a million users: minutes of wall time if it were not cancelled.
    shortRun(1_000_000, "10h", "1m", "2");
    FxThread.run(vm::run);
    FxThread.await(() -> vm.progress().get() > 0, WAIT);
    FxThread.run(vm::cancel);
    FxThread.await(() -> !vm.running().get(), Duration.ofSeconds(10));

    assertThat(FxThread.call(() -> vm.status().get())).isEqualTo("Run 1 cancelled");
    assertThat(FxThread.call(() -> vm.history().isEmpty())).isTrue();
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void usersTextThatDoesNotReadSaysWhyAndRunRefusesToStart() throws Exception {
    FxThread.run(() -> vm.settings().users().text().set("lots"));
    assertThat(FxThread.call(() -> vm.settings().users().error().get()))
        .isEqualTo("users: 'lots' is not a whole number; expected 1 to 10000000");

    FxThread.run(() -> vm.settings().users().text().set("20000000"));
    assertThat(FxThread.call(() -> vm.settings().users().error().get()))
        .isEqualTo("users: found 20000000; expected 1 to 10,000,000");

    FxThread.run(vm::run);
    assertThat(FxThread.call(() -> vm.running().get())).isFalse();
    assertThat(FxThread.call(() -> vm.status().get()))
        .isEqualTo("Cannot run: users: found 20000000; expected 1 to 10,000,000");
  }

  @Test
  void sliderAndFieldFollowEachOtherOnALogScale() throws Exception {
    FxThread.run(() -> vm.settings().usersPosition().set(5));
    assertThat(FxThread.call(() -> vm.settings().users().text().get())).isEqualTo("100,000");

    FxThread.run(() -> vm.settings().users().text().set("2500"));
    assertThat(FxThread.call(() -> vm.settings().usersPosition().get()))
        .isEqualTo(Math.log10(2500));
    // The field's text is the user's, not rewritten by the slider it moved.
    assertThat(FxThread.call(() -> vm.settings().users().text().get())).isEqualTo("2500");
  }

  @Test
  void aWarmUpAsLongAsTheRunIsRefused() throws Exception {
    shortRun(100, "1m", "1m", "1");
    FxThread.run(vm::run);
    assertThat(FxThread.call(() -> vm.status().get()))
        .isEqualTo("Cannot run: warm-up: 1m must be shorter than the duration 1m");
  }

  @Test
  void theFaultTimelineRunsWithTheRunAndReportsBadRows() throws Exception {
    FaultEntry outage = FxThread.call(() -> vm.faults().add(FaultType.REGION_OUTAGE));
    assertThat(FxThread.call(() -> outage.target().get())).isEqualTo("us-east-1");

    FxThread.run(() -> outage.at().set("soon"));
    assertThat(FxThread.call(() -> vm.faults().problems().get()))
        .startsWith("fault 1: start: 'soon' is not a duration");

    FxThread.run(
        () -> {
          outage.at().set("10s");
          outage.duration().set("5s");
        });
    assertThat(FxThread.call(() -> vm.faults().problems().get())).isEmpty();
    shortRun(100, "30s", "0s", "1");
    FxThread.run(vm::run);
    FxThread.await(() -> !vm.running().get(), WAIT);

    SimulationResult r = FxThread.call(() -> vm.history().get(0).result());
    assertThat(r.faults()).hasSize(1);
    assertThat(r.faults().get(0).type()).isEqualTo("region-outage");
    assertThat(r.faults().get(0).failedRequests()).isGreaterThan(0);
    // The design itself keeps its own (empty) timeline.
    assertThat(FxThread.call(() -> current.get().faults())).isEmpty();
  }

  @Test
  void aTimelineTheDesignChecksRefuseFailsTheRunWithAMessageAndADialog() throws Exception {
    FaultEntry crash = FxThread.call(() -> vm.faults().add(FaultType.INSTANCE_CRASH));
    FxThread.run(() -> crash.target().set("users"));
    assertThat(FxThread.call(() -> vm.faults().problems().get()))
        .startsWith("fault 1: component: found 'users'");

    shortRun(100, "30s", "0s", "1");
    FxThread.run(vm::run);
    FxThread.await(() -> !vm.running().get(), WAIT);

    assertThat(FxThread.call(() -> vm.status().get())).startsWith("Run 1 failed: ");
    assertThat(dialogs.errors).hasSize(1);
    assertThat(dialogs.errors.get(0)).contains("faults[0].component");
  }
}
