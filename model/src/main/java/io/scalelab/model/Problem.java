package io.scalelab.model;

/**
 * One thing wrong with a design file or design: where it is and what was found versus expected.
 *
 * @param source the file name (or {@code <design>} for a design not read from a file)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param field the field path, e.g. {@code components[2].serviceTime.mean}; empty for the whole
 *     file
 * @param message what is wrong and what is expected
 */
public record Problem(String source, int line, int column, String field, String message)
    implements Comparable<Problem> {

  /** A problem in a design that was not read from a file. */
  public static Problem inDesign(String field, String message) {
    return new Problem("<design>", 0, 0, field, message);
  }

  /** One line: {@code file:line:column: field: message}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(message).toString();
  }

  /** Orders problems by line, then column, then field. */
  @Override
  public int compareTo(Problem o) {
    int c = Integer.compare(line, o.line);
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    return c != 0 ? c : field.compareTo(o.field);
  }
}
