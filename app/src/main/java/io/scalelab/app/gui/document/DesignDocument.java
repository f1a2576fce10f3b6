package io.scalelab.app.gui.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.model.Design;
import io.scalelab.model.ParsedDesign;
import io.scalelab.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The design being edited. It holds the working state (a design whose fields are all readable, with
 * the cross-component problems it may still have, such as a component not yet connected), the last
 * valid design (what a run uses), the undo history, the file it belongs to and whether it changed
 * since it was saved. Edits arrive as design-file trees and are read by the model's reader, so what
 * is refused is refused with the reader's message.
 */
public final class DesignDocument {

  /** Whether an edit may leave problems the design did not have before. */
  public enum Policy {
    /**
     * Structural edits (add, delete, paste, move): the design may go through states a run would
     * refuse, such as a new component not yet connected; the problems are shown beside it.
     */
    MAY_ADD_PROBLEMS,
    /** Field edits and new connections: refused when they add a problem, kept as a draft. */
    NO_NEW_PROBLEMS
  }

  private final ReadOnlyObjectWrapper<Snapshot> state;
  private final ReadOnlyObjectWrapper<Design> valid;
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
  private final EditHistory history = new EditHistory();
  private Design saved;
  private Optional<Path> file = Optional.empty();

  /** A document holding a valid design that belongs to no file yet. */
  public DesignDocument(Design design) {
    Snapshot s = new Snapshot(design, List.of());
    state = new ReadOnlyObjectWrapper<>(s);
    valid = new ReadOnlyObjectWrapper<>(design);
    saved = design;
    name.set(design.name());
  }

  /** The working state: the design on the canvas and its problems. */
  public ReadOnlyObjectProperty<Snapshot> state() {
    return state.getReadOnlyProperty();
  }

  /** The working design. */
  public Design working() {
    return state.get().design();
  }

  /** The last valid design: the working one when it has no problem. */
  public ReadOnlyObjectProperty<Design> valid() {
    return valid.getReadOnlyProperty();
  }

  /** Whether the working design differs from the one last opened or saved. */
  public ReadOnlyBooleanProperty dirty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndo() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedo() {
    return canRedo.getReadOnlyProperty();
  }

  /** What undo would take back, e.g. "add service-1"; empty when nothing. */
  public ReadOnlyStringProperty undoLabel() {
    return undoLabel.getReadOnlyProperty();
  }

  /** What redo would do again; empty when nothing. */
  public ReadOnlyStringProperty redoLabel() {
    return redoLabel.getReadOnlyProperty();
  }

  /** The document's name for the title bar: the file name, or the design's name when unsaved. */
  public ReadOnlyStringProperty name() {
    return name.getReadOnlyProperty();
  }

  /** The file the document was opened from or saved to, if any. */
  public Optional<Path> file() {
    return file;
  }

  /**
   * Replaces the whole document (New, Open, a preset): no undo across it, not dirty.
   *
   * @param design a readable design, possibly with cross-component problems
   * @param problems its problems
   * @param from the file it was read from, if any
   */
  public void reset(Design design, List<Problem> problems, Optional<Path> from) {
    history.clear();
    file = from;
    saved = design;
    set(new Snapshot(design, problems));
    name.set(from.map(p -> p.getFileName().toString()).orElse(design.name()));
  }

  /** Records that the working design was saved to {@code to}. */
  public void markSaved(Path to) {
    file = Optional.of(to);
    saved = working();
    name.set(to.getFileName().toString());
    refreshFlags();
  }

  /**
   * Applies an edit given as the design-file tree it leads to.
   *
   * @param label what the edit does, for the undo menu
   * @param tree the whole design tree after the edit
   * @param policy whether the edit may add problems
   * @return applied, or refused with the reader's problems (the document is then unchanged)
   */
  public EditOutcome apply(String label, ObjectNode tree, Policy policy) {
    ParsedDesign parsed = DesignTree.read(tree);
    List<Problem> refusal = refusal(parsed, policy);
    if (!refusal.isEmpty()) {
      return EditOutcome.refused(refusal);
    }
    Snapshot before = state.get();
    Snapshot after = new Snapshot(parsed.design().get(), parsed.problems());
    if (after.equals(before)) {
      return EditOutcome.APPLIED;
    }
    history.record(new Edit(label, before, after));
    set(after);
    return EditOutcome.APPLIED;
  }

  /**
   * What an edit leading to {@code tree} would be refused for, without applying it: empty when it
   * would apply. For checking a field as the user types.
   */
  public List<Problem> check(ObjectNode tree, Policy policy) {
    return refusal(DesignTree.read(tree), policy);
  }

  private List<Problem> refusal(ParsedDesign parsed, Policy policy) {
    List<Problem> added = added(state.get().problems(), parsed.problems());
    if (parsed.design().isEmpty()) {
      // Unreadable: the problems the edit brought are the reason (all of them if, oddly, none is).
      return added.isEmpty() ? parsed.problems() : added;
    }
    return policy == Policy.NO_NEW_PROBLEMS ? added : List.of();
  }

  /**
   * The problems {@code after} has that {@code before} did not, compared by field and message
   * (their line numbers are those of a tree written for the check, not of any file).
   */
  public static List<Problem> added(List<Problem> before, List<Problem> after) {
    Set<String> had = before.stream().map(Problems::describe).collect(Collectors.toSet());
    return after.stream().filter(p -> !had.contains(Problems.describe(p))).toList();
  }

  /** Takes the last edit back; false when there is none. */
  public boolean undo() {
    return history.undo().map(e -> set(e.before())).isPresent();
  }

  /** Makes the last undone edit again; false when there is none. */
  public boolean redo() {
    return history.redo().map(e -> set(e.after())).isPresent();
  }

  private Snapshot set(Snapshot s) {
    state.set(s);
    if (s.isValid()) {
      valid.set(s.design());
    }
    refreshFlags();
    return s;
  }

  private void refreshFlags() {
    dirty.set(!working().equals(saved));
    canUndo.set(history.nextUndo().isPresent());
    canRedo.set(history.nextRedo().isPresent());
    undoLabel.set(history.nextUndo().map(Edit::label).orElse(""));
    redoLabel.set(history.nextRedo().map(Edit::label).orElse(""));
  }
}
