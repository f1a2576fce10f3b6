package io.scalelab.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.ScalelabApp;
import io.scalelab.app.gui.run.RecordingDialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The apply dialog driven with the mouse on the terraform_data fixture, with the real terraform.
 */
@ExtendWith(ApplicationExtension.class)
class ApplyUiTest {

  @TempDir static Path tmp;

  private ApplyViewModel vm;
  private Path root;

  @Start
  void start(Stage stage) throws Exception {
    root = tmp.resolve("export");
    vm =
        new ApplyViewModel(
            new SimpleObjectProperty<>(Optional.of(root)),
            new RecordingDialogs(),
            () -> {
              try {
                return ApplyViewModelTest.testOptions(tmp);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            Platform::runLater);
    Scene scene = new Scene(new ApplyView(vm, stage::hide), 980, 720);
    scene.getStylesheets().add(ScalelabApp.stylesheet());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void thePlanIsShownAndAppliedOnlyWhenApplyIsPressed(FxRobot robot) throws Exception {
    ApplyViewModelTest.assumeTerraform();
    ApplyViewModelTest.copyFixture(root);

    robot.clickOn("#apply-start");
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.state().get() == ApplyState.ASKING);
    WaitForAsyncUtils.waitForFxEvents();
    Button approve = robot.lookup("#apply-approve").queryButton();
    assertThat(approve.isVisible()).isTrue();
    assertThat(approve.isDefaultButton()).isFalse();
    assertThat(ApplyViewModelTest.resourcesInState(root)).isEmpty();
    Snapshots.write(robot, approve.getScene(), "apply-question");

    robot.clickOn("#apply-approve");
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.state().get().active());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#apply-status").queryAs(Label.class).getText()).startsWith("Applied");
    assertThat(robot.lookup("#apply-question").query().isVisible()).isFalse();
    assertThat(ApplyViewModelTest.resourcesInState(root)).hasSize(2);
    Snapshots.write(robot, approve.getScene(), "apply-done");
  }
}
