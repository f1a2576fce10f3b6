package io.scalelab.app.gui.run;

import io.scalelab.app.gui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that records what it was asked and answers as scripted. */
public final class RecordingDialogs implements DialogService {

  /** Titles and messages of the errors shown, in order. */
  public final List<String> errors = new ArrayList<>();

  /** Titles and messages of the information shown, in order. */
  public final List<String> infos = new ArrayList<>();

  @Override
  public void showError(String title, String message) {
    errors.add(title + ": " + message);
  }

  @Override
  public void showInfo(String title, String message) {
    infos.add(title + ": " + message);
  }

  @Override
  public boolean confirm(String title, String message) {
    return false;
  }

  @Override
  public UnsavedChoice askToSave(String documentName) {
    return UnsavedChoice.CANCEL;
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
    return Optional.empty();
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions) {
    return Optional.empty();
  }

  @Override
  public Optional<Path> chooseFolder(String title, Optional<Path> initial) {
    return Optional.empty();
  }
}
