package io.scalelab.app.gui.export;

import io.scalelab.app.gui.ScalelabApp;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The apply dialog's window, made on first use and kept: closing it hides it while an apply goes
 * on, and a plan waiting for an answer brings it back to the front. Not modal, so the design can be
 * read while Terraform works.
 */
public final class ApplyDialog {

  /** The window's size at first opening, in pixels. */
  static final double WIDTH = 980;

  static final double HEIGHT = 720;

  private final ApplyViewModel vm;
  private Optional<Stage> stage = Optional.empty();
  private Optional<Window> owner = Optional.empty();

  public ApplyDialog(ApplyViewModel vm) {
    this.vm = vm;
    vm.state()
        .addListener(
            (obs, was, now) -> {
              if (now == ApplyState.ASKING) {
                owner.ifPresent(this::show);
              }
            });
  }

  /** Shows the dialog over {@code owner}. */
  public void show(Window window) {
    owner = Optional.of(window);
    Stage s = stage.orElseGet(() -> build(window));
    stage = Optional.of(s);
    s.show();
    s.toFront();
  }

  private Stage build(Window window) {
    Stage s = new Stage();
    s.initOwner(window);
    s.setTitle("Apply — ScaleLab");
    Scene scene = new Scene(new ApplyView(vm, s::hide), WIDTH, HEIGHT);
    scene.getStylesheets().add(ScalelabApp.stylesheet());
    s.setScene(scene);
    return s;
  }
}
