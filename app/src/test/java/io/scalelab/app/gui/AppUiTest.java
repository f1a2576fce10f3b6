package io.scalelab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.app.gui.results.ComponentRow;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import io.scalelab.simulation.result.SimulationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as a user meets it: open phase 3, run it with Ctrl+R, read the results table and
 * see the first bottleneck badged on its node in the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class AppUiTest {

  @TempDir static Path tmp;

  private ScalelabApp.Assembly app;

  @Start
  void start(Stage stage) {
    GuiStart what = new GuiStart(Presets.design(Phase.PERFORMANCE), List.of(), Optional.empty());
    app =
        ScalelabApp.assemble(
            what, new ScriptedDialogs(), new RecentFiles(tmp.resolve("recent.json")));
    stage.setScene(new Scene(app.window(), 1400, 900));
    stage.show();
    app.window().canvas().fit();
  }

  @Test
  void runningPhaseThreeFillsTheResultsAndBadgesTheBottleneckOnTheCanvas(FxRobot robot)
      throws Exception {
    robot.clickOn("Run");
    // A small, short run keeps the suite fast; the figures are the simulation's own.
    robot.doubleClickOn("#users-field").write("20000");
    robot.doubleClickOn("#duration-field").write("40s");
    robot.doubleClickOn("#warmup-field").write("10s");
    robot.doubleClickOn("#replications-field").write("2");
    assertThat(robot.lookup(".node-badge").tryQuery()).isEmpty();

    robot
        .clickOn("#node-cdn")
        .press(KeyCode.CONTROL, KeyCode.R)
        .release(KeyCode.R, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(
        90, TimeUnit.SECONDS, () -> app.run().history().size() == 1 && !app.run().running().get());
    WaitForAsyncUtils.waitForFxEvents();

    SimulationResult r = app.run().history().get(0).result();
    @SuppressWarnings("unchecked")
    TableView<ComponentRow> table = robot.lookup("#components-table").queryAs(TableView.class);
    assertThat(table.getItems())
        .extracting(ComponentRow::id)
        .containsExactlyElementsOf(r.components().keySet());
    String first = r.bottlenecks().get(0).component();
    Node badge = robot.lookup("#badge-" + first).query();
    assertThat(badge.isVisible()).isTrue();
    assertThat(robot.lookup(".node-badge").queryAll()).hasSize(1);
    assertThat(app.model().overlay().get().bottleneck()).contains(first);
  }
}
