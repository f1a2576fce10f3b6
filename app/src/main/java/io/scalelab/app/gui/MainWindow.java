package io.scalelab.app.gui;

import io.scalelab.app.gui.canvas.CanvasView;
import io.scalelab.app.gui.canvas.Glyphs;
import io.scalelab.app.gui.inspector.InspectorView;
import io.scalelab.app.gui.palette.PaletteView;
import io.scalelab.app.gui.presets.GalleryEntry;
import io.scalelab.app.gui.presets.PresetGalleryView;
import io.scalelab.app.gui.presets.PresetGalleryViewModel;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's layout: menu bar and toolbar, the palette on the left, the canvas in the centre
 * over the Run / Results / Cost tabs, the inspector on the right, the status line at the bottom.
 * Layout only: every command is the view model's.
 */
public final class MainWindow extends BorderPane {

  /** Share of the centre's height the canvas takes over the run tabs at start. */
  private static final double CANVAS_SHARE = 0.68;

  private final MainViewModel vm;
  private final CanvasView canvas;
  private final Tab runTab = placeholder("Run");
  private final Tab resultsTab = placeholder("Results");
  private final Tab costTab = placeholder("Cost");
  private final TabPane tabs = new TabPane(runTab, resultsTab, costTab);
  private final Menu recentMenu = new Menu("Open Recent");

  public MainWindow(MainViewModel vm) {
    this.vm = vm;
    this.canvas = new CanvasView(vm.canvas());
    canvas.setId("canvas");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("run-tabs");
    PaletteView palette =
        new PaletteView(canvas, t -> vm.canvas().add(t), Glyphs::colour, Glyphs::path);
    ScrollPane paletteScroll = new ScrollPane(palette);
    paletteScroll.setFitToWidth(true);
    paletteScroll.setPrefWidth(170);
    InspectorView inspector = new InspectorView(vm.inspector());
    inspector.setPrefWidth(300);
    inspector.setId("inspector");
    SplitPane centre = new SplitPane(canvas, tabs);
    centre.setOrientation(Orientation.VERTICAL);
    centre.setDividerPositions(CANVAS_SHARE);
    SplitPane main = new SplitPane(paletteScroll, centre, inspector);
    main.setDividerPositions(0.13, 0.78);
    SplitPane.setResizableWithParent(paletteScroll, false);
    SplitPane.setResizableWithParent(inspector, false);
    setTop(new VBox(menuBar(), toolBar()));
    setCenter(main);
    setBottom(statusBar());
    vm.fitRequests().addListener((obs, old, now) -> canvas.fit());
    vm.files().recent().addListener((ListChangeListener<Path>) c -> fillRecent());
    fillRecent();
  }

  /** The canvas view: fit, zoom, and the tests' access to node positions. */
  public CanvasView canvas() {
    return canvas;
  }

  /** Fills the Run, Results and Cost tabs with the run panels' views. */
  public void setRunPanes(Node run, Node results, Node cost) {
    runTab.setContent(run);
    resultsTab.setContent(results);
    costTab.setContent(cost);
  }

  /** Selects one of the bottom tabs: 0 Run, 1 Results, 2 Cost. */
  public void showTab(int index) {
    tabs.getSelectionModel().select(index);
  }

  private static Tab placeholder(String name) {
    Label l =
        new Label(name + ": the run panels are wired here when the application is assembled.");
    l.setStyle("-fx-padding: 12;");
    return new Tab(name, l);
  }

