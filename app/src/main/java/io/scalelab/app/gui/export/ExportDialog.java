package io.scalelab.app.gui.export;

import io.scalelab.app.gui.ScalelabApp;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The export dialog's window, made on first use and kept, so the choices and the last preview are
 * still there the next time it opens. Modal: the design cannot change under a preview.
 */
public final class ExportDialog {

  /** The window's size at first opening, in pixels. */
  static final double WIDTH = 1040;

  static final double HEIGHT = 720;

  private final ExportViewModel vm;
  private Optional<Stage> stage = Optional.empty();

  public ExportDialog(ExportViewModel vm) {
    this.vm = vm;
  }

  /** Shows the dialog over {@code owner}. */
  public void show(Window owner) {
    Stage s = stage.orElseGet(() -> build(owner));
    stage = Optional.of(s);
    s.show();
    s.toFront();
  }

  private Stage build(Window owner) {
    Stage s = new Stage();
    s.initOwner(owner);
    s.initModality(Modality.WINDOW_MODAL);
    s.setTitle("Export — ScaleLab");
    Scene scene = new Scene(new ExportView(vm, s::hide), WIDTH, HEIGHT);
    scene.getStylesheets().add(ScalelabApp.stylesheet());
    s.setScene(scene);
    return s;
  }
}
