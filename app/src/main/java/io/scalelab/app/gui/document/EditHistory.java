package io.scalelab.app.gui.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The edits that can be undone and redone, newest first, at most {@link #MAX_EDITS} of them. */
final class EditHistory {

  /**
   * Edits kept for undo: 500, far more than a session of editing needs; each keeps two immutable
   * designs that mostly share their components, so the memory stays small.
   */
  static final int MAX_EDITS = 500;

  private final Deque<Edit> undo = new ArrayDeque<>();
  private final Deque<Edit> redo = new ArrayDeque<>();

  void record(Edit edit) {
    undo.push(edit);
    if (undo.size() > MAX_EDITS) {
      undo.removeLast();
    }
    redo.clear();
  }

  Optional<Edit> undo() {
    Edit e = undo.poll();
    if (e != null) {
      redo.push(e);
    }
    return Optional.ofNullable(e);
  }

  Optional<Edit> redo() {
    Edit e = redo.poll();
    if (e != null) {
      undo.push(e);
    }
    return Optional.ofNullable(e);
  }

  Optional<Edit> nextUndo() {
    return Optional.ofNullable(undo.peek());
  }

  Optional<Edit> nextRedo() {
    return Optional.ofNullable(redo.peek());
  }

  void clear() {
    undo.clear();
    redo.clear();
  }
}
