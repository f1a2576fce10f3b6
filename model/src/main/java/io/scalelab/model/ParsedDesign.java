package io.scalelab.model;

import java.util.List;
import java.util.Optional;

/**
 * A design text read as far as it goes: the design when every field could be read, and every
 * problem found. An editor keeps working on a design that still breaks a rule spanning components
 * (a component not yet connected, a dangling host) and shows the problems beside it; a design with
 * an unreadable field has no value at all.
 *
 * @param design the design, present when every field was readable (only cross-component problems,
 *     if any, remain)
 * @param problems every problem, ordered by position; empty exactly when the design is valid
 */
public record ParsedDesign(Optional<Design> design, List<Problem> problems) {

  public ParsedDesign {
    problems = List.copyOf(problems);
    if (design.isEmpty() && problems.isEmpty()) {
      throw new IllegalArgumentException("a design that could not be read needs a problem");
    }
  }

  /** Whether the design was read and breaks no rule: what {@link Designs#parse} would return. */
  public boolean isValid() {
    return design.isPresent() && problems.isEmpty();
  }
}
