package io.scalelab.app.gui.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The editing commands on a {@link DesignDocument}: add, connect, move, delete, copy and paste.
 * Each builds the design tree the command leads to and hands it to the document as one undoable
 * edit.
 */
public final class DesignEditor {

  /** How far a pasted copy lands from its original, in canvas units: clearly apart, still near. */
  public static final double PASTE_OFFSET = 40;

  /** Types whose callers hand work over without waiting: a call to them is async by default. */
  private static final Set<ComponentType> ASYNC_TARGETS =
      Set.of(ComponentType.QUEUE, ComponentType.TOPIC, ComponentType.STREAM);

  private final DesignDocument document;
  private Supplier<Map<String, Component.Position>> shown = Map::of;

  public DesignEditor(DesignDocument document) {
    this.document = document;
  }

  /**
   * Where the canvas draws the components now. An edit that places a component (add, move, paste)
   * also saves these positions for the components that have none yet, so that placing one node
   * never makes the automatic layout move the others.
   */
  public void setShownPositions(Supplier<Map<String, Component.Position>> positions) {
    shown = positions;
  }

  private void fixPositions(ObjectNode tree) {
    shown
        .get()
        .forEach(
            (id, p) ->
                DesignTree.component(tree, id)
                    .filter(n -> !n.has("position"))
                    .ifPresent(n -> setPosition(n, p)));
  }

  /** The document edited. */
  public DesignDocument document() {
    return document;
  }

  /**
   * Adds a component of {@code type} with its starting settings and the first free id of its stem
   * ({@code service-1}, {@code service-2}...). It is not connected yet, so the design has a problem
   * until it is.
   *
   * @param region where it goes; the design's first region when empty (global types ignore it)
   * @param at where the canvas draws it, if the user dropped it somewhere
   * @return the new component's id, when the edit applied
   */
  public Optional<String> addComponent(
      ComponentType type, Optional<Region> region, Optional<Component.Position> at) {
    Design d = document.working();
    String id = freeId(d, ComponentTemplates.idStem(type), new HashSet<>());
    String regionCode = region.orElse(d.regions().get(0)).code();
    ObjectNode node = ComponentTemplates.create(type, id, regionCode);
    at.ifPresent(p -> setPosition(node, p));
    ObjectNode tree = DesignTree.of(d);
    if (at.isPresent()) {
      fixPositions(tree);
    }
    DesignTree.components(tree).add(node);
    EditOutcome o = document.apply("add " + id, tree, DesignDocument.Policy.MAY_ADD_PROBLEMS);
    return o.applied() ? Optional.of(id) : Optional.empty();
  }

  /**
   * Connects {@code from} to {@code to}: async when {@code to} is a queue, topic or stream, sync
   * otherwise. Refused with the reader's message when the types may not call each other or the call
   * closes a synchronous cycle.
   */
  public EditOutcome connect(String from, String to) {
    Design d = document.working();
    ObjectNode tree = DesignTree.of(d);
    ObjectNode c = DesignTree.connections(tree).addObject();
    c.put("from", from);
    c.put("to", to);
    boolean async =
        d.component(to).map(Component::type).filter(ASYNC_TARGETS::contains).isPresent();
    if (async) {
      c.put("mode", Connection.CallMode.ASYNC.fileName());
    }
    return document.apply(
        "connect " + from + " to " + to, tree, DesignDocument.Policy.NO_NEW_PROBLEMS);
  }

  /** Moves components on the canvas; one edit for all of them. */
  public EditOutcome move(Map<String, Component.Position> positions) {
    ObjectNode tree = DesignTree.of(document.working());
    fixPositions(tree);
    positions.forEach((id, p) -> DesignTree.component(tree, id).ifPresent(n -> setPosition(n, p)));
    String label = positions.size() == 1 ? "move " + positions.keySet().iterator().next() : "move";
    return document.apply(label, tree, DesignDocument.Policy.MAY_ADD_PROBLEMS);
  }

  /**
   * Deletes components and connections, with the connections to and from the deleted components,
   * their use as a cache ({@code via}) and the faults aimed at them.
   */
  public EditOutcome delete(Set<String> componentIds, Set<String> connectionIds) {
    Design d = document.working();
    ObjectNode tree = DesignTree.of(d);
    ArrayNode components = DesignTree.components(tree);
    for (int i = components.size() - 1; i >= 0; i--) {
      if (componentIds.contains(components.get(i).path("id").asText())) {
        components.remove(i);
      }
    }
    ArrayNode connections = DesignTree.connections(tree);
    for (int i = d.connections().size() - 1; i >= 0; i--) {
      Connection c = d.connections().get(i);
      if (connectionIds.contains(c.id())
          || componentIds.contains(c.from())
          || componentIds.contains(c.to())) {
        connections.remove(i);
      } else if (c.via().filter(componentIds::contains).isPresent()) {
        ((ObjectNode) connections.get(i)).remove("via");
      }
    }
    if (tree.path("faults") instanceof ArrayNode faults) {
      for (int i = faults.size() - 1; i >= 0; i--) {
        if (componentIds.contains(faults.get(i).path("component").asText())) {
          faults.remove(i);
        }
      }
    }
    List<String> names = new ArrayList<>(componentIds);
    names.addAll(connectionIds);
    String label =
        names.size() == 1 ? "delete " + names.get(0) : "delete " + names.size() + " items";
    return document.apply(label, tree, DesignDocument.Policy.MAY_ADD_PROBLEMS);
  }

