package io.scalelab.app.gui.canvas;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import java.util.List;
import java.util.Optional;

/**
 * Everything the canvas draws for one state of the design and one overlay, computed off the view so
 * that it can be tested without a window.
 *
 * @param nodes the components
 * @param edges the connections
 * @param boxes the region boxes (and the box of the global services), drawn under the nodes
 */
public record Drawing(List<Node> nodes, List<Edge> edges, List<Box> boxes) {

  public Drawing {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    boxes = List.copyOf(boxes);
  }

  /** The node of a component. */
  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /**
   * A component's node.
   *
   * @param id the component id, the node's first line
   * @param type its type: glyph and colour
   * @param detail its key setting, the second line
   * @param zones its zones, e.g. {@code AZ a b c}; empty when none
   * @param at the top-left corner, in canvas units
   * @param level how busy the last run found it, if the run measured it
   * @param utilisation that utilisation, 0 to 1 (0 when not measured)
   * @param bottleneck whether the run named it the first bottleneck
   * @param reason the bottleneck's reason (empty when not the bottleneck)
   * @param problem the design's problem with this component, e.g. not connected; empty if none
   */
  public record Node(
      String id,
      ComponentType type,
      String detail,
      String zones,
      Component.Position at,
      Optional<Utilisation> level,
      double utilisation,
      boolean bottleneck,
      String reason,
      String problem) {}

  /**
   * A connection's arrow.
   *
   * @param id the connection id
   * @param from the caller's id
   * @param to the callee's id
   * @param via the cache read first, if any
   * @param async whether the caller does not wait (a dashed arrow)
   * @param label the share, calls per request and cache, when not the plain defaults
   */
  public record Edge(
      String id, String from, String to, Optional<String> via, boolean async, String label) {}

  /**
   * A box grouping a region's components, or the global services.
   *
   * @param title the region code, or {@code global}
   * @param global whether it holds the global services (drawn dashed)
   * @param x left, canvas units
   * @param y top
   * @param width width
   * @param height height
   */
  public record Box(String title, boolean global, double x, double y, double width, double height) {

    /** Whether the point lies inside the box. */
    public boolean contains(double px, double py) {
      return px >= x && px <= x + width && py >= y && py <= y + height;
    }
  }
}
