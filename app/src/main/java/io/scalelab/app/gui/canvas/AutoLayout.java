package io.scalelab.app.gui.canvas;

import static io.scalelab.app.gui.canvas.CanvasGeometry.BAND_GAP;
import static io.scalelab.app.gui.canvas.CanvasGeometry.COLUMN_GAP;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_HEIGHT;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_WIDTH;
import static io.scalelab.app.gui.canvas.CanvasGeometry.ROW_GAP;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The automatic layout: layers from left to right along the calls (users in the first column, data
 * stores that call nothing in the last), and within a column the regional components stacked in one
 * band per region, so that each region's box holds only its own components. Users and the global
 * services (DNS, CDN, WAF) stand outside the region boxes, centred in their columns. Positions are
 * nodes' top-left corners. O((V + E) log V).
 */
public final class AutoLayout {

  /**
   * Data stores: when something calls them and they call nothing, they go in the last column, at
   * the right. (Caches stay where the calls put them: before the database they front.)
   */
  private static final Set<ComponentType> STORES =
      Set.of(ComponentType.DATABASE, ComponentType.KEY_VALUE, ComponentType.OBJECT_STORE);

  private AutoLayout() {}

  /** Positions for every component of {@code design}. */
  public static Map<String, Component.Position> layout(Design design) {
    Map<String, Integer> layer = layers(design);
    int columns = layer.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
    // Band of each regional component: its region; users and global services have none.
    List<String> bands = new ArrayList<>();
    Map<String, List<List<String>>> cells = new LinkedHashMap<>();
    for (Component c : design.components()) {
      if (inBand(c)) {
        String band = c.region().code();
        if (!bands.contains(band)) {
          bands.add(band);
        }
      }
    }
    for (String band : bands) {
      List<List<String>> cols = new ArrayList<>();
      for (int i = 0; i < columns; i++) {
        cols.add(new ArrayList<>());
      }
      cells.put(band, cols);
    }
    List<List<String>> free = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      free.add(new ArrayList<>());
    }
    for (Component c : design.components()) {
      int col = layer.get(c.id());
      (inBand(c) ? cells.get(c.region().code()) : free).get(col).add(c.id());
    }
    double rowStep = NODE_HEIGHT + ROW_GAP;
    Map<String, Double> bandTop = new HashMap<>();
    double y = 0;
    for (String band : bands) {
      bandTop.put(band, y);
      int rows = cells.get(band).stream().mapToInt(List::size).max().orElse(0);
      y += rows * rowStep - ROW_GAP + BAND_GAP;
    }
    double totalHeight = Math.max(NODE_HEIGHT, y - BAND_GAP);
    Map<String, Component.Position> out = new HashMap<>();
    for (int col = 0; col < columns; col++) {
      double x = col * (NODE_WIDTH + COLUMN_GAP);
      for (String band : bands) {
        List<String> ids = order(cells.get(band).get(col), design, out);
        int rows = cells.get(band).stream().mapToInt(List::size).max().orElse(0);
        double offset = (rows - ids.size()) * rowStep / 2;
        for (int i = 0; i < ids.size(); i++) {
          out.put(ids.get(i), new Component.Position(x, bandTop.get(band) + offset + i * rowStep));
        }
      }
      List<String> loose = order(free.get(col), design, out);
      int column = col;
      boolean mixed = bands.stream().anyMatch(b -> !cells.get(b).get(column).isEmpty());
      double height = loose.size() * rowStep - ROW_GAP;
      // Beside region bands, loose nodes stand above them so no box encloses them.
      double top = mixed ? -BAND_GAP - height : (totalHeight - height) / 2;
      for (int i = 0; i < loose.size(); i++) {
        out.put(loose.get(i), new Component.Position(x, top + i * rowStep));
      }
    }
    return out;
  }

  /** Whether a component is drawn inside its region's box. */
  static boolean inBand(Component c) {
    return c.type() != ComponentType.USERS && !c.region().isGlobal();
  }

  /**
   * Orders a column's nodes by the mean height of the nodes that call them (already placed, to the
   * left), so arrows cross less; nodes nobody calls keep the design's order.
   */
  private static List<String> order(
      List<String> ids, Design design, Map<String, Component.Position> placed) {
    Map<String, Double> key = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      double sum = 0;
      int n = 0;
      for (Connection c : design.connections()) {
        boolean calls = c.to().equals(id) || c.via().filter(id::equals).isPresent();
        String caller = calls ? c.from() : "";
        Component.Position p = placed.get(caller);
        if (p != null) {
          sum += p.y();
          n++;
        }
      }
      key.put(id, n == 0 ? Double.MAX_VALUE / 2 + i : sum / n + i * 1e-3);
    }
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort((a, b) -> Double.compare(key.get(a), key.get(b)));
    return sorted;
  }

  /** Longest-path layers over the calls, with cycles broken where a call goes back. */
  static Map<String, Integer> layers(Design design) {
    Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    design.components().forEach(c -> g.addVertex(c.id()));
    for (Connection c : design.connections()) {
      if (c.via().isPresent()) {
        addEdge(g, c.from(), c.via().get());
        addEdge(g, c.via().get(), c.to());
      } else {
        addEdge(g, c.from(), c.to());
      }
    }
    breakCycles(g, design);
    Map<String, Integer> layer = new HashMap<>();
    TopologicalOrderIterator<String, DefaultEdge> it = new TopologicalOrderIterator<>(g);
    while (it.hasNext()) {
      String v = it.next();
      int l = 0;
      for (DefaultEdge e : g.incomingEdgesOf(v)) {
        l = Math.max(l, layer.get(g.getEdgeSource(e)) + 1);
      }
      layer.put(v, l);
    }
    int last = layer.values().stream().mapToInt(i -> i).max().orElse(0);
    for (Component c : design.components()) {
      if (c.type() == ComponentType.USERS) {
        layer.put(c.id(), 0);
      } else if (STORES.contains(c.type())
          && g.outDegreeOf(c.id()) == 0
          && g.inDegreeOf(c.id()) > 0) {
        layer.put(c.id(), last);
      }
    }
    return layer;
  }

  private static void addEdge(Graph<String, DefaultEdge> g, String from, String to) {
    if (g.containsVertex(from) && g.containsVertex(to) && !from.equals(to)) {
      g.addEdge(from, to);
    }
  }

  /** Removes the edges a depth-first walk from the users finds going back up its path. */
  private static void breakCycles(Graph<String, DefaultEdge> g, Design design) {
    Set<String> done = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    List<String> roots = new ArrayList<>();
    design.components().stream()
        .filter(c -> c.type() == ComponentType.USERS)
        .forEach(c -> roots.add(c.id()));
    design.components().forEach(c -> roots.add(c.id()));
    for (String r : roots) {
      walk(g, r, done, onPath);
    }
  }

  private static void walk(
      Graph<String, DefaultEdge> g, String v, Set<String> done, Set<String> onPath) {
    if (done.contains(v)) {
      return;
    }
    onPath.add(v);
    for (DefaultEdge e : new ArrayList<>(g.outgoingEdgesOf(v))) {
      String w = g.getEdgeTarget(e);
      if (onPath.contains(w)) {
        g.removeEdge(e);
      } else {
        walk(g, w, done, onPath);
      }
    }
    onPath.remove(v);
    done.add(v);
  }
}
