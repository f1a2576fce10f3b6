package io.scalelab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.model.Design;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's real gestures, headless (Monocle): open phase 3, drag from the palette, connect. */
@ExtendWith(ApplicationExtension.class)
class EditorUiTest {

  @TempDir static Path tmp;

  private MainViewModel vm;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    GuiStart what = new GuiStart(Presets.design(Phase.PERFORMANCE), List.of(), Optional.empty());
    ScalelabApp.Assembly a =
        ScalelabApp.assemble(
            what, new ScriptedDialogs(), new RecentFiles(tmp.resolve("recent.json")));
    vm = a.model();
    window = a.window();
    stage.setScene(new Scene(window, 1200, 760));
    stage.show();
    window.canvas().fit();
  }

  @Test
  void thePhaseThreePresetShowsEveryComponentAsANode(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Design d = Presets.design(Phase.PERFORMANCE);
    for (var c : d.components()) {
      Node n = robot.lookup("#node-" + c.id()).query();
      assertThat(n.isVisible()).as(c.id()).isTrue();
      assertThat(
              window
                  .canvas()
                  .getLayoutBounds()
                  .intersects(window.canvas().sceneToLocal(n.localToScene(n.getBoundsInLocal()))))
          .as(c.id() + " inside the fitted canvas")
          .isTrue();
    }
  }

  @Test
  void aComponentDraggedFromThePaletteIsConnectedByItsHandleAndUndoRemovesIt(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Bounds canvas = window.canvas().localToScreen(window.canvas().getLayoutBounds());
    Point2D empty =
        new Point2D(
            canvas.getMinX() + canvas.getWidth() * 0.5,
            canvas.getMinY() + canvas.getHeight() * 0.88);

    robot.drag("#palette-queue").dropTo(empty);

    assertThat(vm.document().working().component("queue-1")).isPresent();
    Node queue = robot.lookup("#node-queue-1").query();
    assertThat(queue.isVisible()).isTrue();
    assertThat(vm.problems().get()).contains("'queue-1' is not reachable");

    robot.drag("#handle-service-b").dropTo("#node-queue-1");

    assertThat(vm.document().working().connections())
        .anyMatch(c -> c.from().equals("service-b") && c.to().equals("queue-1"));
    assertThat(vm.design().get().component("queue-1")).isPresent();

    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    assertThat(vm.document().working().connections()).noneMatch(c -> c.to().equals("queue-1"));
    robot.clickOn("#undo-button");
    assertThat(vm.document().working().component("queue-1")).isEmpty();
    assertThat(robot.lookup("#node-queue-1").tryQuery()).isEmpty();
    assertThat(vm.document().working()).isEqualTo(Presets.design(Phase.PERFORMANCE));
  }
}
