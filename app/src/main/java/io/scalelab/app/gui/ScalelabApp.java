package io.scalelab.app.gui;

import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.app.gui.inspector.SchemaFields;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the main view model and window for the design the {@code scalelab
 * gui} command chose. {@link io.scalelab.app.Main} stays the jar's entry point; it reaches this
 * class through {@link #launch(GuiStart)}.
 */
public final class ScalelabApp extends Application {

  /** The window's size at start, in pixels: a laptop screen less the task bar. */
  static final double WIDTH = 1440;

  static final double HEIGHT = 880;

  private static final String STYLESHEET = "scalelab.css";

  /** AtlantaFX's Primer light theme, in its jar. */
  static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";

  /** AtlantaFX's Primer dark theme, in its jar. */
  static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";

  private static volatile Optional<GuiStart> start = Optional.empty();

  /** Opens the window on {@code what} and returns when it is closed. */
  public static void launch(GuiStart what) {
    start = Optional.of(what);
    Application.launch(ScalelabApp.class);
  }

  @Override
  public void start(Stage stage) {
    GuiStart what =
        start.orElseThrow(() -> new IllegalStateException("launch(GuiStart) sets the design"));
    Assembly a = assemble(stage, what);
    Scene scene = new Scene(a.window(), WIDTH, HEIGHT);
    stage.setScene(scene);
    stage.titleProperty().bind(a.model().title());
    stage.setOnCloseRequest(
        e -> {
          if (!a.model().mayClose()) {
            e.consume();
          }
        });
    stage.show();
    a.window().canvas().fit();
  }

  /** The view model and window of a stage, wired together (tests build them the same way). */
  public record Assembly(MainViewModel model, MainWindow window) {}

  /** Builds the main window for {@code what} in {@code stage}, with the real dialogs. */
  public static Assembly assemble(Stage stage, GuiStart what) {
    return assemble(what, new FxDialogService(stage), new RecentFiles(RecentFiles.defaultStore()));
  }

  /** Builds the main window for {@code what} with the given dialogs and recent-files list. */
  public static Assembly assemble(GuiStart what, DialogService dialogs, RecentFiles recent) {
    MainViewModel vm = new MainViewModel(dialogs, recent, SchemaFields.load(), what.design());
    vm.document().reset(what.design(), what.problems(), what.file());
    MainWindow window = new MainWindow(vm);
    window.getStylesheets().add(stylesheet());
    applyTheme(vm.theme().get());
    vm.theme().addListener((obs, old, now) -> applyTheme(now));
    return new Assembly(vm, window);
  }

  /** ScaleLab's own stylesheet, on top of the theme. */
  public static String stylesheet() {
    return Objects.requireNonNull(ScalelabApp.class.getResource(STYLESHEET)).toExternalForm();
  }

  /**
   * Sets the AtlantaFX theme for the whole application. The stylesheets are used straight from the
   * jar: AtlantaFX 2.1's classes are compiled for Java 21 and cannot load on Java 17, its CSS can.
   */
  public static void applyTheme(Theme theme) {
    String css = theme == Theme.DARK ? PRIMER_DARK : PRIMER_LIGHT;
    Application.setUserAgentStylesheet(
        Objects.requireNonNull(ScalelabApp.class.getResource(css), css).toExternalForm());
  }
}
