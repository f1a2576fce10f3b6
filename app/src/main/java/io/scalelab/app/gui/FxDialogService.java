package io.scalelab.app.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs as JavaFX windows, owned by the main window. */
public final class FxDialogService implements DialogService {

  private final Window owner;

  public FxDialogService(Window owner) {
    this.owner = owner;
  }

  @Override
  public void showError(String title, String message) {
    alert(Alert.AlertType.ERROR, title, message).showAndWait();
  }

  @Override
  public void showInfo(String title, String message) {
    alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
  }

  @Override
  public boolean confirm(String title, String message) {
    return alert(Alert.AlertType.CONFIRMATION, title, message)
        .showAndWait()
        .filter(b -> b == ButtonType.OK)
        .isPresent();
  }

  @Override
  public UnsavedChoice askToSave(String documentName) {
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    Alert a =
        alert(
            Alert.AlertType.WARNING,
            "Unsaved changes",
            "Save the changes to " + documentName + " first? Without saving they are lost.");
    a.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
    Optional<ButtonType> b = a.showAndWait();
    if (b.filter(save::equals).isPresent()) {
      return UnsavedChoice.SAVE;
    }
    return b.filter(discard::equals).isPresent() ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
    FileChooser c = chooser(title, extensions);
    return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions) {
    FileChooser c = chooser(title, extensions);
    Path dir = suggested.toAbsolutePath().getParent();
    if (dir != null && dir.toFile().isDirectory()) {
      c.setInitialDirectory(dir.toFile());
    }
    c.setInitialFileName(suggested.getFileName().toString());
    return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFolder(String title, Optional<Path> initial) {
    DirectoryChooser c = new DirectoryChooser();
    c.setTitle(title);
    initial.filter(p -> p.toFile().isDirectory()).ifPresent(p -> c.setInitialDirectory(p.toFile()));
    return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    Alert a = new Alert(type);
    a.initOwner(owner);
    a.setTitle(title);
    a.setHeaderText(title);
    // A label that wraps, so long problem lists stay readable.
    Label content = new Label(message);
    content.setWrapText(true);
    content.setMaxWidth(620);
    a.getDialogPane().setContent(content);
    return a;
  }

  private static FileChooser chooser(String title, List<String> extensions) {
    FileChooser c = new FileChooser();
    c.setTitle(title);
    c.getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Design files (YAML, JSON)", extensions));
    return c;
  }
}
