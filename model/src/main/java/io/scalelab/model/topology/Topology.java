package io.scalelab.model.topology;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A design's components and connections as a directed multigraph (JGraphT). Vertices are component
 * ids, edges are connections; the graph is read-only. Connections whose ends are missing are left
 * out (the design checks report them).
 */
public final class Topology {

  private final Map<String, Component> components;
  private final Graph<String, Connection> graph;

  private Topology(Map<String, Component> components, Graph<String, Connection> graph) {
    this.components = components;
    this.graph = new AsUnmodifiableGraph<>(graph);
  }

  /**
   * Builds the topology of the given components and connections. A component id seen twice keeps
   * its first component. O(V + E).
   */
  public static Topology of(List<Component> components, List<Connection> connections) {
    Map<String, Component> byId = new LinkedHashMap<>();
    Graph<String, Connection> g =
        GraphTypeBuilder.<String, Connection>directed()
            .allowingMultipleEdges(true)
            .allowingSelfLoops(true)
            .weighted(false)
            .buildGraph();
    for (Component c : components) {
      if (byId.putIfAbsent(c.id(), c) == null) {
        g.addVertex(c.id());
      }
    }
    for (Connection c : connections) {
      if (g.containsVertex(c.from()) && g.containsVertex(c.to())) {
        g.addEdge(c.from(), c.to(), c);
      }
    }
    return new Topology(Collections.unmodifiableMap(byId), g);
  }

  /** The read-only graph: vertices are component ids, edges connections. */
  public Graph<String, Connection> graph() {
    return graph;
  }

  /** The component with the given id. */
  public Optional<Component> component(String id) {
    return Optional.ofNullable(components.get(id));
  }

  /** Every component, in design order. */
  public Collection<Component> components() {
    return components.values();
  }

  /** The connections leaving a component (its calls). */
  public Set<Connection> outgoing(String id) {
    return graph.containsVertex(id) ? graph.outgoingEdgesOf(id) : Set.of();
  }

  /** The connections arriving at a component (its callers). */
  public Set<Connection> incoming(String id) {
    return graph.containsVertex(id) ? graph.incomingEdgesOf(id) : Set.of();
  }

  /** The user origins: where requests start. */
  public List<Component> origins() {
    return components.values().stream().filter(c -> c.type() == ComponentType.USERS).toList();
  }
}
