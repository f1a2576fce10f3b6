package io.scalelab.model.file;

import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.topology.Connection;
import io.scalelab.model.topology.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.AsSubgraph;

/**
 * The rules of the topology graph, run once the ends of every connection are known to exist: every
 * component is reachable from a user origin, and no synchronous calls form a cycle (a request would
 * wait on itself).
 */
final class GraphChecks {

  private GraphChecks() {}

  static List<Problem> check(Design design, Map<String, Integer> indexOf) {
    List<Problem> problems = new ArrayList<>();
    Topology topology = design.topology();
    syncCycle(design, topology, problems);
    reachability(design, topology, indexOf, problems);
    return problems;
  }

  private static void syncCycle(Design design, Topology topology, List<Problem> problems) {
    Graph<String, Connection> g = topology.graph();
    Set<Connection> sync = new HashSet<>();
    for (Connection c : g.edgeSet()) {
      if (c.mode() == Connection.CallMode.SYNC) {
        sync.add(c);
      }
    }
    Graph<String, Connection> syncGraph = new AsSubgraph<>(g, g.vertexSet(), sync);
    Set<String> inCycles = new CycleDetector<>(syncGraph).findCycles();
    if (inCycles.isEmpty()) {
      return;
    }
    List<Connection> cs = design.connections();
    for (int i = 0; i < cs.size(); i++) {
      Connection c = cs.get(i);
      if (c.mode() == Connection.CallMode.SYNC
          && inCycles.contains(c.from())
          && inCycles.contains(c.to())) {
        problems.add(
            Problem.inDesign(
                "connections[" + i + "]",
                "synchronous calls form a cycle through "
                    + String.join(
                        ", ",
                        design.components().stream()
                            .map(Component::id)
                            .filter(inCycles::contains)
                            .toList())
                    + "; a request would wait on itself — make one of these calls mode: async"));
        return;
      }
    }
  }

  private static void reachability(
      Design design, Topology topology, Map<String, Integer> indexOf, List<Problem> problems) {
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (Component origin : topology.origins()) {
      reached.add(origin.id());
      todo.add(origin.id());
    }
    while (!todo.isEmpty()) {
      for (Connection c : topology.outgoing(todo.poll())) {
        c.via().filter(reached::add).ifPresent(todo::add);
        if (reached.add(c.to())) {
          todo.add(c.to());
        }
      }
    }
    if (topology.origins().isEmpty()) {
      return; // already reported: no user origin
    }
    for (Component c : design.components()) {
      if (!reached.contains(c.id()) && c.type() != ComponentType.USERS) {
        problems.add(
            Problem.inDesign(
                "components[" + indexOf.get(c.id()) + "]",
                "'" + c.id() + "' is not reachable from any user origin; connect it or remove it"));
      }
    }
  }
}
