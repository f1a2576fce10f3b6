package io.scalelab.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs a view model may open, behind an interface so view models test without a stage (tests
 * pass a scripted implementation). The JavaFX implementation owns the windows.
 */
public interface DialogService {

  /** Shows an error the user can act on: one line of {@code message}, then details. */
  void showError(String title, String message);

  /** Shows information, e.g. where an export was written. */
  void showInfo(String title, String message);

  /** Asks a yes/no question; true for yes. */
  boolean confirm(String title, String message);

  /**
   * Asks whether to save unsaved changes.
   *
   * @return {@code SAVE}, {@code DISCARD} or {@code CANCEL}
   */
  UnsavedChoice askToSave(String documentName);

  /** A file to open, among {@code extensions} (e.g. {@code "*.yaml"}); empty if cancelled. */
  Optional<Path> chooseFileToOpen(String title, List<String> extensions);

  /** A file to save to, suggesting {@code suggested}; empty if cancelled. */
  Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions);

  /** A folder, e.g. for an export; empty if cancelled. */
  Optional<Path> chooseFolder(String title, Optional<Path> initial);

  /** The answers to "save your changes?". */
  enum UnsavedChoice {
    SAVE,
    DISCARD,
    CANCEL
  }
}
