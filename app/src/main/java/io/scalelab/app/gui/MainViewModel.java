package io.scalelab.app.gui;

import io.scalelab.app.gui.canvas.CanvasViewModel;
import io.scalelab.app.gui.canvas.Selection;
import io.scalelab.app.gui.document.DesignDocument;
import io.scalelab.app.gui.document.DesignEditor;
import io.scalelab.app.gui.document.Problems;
import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.app.gui.document.Snippet;
import io.scalelab.app.gui.inspector.InspectorViewModel;
import io.scalelab.app.gui.inspector.SchemaFields;
import io.scalelab.app.gui.inspector.Target;
import io.scalelab.app.gui.presets.GalleryEntry;
import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state and commands: the document and its editing commands, the canvas and
 * inspector view models, the title, the status line, the theme and the run hook. The run panels
 * read {@link #design()} (the current valid design) and write {@link #overlay()}.
 */
public final class MainViewModel {

  private final DialogService dialogs;
  private final DesignDocument document;
  private final DesignEditor editor;
  private final DocumentFiles files;
  private final CanvasViewModel canvas;
  private final InspectorViewModel inspector;
  private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(Overlay.NONE);
  private final StringProperty status = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper fitRequests = new ReadOnlyIntegerWrapper(0);
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private Runnable onRun = () -> {};
  private Runnable onExport = () -> {};
  private Runnable onApply = () -> {};
  private BooleanSupplier quitGuard = () -> true;
  private Snippet clipboard = Snippet.EMPTY;

  /**
   * @param dialogs the dialogs (a scripted one in tests)
   * @param recent the recent-files list
   * @param schema the inspector's forms
   * @param start the design to start with, e.g. the phase 3 preset
   */
  public MainViewModel(
      DialogService dialogs, RecentFiles recent, SchemaFields schema, Design start) {
    this.dialogs = dialogs;
    this.document = new DesignDocument(start);
    this.editor = new DesignEditor(document);
    this.files = new DocumentFiles(document, dialogs, recent);
    this.canvas = new CanvasViewModel(editor, overlay, status);
    this.inspector = new InspectorViewModel(document, schema);
    canvas.selection().addListener((obs, old, now) -> inspector.target().set(target(now)));
    inspector.setOnRenamed((from, to) -> canvas.select(to, false));
    document.state().addListener((obs, old, now) -> overlay.set(Overlay.NONE));
    document.state().addListener((obs, old, now) -> refreshProblems());
    title.bind(
        javafx.beans.binding.Bindings.createStringBinding(
            () -> (document.dirty().get() ? "*" : "") + document.name().get() + " — ScaleLab",
            document.dirty(),
            document.name()));
    refreshProblems();
  }

  /** The current valid design: what a run simulates; changes on every edit that leaves it valid. */
  public ReadOnlyObjectProperty<Design> design() {
    return document.valid();
  }

  /** The run's overlay, painted by the canvas; reset to {@link Overlay#NONE} by every edit. */
  public ObjectProperty<Overlay> overlay() {
    return overlay;
  }

  public DesignDocument document() {
    return document;
  }

  public CanvasViewModel canvas() {
    return canvas;
  }

  public InspectorViewModel inspector() {
    return inspector;
  }

  /** The recent files and the opening and saving of the document. */
  public DocumentFiles files() {
    return files;
  }

  /** The window title: the file name, {@code *} first when there are unsaved changes. */
  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  /** The status line: the last command's result or why it was refused. */
  public StringProperty status() {
    return status;
  }

  /** The design's problems in one line, e.g. while a new component is not yet connected. */
  public ReadOnlyStringProperty problems() {
    return problems.getReadOnlyProperty();
  }

  /** Counts the requests to fit the canvas to the drawing (after opening a design). */
  public ReadOnlyIntegerProperty fitRequests() {
    return fitRequests.getReadOnlyProperty();
  }

  public ObjectProperty<Theme> theme() {
    return theme;
  }

  /** What Run (Ctrl+R) does; the application wires the run panel here. */
  public void setOnRun(Runnable hook) {
    onRun = hook;
  }

  /** Runs the simulation through the hook. */
  public void run() {
    onRun.run();
  }

  /** What File, Export (Ctrl+E) does; the application opens the export dialog here. */
  public void setOnExport(Runnable hook) {
    onExport = hook;
  }

  /** Opens the export dialog through the hook. */
  public void export() {
    onExport.run();
  }

  /** What File, Apply does; the application opens the apply dialog here. */
  public void setOnApply(Runnable hook) {
    onApply = hook;
  }

  /** Opens the apply dialog through the hook. */
  public void apply() {
    onApply.run();
  }

  /** Asked before the window closes, before unsaved changes: e.g. whether an apply is running. */
  public void setQuitGuard(BooleanSupplier guard) {
    quitGuard = guard;
  }

  /** File, New: a small valid design, after asking about unsaved changes. */
  public boolean newDesign() {
    return files.newDesign() && opened("New design");
  }

  /** File, Open: asks for a file. */
  public boolean open() {
    return files.open() && opened("Opened " + document.name().get());
  }

  /** Opens {@code file} (Open recent, the command line). */
  public boolean open(Path file) {
    return files.open(file) && opened("Opened " + document.name().get());
  }

  /** Phases menu: opens a phase's preset as a new, unsaved document. */
  public boolean openPreset(Phase phase) {
    return files.replace(Presets.design(phase), List.of(), Optional.empty())
        && opened("Opened the phase " + phase.number() + " preset: " + phase.title());
  }

  /** Phases menu, gallery, {@code scalelab gui --preset}: opens an optional preset likewise. */
  public boolean openPreset(Extra extra) {
    return files.replace(Presets.design(extra), List.of(), Optional.empty())
        && opened("Opened the optional preset: " + extra.title());
  }

  /** The gallery's Open: the selected phase or optional preset. */
  public boolean openPreset(GalleryEntry entry) {
    if (entry instanceof GalleryEntry.PhaseEntry p) {
      return openPreset(p.phase());
    }
    return openPreset(((GalleryEntry.ExtraEntry) entry).extra());
  }

  /** File, Save. */
  public boolean save() {
    return report(files.save());
  }

  /** File, Save As. */
  public boolean saveAs() {
    return report(files.saveAs());
  }

  /** Whether the window may close: the quit guard agrees, then asks about unsaved changes. */
  public boolean mayClose() {
    return quitGuard.getAsBoolean() && files.mayDiscard();
  }

  public void undo() {
    String what = document.undoLabel().get();
    if (document.undo()) {
      status.set("Undid " + what);
    }
  }

  public void redo() {
    String what = document.redoLabel().get();
    if (document.redo()) {
      status.set("Redid " + what);
    }
  }

  /** Deletes the selected components and connections. */
  public void delete() {
    Selection s = canvas.selection().get();
    if (s.isEmpty()) {
      return;
    }
    var o = editor.delete(s.components(), s.connections());
    status.set(o.applied() ? "Deleted " + describe(s) : "Not deleted: " + o.message());
  }

  /** Copies the selected components and the connections among them. */
  public void copy() {
    Selection s = canvas.selection().get();
    if (!s.components().isEmpty()) {
      clipboard = editor.copy(s.components(), canvas.positions());
      status.set("Copied " + describe(s));
    }
  }

  public void cut() {
    copy();
    delete();
  }

  /** Pastes the copied components under new ids and selects them. */
  public void paste() {
    List<String> ids = editor.paste(clipboard);
    if (!ids.isEmpty()) {
      canvas.selection().set(new Selection(java.util.Set.copyOf(ids), java.util.Set.of()));
      status.set("Pasted " + String.join(", ", ids));
    }
  }

  private boolean opened(String message) {
    overlay.set(Overlay.NONE);
    canvas.clearSelection();
    inspector.target().set(new Target.WholeDesign());
    fitRequests.set(fitRequests.get() + 1);
    status.set(message);
    return true;
  }

  private boolean report(boolean saved) {
    if (saved) {
      status.set("Saved " + document.file().map(Path::toString).orElse(""));
    }
    return saved;
  }

  private void refreshProblems() {
    List<Problem> ps = document.state().get().problems();
    problems.set(
        ps.isEmpty()
            ? ""
            : ps.size()
                + (ps.size() == 1 ? " problem: " : " problems, the first: ")
                + Problems.describe(ps.get(0))
                + " (a run uses the last valid design)");
  }

  private static Target target(Selection s) {
    if (s.components().size() == 1 && s.connections().isEmpty()) {
      return new Target.OfComponent(s.components().iterator().next());
    }
    if (s.connections().size() == 1 && s.components().isEmpty()) {
      return new Target.OfConnection(s.connections().iterator().next());
    }
    if (s.isEmpty()) {
      return new Target.WholeDesign();
    }
    return new Target.Nothing((s.components().size() + s.connections().size()) + " items selected");
  }

  private static String describe(Selection s) {
    List<String> all = new java.util.ArrayList<>(s.components());
    all.addAll(s.connections());
    return all.size() == 1 ? all.get(0) : all.size() + " items";
  }
}
