package io.scalelab.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.Overlay;
import io.scalelab.app.gui.cost.CostView;
import io.scalelab.app.gui.cost.CostViewModel;
import io.scalelab.app.gui.results.ComponentRow;
import io.scalelab.app.gui.results.ResultsView;
import io.scalelab.app.gui.results.ResultsViewModel;
import io.scalelab.model.Design;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.result.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The run, results and cost panels on the phase 3 preset, driven as a user drives them. */
@ExtendWith(ApplicationExtension.class)
class RunPanelsUiTest {

  private RunViewModel run;
  private ResultsViewModel results;
  private CostViewModel cost;
  private TabPane tabs;

  @Start
  void start(Stage stage) {
    SimpleObjectProperty<Design> design =
        new SimpleObjectProperty<>(Presets.design(Phase.PERFORMANCE));
    Pricing pricing = new Pricing(PriceCatalogue::snapshot);
    run = new RunViewModel(design, new RecordingDialogs(), pricing, Platform::runLater);
    results = new ResultsViewModel(run);
    cost = new CostViewModel(run, pricing);
    tabs =
        new TabPane(
            new Tab("Run", new RunView(run)),
            new Tab("Results", new ResultsView(results)),
            new Tab("Cost", new CostView(cost)));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    stage.setScene(new Scene(tabs, 1280, 860));
    stage.show();
  }

  @Test
  void runningPhaseThreeFillsTheTableAndBadgesItsFirstBottleneck(FxRobot robot) throws Exception {
    robot.doubleClickOn("#users-field").write("20000");
    robot.doubleClickOn("#duration-field").write("40s");
    robot.doubleClickOn("#warmup-field").write("10s");
    robot.doubleClickOn("#replications-field").write("2");
    assertThat(robot.lookup("#users-field-error").queryAs(Label.class).isVisible()).isFalse();

    robot.clickOn("#run-button");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !run.running().get());

    assertThat(robot.lookup("#run-progress").queryAs(ProgressBar.class).getProgress())
        .isEqualTo(1.0);
    assertThat(robot.lookup("#run-status").queryAs(Label.class).getText()).startsWith("Run 1 done");
    SimulationResult r = run.history().get(0).result();

    robot.clickOn("Results");
    @SuppressWarnings("unchecked")
    TableView<ComponentRow> table = robot.lookup("#components-table").queryAs(TableView.class);
    assertThat(table.getItems())
        .extracting(ComponentRow::id)
        .containsExactlyElementsOf(r.components().keySet());
    Overlay overlay = results.overlay().get();
    assertThat(overlay.bottleneck()).contains(r.bottlenecks().get(0).component());
    assertThat(robot.lookup("#results-bottleneck").queryAs(Label.class).getText())
        .isEqualTo("Bottleneck: " + r.bottlenecks().get(0).reason());
    snapshot(robot, "results");

    robot.clickOn("Cost");
    assertThat(robot.lookup("#cost-total").queryAs(Label.class).getText())
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT, "$%,.2f a month", r.cost().orElseThrow().monthlyUsd()));
    snapshot(robot, "cost");
    robot.interact(() -> tabs.getSelectionModel().select(0));
    snapshot(robot, "run");
  }

  @Test
  void typedUsersThatDoNotReadShowTheirMessageBesideTheField(FxRobot robot) {
    robot.doubleClickOn("#users-field").write("many");

    Label error = robot.lookup("#users-field-error").queryAs(Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).startsWith("users: 'many' is not a whole number");
    robot.clickOn("#run-button");
    assertThat(run.running().get()).isFalse();
  }

  @Test
  void aFaultAddedFromTheMenuIsShownAsARow(FxRobot robot) {
    robot.clickOn("#add-fault").clickOn("region outage");

    assertThat(run.faults().entries()).hasSize(1);
    assertThat(run.faults().entries().get(0).target().get()).isEqualTo("ap-south-1");
  }

  /** Writes the window to {@code target/ui/NAME.png}, for a person to look at. */
  private void snapshot(FxRobot robot, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    List<WritableImage> image = new ArrayList<>();
    robot.interact(() -> image.add(tabs.getScene().snapshot(null)));
    Path dir = Path.of("target", "ui");
    Files.createDirectories(dir);
    WritableImage img = image.get(0);
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    java.awt.image.BufferedImage out =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
  }
}
