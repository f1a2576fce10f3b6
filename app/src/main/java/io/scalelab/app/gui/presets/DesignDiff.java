package io.scalelab.app.gui.presets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.app.gui.document.DesignTree;
import io.scalelab.app.gui.inspector.FlowYaml;
import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changes from one design to another: components added, removed and changed (setting by
 * setting, as the design files write them), connections added and removed, and the users. Computed
 * from the two designs, so it never drifts from the presets.
 *
 * @param added components only the second design has, as {@code id (type)}
 * @param removed components only the first design has
 * @param changed per component in both whose settings differ: {@code id: field old → new; ...}
 * @param connectionsAdded calls only the second design makes, as {@code from → to}
 * @param connectionsRemoved calls only the first design makes
 * @param users the users before and after, when they differ, as {@code 100000 → 500000}
 */
public record DesignDiff(
    List<String> added,
    List<String> removed,
    List<String> changed,
    List<String> connectionsAdded,
    List<String> connectionsRemoved,
    String users) {

  public DesignDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    connectionsAdded = List.copyOf(connectionsAdded);
    connectionsRemoved = List.copyOf(connectionsRemoved);
  }

  /** The differences from {@code before} to {@code after}. */
  public static DesignDiff between(Design before, Design after) {
    Map<String, JsonNode> a = componentTrees(before);
    Map<String, JsonNode> b = componentTrees(after);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Component c : after.components()) {
      if (!a.containsKey(c.id())) {
        added.add(c.id() + " (" + c.type().fileName() + ")");
      }
    }
    for (Component c : before.components()) {
      if (!b.containsKey(c.id())) {
        removed.add(c.id() + " (" + c.type().fileName() + ")");
      } else if (!a.get(c.id()).equals(b.get(c.id()))) {
        changed.add(c.id() + ": " + String.join("; ", fieldChanges(a.get(c.id()), b.get(c.id()))));
      }
    }
    Set<String> callsBefore = calls(before);
    Set<String> callsAfter = calls(after);
    List<String> connectionsAdded =
        callsAfter.stream().filter(c -> !callsBefore.contains(c)).toList();
    List<String> connectionsRemoved =
        callsBefore.stream().filter(c -> !callsAfter.contains(c)).toList();
    long u0 = before.workload().users();
    long u1 = after.workload().users();
    String users = u0 == u1 ? "" : String.format("%,d → %,d", u0, u1);
    return new DesignDiff(added, removed, changed, connectionsAdded, connectionsRemoved, users);
  }

  /** Whether the designs differ in nothing this diff looks at. */
  public boolean isEmpty() {
    return added.isEmpty()
        && removed.isEmpty()
        && changed.isEmpty()
        && connectionsAdded.isEmpty()
        && connectionsRemoved.isEmpty()
        && users.isEmpty();
  }

  private static Map<String, JsonNode> componentTrees(Design d) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode n : DesignTree.components(DesignTree.of(d))) {
      ObjectNode copy = ((ObjectNode) n).deepCopy();
      copy.remove("position");
      out.put(copy.path("id").asText(), copy);
    }
    return out;
  }

  private static List<String> fieldChanges(JsonNode a, JsonNode b) {
    Set<String> names = new LinkedHashSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    List<String> out = new ArrayList<>();
    for (String name : names) {
      JsonNode x = a.path(name);
      JsonNode y = b.path(name);
      if (!x.equals(y)) {
        out.add(name + " " + text(x) + " → " + text(y));
      }
    }
    return out;
  }

  private static String text(JsonNode n) {
    if (n.isMissingNode()) {
      return "(default)";
    }
    return n.isContainerNode() ? FlowYaml.write(n) : n.asText();
  }

  private static Set<String> calls(Design d) {
    Set<String> out = new LinkedHashSet<>();
    for (Connection c : d.connections()) {
      out.add(c.from() + " → " + c.to() + c.via().map(v -> " via " + v).orElse(""));
    }
    return out;
  }

  /** All differences as lines, for the picker: {@code + x}, {@code − x}, {@code ~ x: ...}. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    if (!users.isEmpty()) {
      out.add("users " + users);
    }
    added.forEach(s -> out.add("+ " + s));
    removed.forEach(s -> out.add("− " + s));
    changed.forEach(s -> out.add("~ " + s));
    connectionsAdded.forEach(s -> out.add("+ call " + s));
    connectionsRemoved.forEach(s -> out.add("− call " + s));
    return out;
  }
}
