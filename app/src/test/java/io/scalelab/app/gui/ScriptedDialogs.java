package io.scalelab.app.gui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that answers from a script and records what it was asked. */
public final class ScriptedDialogs implements DialogService {

  public final List<String> errors = new ArrayList<>();
  public final List<String> asked = new ArrayList<>();
  public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
  public final Deque<Path> files = new ArrayDeque<>();
  public boolean confirmAnswer = true;

  @Override
  public void showError(String title, String message) {
    errors.add(title + ": " + message);
  }

  @Override
  public void showInfo(String title, String message) {}

  @Override
  public boolean confirm(String title, String message) {
    asked.add("confirm: " + title);
    return confirmAnswer;
  }

  @Override
  public UnsavedChoice askToSave(String documentName) {
    asked.add("save " + documentName + "?");
    return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.poll();
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions) {
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseFolder(String title, Optional<Path> initial) {
    return Optional.ofNullable(files.poll());
  }
}
