package io.scalelab.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.scalelab.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The state of reading one design file: where things are, and every problem found so far. */
final class ReadContext {

  private final String source;
  private final LocatedTree tree;
  private final List<Problem> problems = new ArrayList<>();

  ReadContext(String source, LocatedTree tree) {
    this.source = source;
    this.tree = tree;
  }

  JsonNode root() {
    return tree.root();
  }

  List<Problem> problems() {
    return problems;
  }

  /** Records a problem with the value at {@code pointer}. */
  void atValue(String pointer, String message) {
    add(pointer, true, message);
  }

  /** Records a problem with the key at {@code pointer} (an unknown or duplicate field). */
  void atKey(String pointer, String message) {
    add(pointer, false, message);
  }

  /**
   * Records a problem found by the design checks, which name a field path rather than a pointer.
   */
  void atField(Problem checked) {
    add(Paths.toPointer(checked.field()), true, checked.message());
  }

  private void add(String pointer, boolean atValue, String message) {
    int[] at = tree.location(pointer, atValue);
    problems.add(new Problem(source, at[0], at[1], Paths.toField(pointer), message));
  }

  /**
   * Builds a value whose constructor checks combinations the reader did not; a refusal becomes a
   * problem at {@code pointer} rather than an exception.
   */
  <T> Optional<T> build(String pointer, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (IllegalArgumentException e) {
      atValue(pointer, e.getMessage());
      return Optional.empty();
    }
  }

  /** Whether a node is absent or empty: YAML's {@code key:} with nothing after it. */
  static boolean isEmpty(JsonNode n) {
    return n == null
        || n.isMissingNode()
        || n.isNull()
        || (n.isTextual() && n.textValue().isEmpty());
  }

  /** How a value found in the file is shown in a message. */
  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (isEmpty(n)) {
      return "an empty value";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isTextual()) {
      String t = n.textValue();
      return "'" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'";
    }
    return n.asText();
  }
}
