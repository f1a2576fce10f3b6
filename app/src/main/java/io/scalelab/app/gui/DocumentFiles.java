package io.scalelab.app.gui;

import io.scalelab.app.gui.document.DesignDocument;
import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.ParsedDesign;
import io.scalelab.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Opening and saving the document: New, Open, Save, Save As, the recent files, and the question
 * about unsaved changes before anything replaces them. Saving is atomic (the model writes a
 * temporary file and moves it over the target).
 */
public final class DocumentFiles {

  /** The file types offered by the open and save dialogs. */
  public static final List<String> EXTENSIONS = List.of("*.yaml", "*.yml", "*.json");

  /** How many of a file's problems the "cannot open" dialog lists before "and N more". */
  static final int PROBLEMS_SHOWN = 12;

  /**
   * What File, New starts from: one user origin calling two EC2 instances, the format's own first
   * example (docs/design-format.md, "A first design").
   */
  static final String NEW_DESIGN =
      """
      scalelab: 1
      name: untitled
      regions: [us-east-1]
      workload:
        users: 1000
        requestsPerUserPerSecond: 0.08
      components:
        - {id: users, type: users, region: us-east-1}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          instances: 2
          concurrencyPerInstance: 1
          serviceTime: {distribution: exponential, mean: 20ms}
      connections:
        - {from: users, to: api}
      """;

  private final DesignDocument document;
  private final DialogService dialogs;
  private final RecentFiles recent;
  private final ObservableList<Path> recentList = FXCollections.observableArrayList();

  DocumentFiles(DesignDocument document, DialogService dialogs, RecentFiles recent) {
    this.document = document;
    this.dialogs = dialogs;
    this.recent = recent;
    recentList.setAll(recent.list());
  }

  /** The recent files, newest first. */
  public ObservableList<Path> recent() {
    return recentList;
  }

  boolean newDesign() {
    try {
      return replace(Designs.parse(NEW_DESIGN, "new design", false), List.of(), Optional.empty());
    } catch (io.scalelab.model.DesignException e) {
      throw new IllegalStateException("the new-design template is invalid: " + e.getMessage(), e);
    }
  }

  boolean open() {
    if (!mayDiscard()) {
      return false;
    }
    Optional<Path> file = dialogs.chooseFileToOpen("Open design", EXTENSIONS);
    return file.isPresent() && read(file.get());
  }

  boolean open(Path file) {
    return mayDiscard() && read(file);
  }

  /** Replaces the document after asking about unsaved changes; false when the user cancelled. */
  boolean replace(Design design, List<Problem> problems, Optional<Path> from) {
    if (!mayDiscard()) {
      return false;
    }
    document.reset(design, problems, from);
    return true;
  }

  private boolean read(Path file) {
    try {
      ParsedDesign parsed = Designs.loadLenient(file);
      if (parsed.design().isEmpty()) {
        dialogs.showError("Cannot open " + file.getFileName(), describe(parsed.problems()));
        return false;
      }
      document.reset(parsed.design().get(), parsed.problems(), Optional.of(file));
      remember(file);
      return true;
    } catch (NoSuchFileException e) {
      dialogs.showError("Cannot open " + file.getFileName(), file + ": no such file");
      forget(file);
      return false;
    } catch (IOException e) {
      dialogs.showError("Cannot open " + file.getFileName(), file + ": " + e.getMessage());
      return false;
    }
  }

  /** Saves to the document's file, or asks for one. */
  boolean save() {
    Optional<Path> file = document.file();
    return file.isPresent() ? write(file.get()) : saveAs();
  }

  boolean saveAs() {
    Path suggested = document.file().orElse(Path.of(document.working().name() + ".yaml"));
    Optional<Path> file = dialogs.chooseFileToSave("Save design as", suggested, EXTENSIONS);
    return file.isPresent() && write(file.get());
  }

  private boolean write(Path file) {
    List<Problem> problems = document.state().get().problems();
    if (!problems.isEmpty()
        && !dialogs.confirm(
            "Save a design with problems?",
            "The design has "
                + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + "; scalelab validate and a run will refuse the file until it is fixed.\n\n"
                + describe(problems))) {
      return false;
    }
    try {
      if (Files.isDirectory(file)) {
        dialogs.showError("Cannot save", file + ": is a folder; choose a file name");
        return false;
      }
      Designs.save(document.working(), file);
      document.markSaved(file);
      remember(file);
      return true;
    } catch (IOException e) {
      dialogs.showError("Cannot save " + file.getFileName(), file + ": " + e.getMessage());
      return false;
    }
  }

  /**
   * Whether unsaved changes may be replaced: true when there are none or the user saved or
   * discarded them; false when the user cancelled (or the save did not happen).
   */
  boolean mayDiscard() {
    if (!document.dirty().get()) {
      return true;
    }
    DialogService.UnsavedChoice c = dialogs.askToSave(document.name().get());
    if (c == DialogService.UnsavedChoice.SAVE) {
      return save();
    }
    return c == DialogService.UnsavedChoice.DISCARD;
  }

  private void remember(Path file) {
    try {
      recent.add(file);
    } catch (IOException e) {
      // The design itself is safe; only the convenience list could not be kept.
      dialogs.showError("Cannot update the recent files", e.getMessage());
    }
    recentList.setAll(recent.list());
  }

  private void forget(Path file) {
    try {
      recent.remove(file);
    } catch (IOException e) {
      dialogs.showError("Cannot update the recent files", e.getMessage());
    }
    recentList.setAll(recent.list());
  }

  /** The problems one per line as {@code scalelab validate} prints them, at most a screenful. */
  static String describe(List<Problem> problems) {
    String shown =
        problems.stream()
            .limit(PROBLEMS_SHOWN)
            .map(Problem::toString)
            .collect(Collectors.joining("\n"));
    int more = problems.size() - PROBLEMS_SHOWN;
    return more > 0 ? shown + "\n… and " + more + " more" : shown;
  }
}