  private MenuBar menuBar() {
    Menu file =
        new Menu(
            "File",
            null,
            item("New", "Shortcut+N", vm::newDesign),
            item("Open…", "Shortcut+O", vm::open),
            recentMenu,
            new SeparatorMenuItem(),
            item("Save", "Shortcut+S", vm::save),
            item("Save As…", "Shortcut+Shift+S", vm::saveAs),
            new SeparatorMenuItem(),
            item("Export…", "Shortcut+E", vm::export),
            item("Apply…", null, vm::apply),
            new SeparatorMenuItem(),
            item("Quit", "Shortcut+Q", this::quit));
    MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
    undo.disableProperty().bind(vm.document().canUndo().not());
    undo.textProperty().bind(Bindings.concat("Undo ", vm.document().undoLabel()));
    MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
    redo.disableProperty().bind(vm.document().canRedo().not());
    redo.textProperty().bind(Bindings.concat("Redo ", vm.document().redoLabel()));
    Menu edit =
        new Menu(
            "Edit",
            null,
            undo,
            redo,
            new SeparatorMenuItem(),
            item("Cut", "Shortcut+X", vm::cut),
            item("Copy", "Shortcut+C", vm::copy),
            item("Paste", "Shortcut+V", vm::paste),
            item("Delete", "Delete", vm::delete));
    ToggleGroup themes = new ToggleGroup();
    RadioMenuItem light = new RadioMenuItem("Light theme");
    RadioMenuItem dark = new RadioMenuItem("Dark theme");
    light.setToggleGroup(themes);
    dark.setToggleGroup(themes);
    light.setSelected(vm.theme().get() == Theme.LIGHT);
    dark.setSelected(vm.theme().get() == Theme.DARK);
    light.setOnAction(e -> vm.theme().set(Theme.LIGHT));
    dark.setOnAction(e -> vm.theme().set(Theme.DARK));
    Menu view =
        new Menu(
            "View",
            null,
            item("Fit to Window", "Shortcut+0", canvas::fit),
            item("Zoom In", "Shortcut+EQUALS", canvas::zoomIn),
            item("Zoom Out", "Shortcut+MINUS", canvas::zoomOut),
            new SeparatorMenuItem(),
            light,
            dark);
    Menu phases = new Menu("Phases");
    phases.getItems().add(item("Preset Gallery…", "Shortcut+P", this::gallery));
    phases.getItems().add(new SeparatorMenuItem());
    for (Phase p : Phase.values()) {
      phases.getItems().add(item(PresetGalleryViewModel.title(p), null, () -> vm.openPreset(p)));
    }
    phases.getItems().add(new SeparatorMenuItem());
    for (Extra x : Presets.extras()) {
      GalleryEntry e = new GalleryEntry.ExtraEntry(x);
      phases.getItems().add(item(e.title(), null, () -> vm.openPreset(x)));
    }
    Menu run = new Menu("Run", null, item("Run Simulation", "Shortcut+R", vm::run));
    MenuBar bar = new MenuBar(file, edit, view, phases, run);
    bar.setId("menu-bar");
    return bar;
  }

  private ToolBar toolBar() {
    return new ToolBar(
        button("New", vm::newDesign, "New design (Ctrl+N)"),
        button("Open", vm::open, "Open a design file (Ctrl+O)"),
        button("Save", vm::save, "Save (Ctrl+S)"),
        new javafx.scene.control.Separator(),
        undoButton(),
        redoButton(),
        new javafx.scene.control.Separator(),
        button("Fit", canvas::fit, "Fit the drawing to the window (Ctrl+0)"),
        button("+", canvas::zoomIn, "Zoom in (Ctrl+=)"),
        button("−", canvas::zoomOut, "Zoom out (Ctrl+-)"),
        new javafx.scene.control.Separator(),
        button("Presets…", this::gallery, "Open a phase or optional preset (Ctrl+P)"),
        button("Run", vm::run, "Run the simulation (Ctrl+R)"),
        new javafx.scene.control.Separator(),
        button("Export…", vm::export, "Export as Terraform, Kubernetes or a cost report (Ctrl+E)"),
        button("Apply…", vm::apply, "Apply an export with your terraform and kubectl"));
  }

  private Button undoButton() {
    Button b = button("Undo", vm::undo, "Undo (Ctrl+Z)");
    b.disableProperty().bind(vm.document().canUndo().not());
    b.setId("undo-button");
    return b;
  }

  private Button redoButton() {
    Button b = button("Redo", vm::redo, "Redo (Ctrl+Shift+Z)");
    b.disableProperty().bind(vm.document().canRedo().not());
    return b;
  }

  private Node statusBar() {
    Label status = new Label();
    status.textProperty().bind(vm.status());
    status.setId("status");
    Label problems = new Label();
    problems.textProperty().bind(vm.problems());
    problems.getStyleClass().add("problem-count");
    problems.setId("problems");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(12, status, spacer, problems);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private void gallery() {
    PresetGalleryView.pick(getScene().getWindow(), new PresetGalleryViewModel())
        .ifPresent(e -> vm.openPreset(e));
  }

  private void quit() {
    if (vm.mayClose()) {
      getScene().getWindow().hide();
    }
  }

  private void fillRecent() {
    recentMenu.getItems().clear();
    for (Path p : vm.files().recent()) {
      recentMenu.getItems().add(item(p.toString(), null, () -> vm.open(p)));
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }

  private static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem m = new MenuItem(text);
    if (accelerator != null) {
      m.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    m.setOnAction(e -> action.run());
    return m;
  }

  private static Button button(String text, Runnable action, String tip) {
    Button b = new Button(text);
    b.setOnAction(e -> action.run());
    b.setTooltip(new Tooltip(tip));
    return b;
  }
}
