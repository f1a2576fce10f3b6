package io.scalelab.app.gui.export;

import io.scalelab.app.gui.DialogService;
import io.scalelab.app.gui.run.CompletedRun;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.model.Design;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export dialog's state and commands: what to export, where, the Kubernetes settings; Preview
 * makes the export in memory and lists its files; Write writes them, asking first when files edited
 * by hand would be replaced. Generating and writing run on a worker; every property is read and
 * written on the FX thread.
 */
public final class ExportViewModel {

  /** The kind offered first: both infrastructure exports, the folder Apply takes. */
  public static final ExportKind DEFAULT_KIND = ExportKind.TERRAFORM_AND_KUBERNETES;

  private final ObservableValue<Design> design;
  private final ObservableList<CompletedRun> runs;
  private final Exports exports;
  private final DialogService dialogs;
  private final Background background;
  private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(DEFAULT_KIND);
  private final StringProperty folder = new SimpleStringProperty("");
  private final ObjectProperty<IngressClass> ingressClass =
      new SimpleObjectProperty<>(KubernetesChoices.DEFAULTS.ingressClass());
  private final StringProperty imageRegistry = new SimpleStringProperty("");
  private final StringProperty imageTag = new SimpleStringProperty("");
  private final StringProperty repoUrl = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper settingsProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper costAvailable = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper costNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ObservableList<PreviewFile> files = FXCollections.observableArrayList();
  private final ObjectProperty<PreviewFile> selected = new SimpleObjectProperty<>();
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Optional<Path>> lastFolder =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final StringBinding selectedText;
  private final StringBinding designLine;
  private final BooleanBinding canPreview;
  private final BooleanBinding canWrite;
  private final HandEditQuestion question = new HandEditQuestion();
  private int generation;

  /**
   * @param design the design to export: the editor's current valid one
   * @param runs the finished runs, oldest first; the cost reports are the last one's
   * @param exports the export work
   * @param dialogs the folder chooser and the question about hand edits
   * @param worker where generating and writing run (never the FX thread)
   * @param ui the FX thread ({@code Platform::runLater})
   */
  public ExportViewModel(
      ObservableValue<Design> design,
      ObservableList<CompletedRun> runs,
      Exports exports,
      DialogService dialogs,
      Executor worker,
      Executor ui) {
    this.design = design;
    this.runs = runs;
    this.exports = exports;
    this.dialogs = dialogs;
    this.background = new Background(worker, ui);
    selectedText =
        Bindings.createStringBinding(
            () -> selected.get() == null ? "" : selected.get().text(), selected);
    designLine =
        Bindings.createStringBinding(
            () ->
                String.format(
                    "Design: %s · %d components",
                    design.getValue().name(), design.getValue().components().size()),
            design);
    canPreview =
        busy.not()
            .and(
                Bindings.createBooleanBinding(
                    this::inputsUsable, kind, settingsProblem, costAvailable));
    canWrite = canPreview.and(folder.isNotEmpty());
    Observable[] inputs = {
      kind, folder, ingressClass, imageRegistry, imageTag, repoUrl, design, runs
    };
    for (Observable o : inputs) {
      o.addListener(x -> inputsChanged());
    }
    refreshDerived();
  }

  /** The design exported, in one line: its name and size. */
  public StringBinding designLine() {
    return designLine;
  }

  public ObjectProperty<ExportKind> kind() {
    return kind;
  }

  /** The folder to write into, as typed or chosen. */
  public StringProperty folder() {
    return folder;
  }

  public ObjectProperty<IngressClass> ingressClass() {
    return ingressClass;
  }

  public StringProperty imageRegistry() {
    return imageRegistry;
  }

  public StringProperty imageTag() {
    return imageTag;
  }

  /** The Argo CD repository; blank for the folder's {@code origin} remote. */
  public StringProperty repoUrl() {
    return repoUrl;
  }

  /** What is wrong with the Kubernetes settings, in the exporter's words; empty when nothing. */
  public ReadOnlyStringProperty settingsProblem() {
    return settingsProblem.getReadOnlyProperty();
  }

  /** Whether there is a priced run to make a cost report of. */
  public ReadOnlyBooleanProperty costAvailable() {
    return costAvailable.getReadOnlyProperty();
  }

  /** Which run a cost report is of, or why there is none. */
  public ReadOnlyStringProperty costNote() {
    return costNote.getReadOnlyProperty();
  }

  /** Whether an export is being made or written. */
  public ReadOnlyBooleanProperty busy() {
    return busy.getReadOnlyProperty();
  }

  /** The files of the last preview or write, in writing order. */
  public ObservableList<PreviewFile> files() {
    return files;
  }

  /** The file whose text is shown. */
  public ObjectProperty<PreviewFile> selected() {
    return selected;
  }

  /** The selected file's text. */
  public StringBinding selectedText() {
    return selectedText;
  }

  /** The exporter's warnings about the last preview or write. */
  public ObservableList<String> warnings() {
    return warnings;
  }

  /** One line on the last preview or write. */
  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  /** One line on why the last command failed; empty after a success. */
  public ReadOnlyStringProperty error() {
    return error.getReadOnlyProperty();
  }

  /** The folder of the last infrastructure export written: where Apply starts. */
  public ReadOnlyObjectProperty<Optional<Path>> lastFolder() {
    return lastFolder.getReadOnlyProperty();
  }

  public BooleanBinding canPreview() {
    return canPreview;
  }

  public BooleanBinding canWrite() {
    return canWrite;
  }

