package io.scalelab.app.gui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.app.gui.document.DesignTree;
import java.util.List;
import java.util.Optional;

/** Writing a field into a design tree, and following a component's new id through it. */
final class FieldPaths {

  private FieldPaths() {}

  /**
   * Sets the field at {@code path} below {@code node}, or removes it (and an object left empty by
   * it) when the value is empty: a left-out field takes its default.
   */
  static void set(ObjectNode node, List<String> path, Optional<JsonNode> value) {
    String last = path.get(path.size() - 1);
    if (path.size() == 1) {
      if (value.isPresent()) {
        node.set(last, value.get());
      } else {
        node.remove(last);
      }
      return;
    }
    String parentKey = path.get(0);
    JsonNode parent = node.path(parentKey);
    if (value.isPresent()) {
      ObjectNode p = parent.isObject() ? (ObjectNode) parent : node.putObject(parentKey);
      p.set(last, value.get());
    } else if (parent.isObject()) {
      ((ObjectNode) parent).remove(last);
      if (parent.isEmpty()) {
        node.remove(parentKey);
      }
    }
  }

  /**
   * Renames a component everywhere the design names it: connections' ends and caches, services' and
   * databases' hosts, and fault targets.
   */
  static void renameReferences(ObjectNode tree, String from, String to) {
    for (JsonNode c : DesignTree.connections(tree)) {
      for (String end : List.of("from", "to", "via")) {
        replace((ObjectNode) c, end, from, to);
      }
    }
    for (JsonNode c : DesignTree.components(tree)) {
      replace((ObjectNode) c, "host", from, to);
    }
    JsonNode faults = tree.path("faults");
    if (faults instanceof ArrayNode) {
      for (JsonNode f : faults) {
        replace((ObjectNode) f, "component", from, to);
      }
    }
  }

  private static void replace(ObjectNode node, String field, String from, String to) {
    if (node.path(field).isTextual() && node.path(field).asText().equals(from)) {
      node.put(field, to);
    }
  }
}
