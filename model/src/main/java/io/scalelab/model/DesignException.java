package io.scalelab.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A design file or design that cannot be used, with every problem found in it (not just the first),
 * each naming the file, line, column and field.
 */
public final class DesignException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception listing the given problems; there must be at least one. */
  public DesignException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DesignException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, ordered by position in the file. */
  public List<Problem> problems() {
    return problems;
  }
}