  /** Asks for the folder to write into. */
  public void chooseFolder() {
    Optional<Path> start = folderPath().or(lastFolder::get);
    dialogs.chooseFolder("Export into folder", start).ifPresent(p -> folder.set(p.toString()));
  }

  /** Makes the export in memory and lists its files; writes nothing. */
  public void preview() {
    if (!canPreview.get()) {
      return;
    }
    Optional<Path> dir = folder.get().isBlank() ? Optional.empty() : folderOrError();
    if (dir.isEmpty() && !folder.get().isBlank()) {
      return;
    }
    ExportRequest request = request(dir);
    int asked = ++generation;
    start("Making the export…");
    background.run(
        () -> exports.generate(request),
        plan -> {
          busy.set(false);
          if (asked == generation) {
            show(plan);
            long bytes = plan.files().stream().mapToLong(PreviewFile::bytes).sum();
            status.set(
                String.format(
                    "Preview: %d %s, %,d bytes; nothing written yet",
                    files.size(), files.size() == 1 ? "file" : "files", bytes));
          }
        },
        this::failed);
  }

  /** Makes the export and writes it, asking first if files edited by hand are in the way. */
  public void write() {
    if (!canWrite.get()) {
      return;
    }
    Optional<Path> dir = folderOrError();
    if (dir.isEmpty()) {
      return;
    }
    ExportRequest request = request(dir);
    Path target = dir.get();
    ++generation;
    start("Checking " + target + "…");
    background.run(
        () -> {
          ExportPlan plan = exports.generate(request);
          return new Checked(plan, exports.handEdited(plan, target));
        },
        checked -> {
          show(checked.plan());
          if (checked.edited().isEmpty()) {
            writeChecked(checked.plan(), target, false);
          } else if (dialogs.confirm(
              HandEditQuestion.TITLE, question.text(target, checked.edited()))) {
            writeChecked(checked.plan(), target, true);
          } else {
            busy.set(false);
            status.set(question.declined(target, checked.edited()));
          }
        },
        this::failed);
  }

  private void writeChecked(ExportPlan plan, Path target, boolean force) {
    status.set("Writing into " + target + "…");
    background.run(
        () -> exports.write(plan, target, force),
        written -> {
          busy.set(false);
          if (plan.kind().costReport()) {
            status.set("Written: " + written.describe());
          } else {
            status.set("Written: " + written.describe() + ". File, Apply… applies it.");
            lastFolder.set(Optional.of(target));
          }
        },
        this::failed);
  }

  private record Checked(ExportPlan plan, List<String> edited) {}

  private void start(String what) {
    busy.set(true);
    error.set("");
    status.set(what);
  }

  private void failed(String message) {
    busy.set(false);
    status.set("");
    error.set(message);
  }

  private void show(ExportPlan plan) {
    PreviewFile was = selected.get();
    files.setAll(plan.files());
    warnings.setAll(plan.warnings());
    // Keep the file being read, when it is still there; else the first.
    selected.set(
        files.stream()
            .filter(f -> was != null && f.path().equals(was.path()))
            .findFirst()
            .orElse(files.isEmpty() ? null : files.get(0)));
  }

  private ExportRequest request(Optional<Path> dir) {
    Optional<CompletedRun> last = runs.isEmpty() ? Optional.empty() : Optional.of(lastRun());
    return new ExportRequest(
        kind.get(), design.getValue(), last.flatMap(r -> r.result().cost()), choices(), dir);
  }

  private KubernetesChoices choices() {
    return new KubernetesChoices(
        ingressClass.get(), imageRegistry.get(), imageTag.get(), repoUrl.get());
  }

  private Optional<Path> folderPath() {
    try {
      return folder.get().isBlank() ? Optional.empty() : Optional.of(Path.of(folder.get().strip()));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private Optional<Path> folderOrError() {
    String text = folder.get().strip();
    try {
      Path p = Path.of(text);
      if (!p.isAbsolute()) {
        error.set("folder: '" + text + "' is not a full path; give one, or Choose… a folder");
        return Optional.empty();
      }
      return Optional.of(p.normalize());
    } catch (InvalidPathException e) {
      error.set("folder: '" + text + "' is not a path: " + e.getReason());
      return Optional.empty();
    }
  }

  private boolean inputsUsable() {
    ExportKind k = kind.get();
    if (k.costReport()) {
      return costAvailable.get();
    }
    return !k.kubernetes() || settingsProblem.get().isEmpty();
  }

  private void inputsChanged() {
    // A preview still being made is of the old settings: its result is dropped.
    generation++;
    refreshDerived();
    if (!busy.get() && !files.isEmpty()) {
      files.clear();
      warnings.clear();
      selected.set(null);
      status.set("Settings changed: Preview again to see the files");
    }
    error.set("");
  }

  private void refreshDerived() {
    settingsProblem.set(choices().problem().orElse(""));
    if (runs.isEmpty()) {
      costAvailable.set(false);
      costNote.set("Cost reports are of the last run: run the design first (Ctrl+R)");
      return;
    }
    CompletedRun last = lastRun();
    costAvailable.set(last.result().cost().isPresent());
    costNote.set(
        last.result().cost().isPresent()
            ? String.format(
                "Of run %d: %s at %,d users",
                last.number(), last.design().name(), last.design().workload().users())
            : "Run " + last.number() + " could not be priced (see the Cost tab): no cost report");
  }

  private CompletedRun lastRun() {
    return runs.get(runs.size() - 1);
  }
}
