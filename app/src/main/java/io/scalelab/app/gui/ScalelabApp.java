package io.scalelab.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.scalelab.app.gui.cost.CostView;
import io.scalelab.app.gui.cost.CostViewModel;
import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.app.gui.export.ApplyDialog;
import io.scalelab.app.gui.export.ApplyViewModel;
import io.scalelab.app.gui.export.ExportDialog;
import io.scalelab.app.gui.export.ExportViewModel;
import io.scalelab.app.gui.export.Exports;
import io.scalelab.app.gui.inspector.SchemaFields;
import io.scalelab.app.gui.results.ResultsView;
import io.scalelab.app.gui.results.ResultsViewModel;
import io.scalelab.app.gui.run.Pricing;
import io.scalelab.app.gui.run.RunView;
import io.scalelab.app.gui.run.RunViewModel;
import io.scalelab.exporters.apply.ApplyOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
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

  /** The share of a screen larger than {@link #WIDTH} × {@link #HEIGHT} the window takes. */
  static final double SCREEN_SHARE = 0.9;

  private static final String STYLESHEET = "scalelab.css";

  /** The bottom tab a run shows: its live charts. */
  private static final int RESULTS_TAB = 1;

  private static volatile Optional<GuiStart> start = Optional.empty();

  /** Where exports are made and written, off the FX thread; one at a time, in order. */
  private static final Executor EXPORT_WORKER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "scalelab-export");
            t.setDaemon(true);
            return t;
          });

  /**
   * JavaFX's own logger. The shaded jar loads JavaFX from the class path, which JavaFX reports at
   * start-up as an "unsupported configuration" warning (JDK-8256362) that tells a user nothing they
   * can act on; only its severe messages are shown. Held here so the setting is not collected.
   */
  private static final java.util.logging.Logger JAVAFX_LOG =
      java.util.logging.Logger.getLogger("javafx");

  /** Opens the window on {@code what} and returns when it is closed. */
  public static void launch(GuiStart what) {
    JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
    start = Optional.of(what);
    Application.launch(ScalelabApp.class);
  }

  @Override
  public void start(Stage stage) {
    GuiStart what =
        start.orElseThrow(() -> new IllegalStateException("launch(GuiStart) sets the design"));
    Assembly a = assemble(stage, what);
    // At least the laptop size, or nine tenths of a larger screen: the graph needs the room.
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(
            a.window(),
            Math.min(screen.getWidth(), Math.max(WIDTH, screen.getWidth() * SCREEN_SHARE)),
            Math.min(screen.getHeight(), Math.max(HEIGHT, screen.getHeight() * SCREEN_SHARE)));
    stage.setScene(scene);
    stage.titleProperty().bind(a.model().title());
    stage.setOnCloseRequest(
        e -> {
          if (!a.model().mayClose()) {
            e.consume();
          } else {
            a.run().shutdown();
          }
        });
    stage.show();
    a.window().canvas().fit();
    if (what.runAtOpen()) {
      a.run()
          .history()
          .addListener(
              (javafx.collections.ListChangeListener<Object>)
                  c -> System.out.println(GuiStart.RUN_FINISHED));
      a.model().run();
    }
  }

  /** The view model and window of a stage, wired together (tests build them the same way). */
  public record Assembly(
      MainViewModel model,
      MainWindow window,
      RunViewModel run,
      ResultsViewModel results,
      CostViewModel cost,
      ExportViewModel export,
      ApplyViewModel apply) {}

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
    // A broken price cache is not fatal: the shipped snapshot prices the run, the status bar says
    // why.
    Pricing pricing =
        Pricing.userCatalogue(w -> Platform.runLater(() -> vm.status().set("Prices: " + w)));
    RunViewModel run = new RunViewModel(vm.design(), dialogs, pricing, Platform::runLater);
    ResultsViewModel results = new ResultsViewModel(run);
    CostViewModel cost = new CostViewModel(run, pricing);
    results.overlay().addListener((obs, old, now) -> vm.overlay().set(now));
    window.setRunPanes(new RunView(run), new ResultsView(results), new CostView(cost));
    vm.setOnRun(
        () -> {
          if (!run.running().get()) {
            window.showTab(RESULTS_TAB);
            run.run();
          }
        });
    ExportViewModel export =
        new ExportViewModel(
            vm.design(),
            run.history(),
            new Exports(pricing::catalogue),
            dialogs,
            EXPORT_WORKER,
            Platform::runLater);
    ApplyViewModel apply =
        new ApplyViewModel(
            export.lastFolder(), dialogs, ApplyOptions::fromSystem, Platform::runLater);
    ExportDialog exportDialog = new ExportDialog(export);
    ApplyDialog applyDialog = new ApplyDialog(apply);
    vm.setOnExport(() -> exportDialog.show(window.getScene().getWindow()));
    vm.setOnApply(() -> applyDialog.show(window.getScene().getWindow()));
    vm.setQuitGuard(apply::mayQuit);
    return new Assembly(vm, window, run, results, cost, export, apply);
  }

  /** ScaleLab's own stylesheet, on top of the theme. */
  public static String stylesheet() {
    return Objects.requireNonNull(ScalelabApp.class.getResource(STYLESHEET)).toExternalForm();
  }

  /** Sets the AtlantaFX theme (Primer light or dark) for the whole application. */
  public static void applyTheme(Theme theme) {
    atlantafx.base.theme.Theme t = theme == Theme.DARK ? new PrimerDark() : new PrimerLight();
    Application.setUserAgentStylesheet(t.getUserAgentStylesheet());
  }
}
