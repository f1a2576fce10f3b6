package io.scalelab.app.gui.presets;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.phases.Extra;
import io.scalelab.phases.Presets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gallery as a user meets it: click an optional preset in the list and read its narrative. */
@ExtendWith(ApplicationExtension.class)
class PresetGalleryUiTest {

  private final PresetGalleryViewModel vm = new PresetGalleryViewModel();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new PresetGalleryView(vm), 820, 520));
    stage.show();
  }

  @Test
  void clickingAnOptionalPresetSelectsItAndShowsItsNarrativeAndFault(FxRobot robot) {
    robot.clickOn("Optional · Active-passive disaster recovery");

    assertThat(vm.selected().get()).isEqualTo(new GalleryEntry.ExtraEntry(Extra.DISASTER_RECOVERY));
    String narrative = Presets.design(Extra.DISASTER_RECOVERY).description().strip();
    assertThat(robot.lookup((Label l) -> l.getText().equals(narrative)).tryQuery()).isPresent();
    assertThat(robot.lookup((Label l) -> l.getText().equals("Its characteristic fault")).tryQuery())
        .isPresent();
    assertThat(robot.lookup((Label l) -> l.getText().startsWith("What phase")).tryQuery())
        .isEmpty();
  }
}