  /**
   * Copies components, drawn at {@code shown}, with the connections among them (a connection whose
   * cache was not copied is copied without it).
   */
  public Snippet copy(Set<String> ids, Map<String, Component.Position> shown) {
    Design d = document.working();
    ObjectNode tree = DesignTree.of(d);
    List<ObjectNode> components = new ArrayList<>();
    for (String id : ids) {
      DesignTree.component(tree, id)
          .ifPresent(
              n -> {
                Optional.ofNullable(shown.get(id)).ifPresent(p -> setPosition(n, p));
                components.add(n);
              });
    }
    List<ObjectNode> connections = new ArrayList<>();
    for (int i = 0; i < d.connections().size(); i++) {
      Connection c = d.connections().get(i);
      if (ids.contains(c.from()) && ids.contains(c.to())) {
        ObjectNode n = (ObjectNode) DesignTree.connections(tree).get(i);
        n.remove("id");
        if (c.via().filter(v -> !ids.contains(v)).isPresent()) {
          n.remove("via");
        }
        connections.add(n);
      }
    }
    return new Snippet(components, connections);
  }

  /**
   * Pastes a snippet: each component under a fresh id ({@code api} becomes {@code api-1}, or the
   * next free number), moved by {@link #PASTE_OFFSET}, with its connections and hosts renamed to
   * the copies.
   *
   * @return the new ids, in the snippet's order (empty when nothing was pasted)
   */
  public List<String> paste(Snippet snippet) {
    if (snippet.isEmpty()) {
      return List.of();
    }
    Design d = document.working();
    ObjectNode tree = DesignTree.of(d);
    fixPositions(tree);
    Map<String, String> renamed = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (ObjectNode original : snippet.components()) {
      String old = original.path("id").asText();
      String fresh = freeId(d, stem(old), taken);
      taken.add(fresh);
      renamed.put(old, fresh);
    }
    for (ObjectNode original : snippet.components()) {
      ObjectNode n = original.deepCopy();
      n.put("id", renamed.get(n.path("id").asText()));
      JsonNode host = n.path("host");
      if (host.isTextual() && renamed.containsKey(host.asText())) {
        n.put("host", renamed.get(host.asText()));
      }
      JsonNode pos = n.path("position");
      if (pos.isObject()) {
        setPosition(
            n,
            new Component.Position(
                pos.path("x").asDouble() + PASTE_OFFSET, pos.path("y").asDouble() + PASTE_OFFSET));
      }
      DesignTree.components(tree).add(n);
    }
    for (ObjectNode original : snippet.connections()) {
      ObjectNode n = original.deepCopy();
      for (String end : List.of("from", "to", "via")) {
        if (n.path(end).isTextual() && renamed.containsKey(n.path(end).asText())) {
          n.put(end, renamed.get(n.path(end).asText()));
        }
      }
      DesignTree.connections(tree).add(n);
    }
    List<String> ids = List.copyOf(renamed.values());
    String label = ids.size() == 1 ? "paste " + ids.get(0) : "paste " + ids.size() + " components";
    EditOutcome o = document.apply(label, tree, DesignDocument.Policy.MAY_ADD_PROBLEMS);
    return o.applied() ? ids : List.of();
  }

  /** Writes a position, rounded to whole canvas units so saved files stay tidy. */
  static void setPosition(ObjectNode component, Component.Position p) {
    ObjectNode n = component.putObject("position");
    n.put("x", Math.round(p.x()));
    n.put("y", Math.round(p.y()));
  }

  /** The first of {@code stem-1}, {@code stem-2}... used neither in the design nor in taken. */
  private static String freeId(Design d, String stem, Set<String> taken) {
    Map<String, Boolean> used = new HashMap<>();
    d.components().forEach(c -> used.put(c.id(), true));
    taken.forEach(t -> used.put(t, true));
    for (int n = 1; ; n++) {
      String id = stem + "-" + n;
      if (!used.containsKey(id)) {
        return id;
      }
    }
  }

  /**
   * The stem of a copy's id, without a number the original already ends in ({@code api} for {@code
   * api-2}); short enough that a new number still fits the id's 63 characters.
   */
  private static String stem(String id) {
    String base = id.replaceFirst("-\\d+$", "");
    return base.length() > 56 ? base.substring(0, 56) : base;
  }
}
