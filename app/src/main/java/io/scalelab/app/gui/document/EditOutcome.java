package io.scalelab.app.gui.document;

import io.scalelab.model.Problem;
import java.util.List;

/**
 * What became of an edit: applied, or refused with the problems the reader found in it.
 *
 * @param applied whether the document changed
 * @param problems why it was refused (empty when applied)
 */
public record EditOutcome(boolean applied, List<Problem> problems) {

  /** The edit changed the document. */
  public static final EditOutcome APPLIED = new EditOutcome(true, List.of());

  public EditOutcome {
    problems = List.copyOf(problems);
  }

  /** An edit refused for {@code problems}. */
  public static EditOutcome refused(List<Problem> problems) {
    return new EditOutcome(false, problems);
  }

  /** The first problem's field and message in one line, for a status bar; empty when applied. */
  public String message() {
    return problems.isEmpty() ? "" : Problems.describe(problems.get(0));
  }
}
