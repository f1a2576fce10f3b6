package io.scalelab.app.gui.presets;

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
 * The preset gallery: the phases and then the optional presets on the left; the selected one's
 * users, narrative, what it fixes and what breaks next (a phase) or what it shows (an optional
 * preset), and what the next phase changes, on the right.
 */
public final class PresetGalleryView extends BorderPane {

  /** Width the narrative wraps at. */
  private static final double TEXT_WIDTH = 520;

  private final PresetGalleryViewModel vm;
  private final VBox details = new VBox(8);

  public PresetGalleryView(PresetGalleryViewModel vm) {
    this.vm = vm;
    ListView<GalleryEntry> list = new ListView<>();
    list.getItems().setAll(vm.entries());
    // Wide enough for the longest title, "Optional · Active-passive disaster recovery".
    list.setPrefWidth(300);
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(GalleryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title());
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

  /** Shows the gallery as a dialog; the preset to open, or empty when cancelled. */
  public static Optional<GalleryEntry> pick(Window owner, PresetGalleryViewModel vm) {
    Dialog<GalleryEntry> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle("Open a preset");
    d.getDialogPane().setContent(new PresetGalleryView(vm));
    ButtonType open = new ButtonType("Open", ButtonType.OK.getButtonData());
    d.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
    d.setResultConverter(b -> b == open ? vm.selected().get() : null);
    return d.showAndWait();
  }

  private void show(GalleryEntry e) {
    details.getChildren().clear();
    if (e == null) {
      return;
    }
    Label title = new Label(e.title());
    title.getStyleClass().add("inspector-title");
    details
        .getChildren()
        .addAll(title, wrap(e.users()), heading("The design"), wrap(e.description()));
    for (GalleryEntry.Section section : e.sections()) {
      details.getChildren().addAll(heading(section.heading()), wrap(section.text()));
    }
    if (e instanceof GalleryEntry.PhaseEntry p) {
      PresetGalleryViewModel.nextChanges(p.phase())
          .ifPresent(
              diff -> {
                details
                    .getChildren()
                    .add(heading("What phase " + (p.phase().number() + 1) + " changes"));
                diff.lines().forEach(line -> details.getChildren().add(wrap(line)));
              });
    }
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
