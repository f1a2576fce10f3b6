package io.scalelab.app.gui.presets;

import io.scalelab.phases.Phase;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The phase picker: the phases on the left; the selected one's users, narrative, what it fixes,
 * what breaks next and what the next phase changes on the right.
 */
public final class PresetGalleryView extends BorderPane {

  /** Width the narrative wraps at. */
  private static final double TEXT_WIDTH = 520;

  private final PresetGalleryViewModel vm;
  private final VBox details = new VBox(8);

  public PresetGalleryView(PresetGalleryViewModel vm) {
    this.vm = vm;
    ListView<Phase> list = new ListView<>();
    list.getItems().setAll(vm.phases());
    list.setPrefWidth(230);
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Phase p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : PresetGalleryViewModel.title(p));
              }
            });
    list.getSelectionModel().select(vm.selected().get());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> vm.selected().set(now));
    vm.selected().addListener((obs, old, now) -> show(now));
    details.setPadding(new Insets(4, 12, 4, 16));
    ScrollPane scroll = new ScrollPane(details);
    scroll.setFitToWidth(true);
    scroll.setPrefSize(TEXT_WIDTH + 40, 440);
    setLeft(list);
    setCenter(scroll);
    show(vm.selected().get());
  }

  /** Shows the picker as a dialog; the phase to open, or empty when cancelled. */
  public static Optional<Phase> pick(Window owner, PresetGalleryViewModel vm) {
    Dialog<Phase> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle("Open a phase preset");
    d.getDialogPane().setContent(new PresetGalleryView(vm));
    ButtonType open = new ButtonType("Open", ButtonType.OK.getButtonData());
    d.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
    d.setResultConverter(b -> b == open ? vm.selected().get() : null);
    return d.showAndWait();
  }

  private void show(Phase p) {
    details.getChildren().clear();
    if (p == null) {
      return;
    }
    Label title = new Label(PresetGalleryViewModel.title(p));
    title.getStyleClass().add("inspector-title");
    details
        .getChildren()
        .addAll(
            title,
            wrap(PresetGalleryViewModel.users(p)),
            heading("The design"),
            wrap(PresetGalleryViewModel.description(p)),
            heading("What it fixes"),
            wrap(p.fixes()),
            heading("What breaks next"),
            wrap(p.breaksNext()));
    PresetGalleryViewModel.nextChanges(p)
        .ifPresent(
            diff -> {
              details.getChildren().add(heading("What phase " + (p.number() + 1) + " changes"));
              diff.lines().forEach(line -> details.getChildren().add(wrap(line)));
            });
  }

  private static Label heading(String s) {
    Label l = new Label(s);
    l.setStyle("-fx-font-weight: bold;");
    l.setPadding(new Insets(6, 0, 0, 0));
    return l;
  }

  private static Label wrap(String s) {
    Label l = new Label(s);
    l.setWrapText(true);
    l.setMaxWidth(TEXT_WIDTH);
    return l;
  }
}
