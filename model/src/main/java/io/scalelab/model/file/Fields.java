package io.scalelab.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of one object of a design file. Unknown fields are reported as soon as the
 * object is opened; every getter records a problem (and returns empty) for a wrong value, so that
 * reading goes on and every problem of the file is found in one pass.
 */
final class Fields {

  private final ReadContext ctx;
  private final JsonNode node;
  private final String pointer;

  private Fields(ReadContext ctx, JsonNode node, String pointer) {
    this.ctx = ctx;
    this.node = node;
    this.pointer = pointer;
  }

  /**
   * Opens the object at {@code pointer}; reports every field not in {@code allowed}. Empty (with a
   * problem) when the node is not an object.
   */
  static Optional<Fields> open(
      ReadContext ctx, JsonNode node, String pointer, List<String> allowed, String what) {
    if (node == null || !node.isObject()) {
      ctx.atValue(pointer, "found " + ReadContext.describe(node) + "; expected " + what);
      return Optional.empty();
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        ctx.atKey(
            Paths.child(pointer, name),
            "unknown field"
                + Suggest.didYouMean(name, allowed)
                + " (allowed here: "
                + String.join(", ", allowed)
                + ")");
      }
    }
    return Optional.of(new Fields(ctx, node, pointer));
  }

  String pointer() {
    return pointer;
  }

  ReadContext context() {
    return ctx;
  }

  /** Whether the field has a value; {@code field:} with nothing after it counts as absent. */
  boolean has(String field) {
    return !ReadContext.isEmpty(node.get(field));
  }

  /** The raw node of a field, if present. */
  Optional<JsonNode> raw(String field) {
    return has(field) ? Optional.of(node.get(field)) : Optional.empty();
  }

  /** An optional field: empty when absent or wrong (a wrong value is reported). */
  <T> Optional<T> optional(String field, Kind<T> kind) {
    if (!has(field)) {
      return Optional.empty();
    }
    return readValue(node.get(field), Paths.child(pointer, field), kind);
  }

  /** A field with a default for when it is absent. */
  <T> T get(String field, Kind<T> kind, T byDefault) {
    return optional(field, kind).orElse(byDefault);
  }

  /** A required field: reported when absent. */
  <T> Optional<T> required(String field, Kind<T> kind, String what) {
    if (!has(field)) {
      missing(field, what);
      return Optional.empty();
    }
    return optional(field, kind);
  }

  /** Reports a missing required field. */
  void missing(String field, String what) {
    ctx.atValue(Paths.child(pointer, field), "missing; expected " + what);
  }

  /** Reports a field that is present but not allowed with the object's other settings. */
  void notAllowed(String field, String why) {
    ctx.atKey(Paths.child(pointer, field), "not allowed " + why);
  }

  /** Reports a problem with the value of a field. */
  void invalid(String field, String message) {
    ctx.atValue(Paths.child(pointer, field), message);
  }

  /** Opens a nested object field, if present. */
  Optional<Fields> object(String field, List<String> allowed, String what) {
    if (!has(field)) {
      return Optional.empty();
    }
    return open(ctx, node.get(field), Paths.child(pointer, field), allowed, what);
  }

  /** The elements of a list field, each with its pointer; reported when the field is not a list. */
  List<Element> list(String field, String what) {
    if (!has(field)) {
      return List.of();
    }
    JsonNode v = node.get(field);
    String p = Paths.child(pointer, field);
    if (!v.isArray()) {
      ctx.atValue(p, "found " + ReadContext.describe(v) + "; expected a list of " + what);
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(new Element(v.get(i), Paths.child(p, i)));
    }
    return out;
  }

  /** A list of scalars of one kind; wrong elements are reported and left out. */
  <T> List<T> scalars(String field, Kind<T> kind, String what) {
    List<T> out = new ArrayList<>();
    for (Element e : list(field, what)) {
      readValue(e.node(), e.pointer(), kind).ifPresent(out::add);
    }
    return out;
  }

  /** The entries of a map field (an object with free keys), each with its pointer. */
  List<Map.Entry<String, Element>> entries(String field, String what) {
    if (!has(field)) {
      return List.of();
    }
    JsonNode v = node.get(field);
    String p = Paths.child(pointer, field);
    if (!v.isObject()) {
      ctx.atValue(p, "found " + ReadContext.describe(v) + "; expected " + what);
      return List.of();
    }
    List<Map.Entry<String, Element>> out = new ArrayList<>();
    v.fields()
        .forEachRemaining(
            e ->
                out.add(
                    Map.entry(e.getKey(), new Element(e.getValue(), Paths.child(p, e.getKey())))));
    return out;
  }

  <T> Optional<T> readValue(JsonNode value, String at, Kind<T> kind) {
    try {
      return Optional.of(kind.read(value));
    } catch (IllegalArgumentException e) {
      ctx.atValue(at, "found " + ReadContext.describe(value) + "; expected " + e.getMessage());
      return Optional.empty();
    }
  }

  /** One element of a list or map, with its pointer. */
  record Element(JsonNode node, String pointer) {}
}
