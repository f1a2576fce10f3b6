package io.scalelab.app.gui.document;

import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import java.util.List;

/**
 * One state of the document: a design whose every field is readable, and the cross-component
 * problems it still has (a component not yet connected...).
 *
 * @param design the design
 * @param problems what the reader would refuse it for; empty when it is valid
 */
public record Snapshot(Design design, List<Problem> problems) {

  public Snapshot {
    problems = List.copyOf(problems);
  }

  /** Whether the design breaks no rule. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
