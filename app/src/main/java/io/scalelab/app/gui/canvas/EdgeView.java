package io.scalelab.app.gui.canvas;

import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_HEIGHT;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_WIDTH;

import io.scalelab.model.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A connection's arrow: straight from the caller's box to the callee's, through the cache first
 * when the call is cache-aside; dashed when asynchronous; labelled with share, calls and cache.
 */
final class EdgeView extends Group {

  /** Length of the arrowhead. */
  private static final double HEAD = 10;

  /** Half the width of the arrowhead's base. */
  private static final double HEAD_HALF_WIDTH = 4.5;

  /** Dash and gap of an asynchronous call's line. */
  private static final double DASH = 7;

  private final Drawing.Edge edge;
  private final List<String> stops;
  private final List<Line> lines = new ArrayList<>();
  private final List<Line> hits = new ArrayList<>();
  private final List<Polygon> heads = new ArrayList<>();
  private final Label label;

  /**
   * @param edge the connection
   * @param drawLastLeg false when another connection already drew the leg from its cache to the
   *     same store (several services reading one database through one cache)
   */
  EdgeView(Drawing.Edge edge, boolean drawLastLeg) {
    this.edge = edge;
    getProperties().put(CanvasView.EDGE_KEY, edge.id());
    List<String> s = new ArrayList<>();
    s.add(edge.from());
    edge.via().ifPresent(s::add);
    s.add(edge.to());
    if (!drawLastLeg && s.size() == 3) {
      s.remove(2);
    }
    stops = s;
    for (int i = 0; i + 1 < stops.size(); i++) {
      Line hit = new Line();
      hit.getStyleClass().add("edge-hit");
      Line line = new Line();
      line.getStyleClass().add("edge-line");
      line.setMouseTransparent(true);
      if (edge.async()) {
        line.getStrokeDashArray().setAll(DASH, DASH * 0.8);
      }
      Polygon head = new Polygon();
      head.getStyleClass().add("edge-head");
      head.setMouseTransparent(true);
      hits.add(hit);
      lines.add(line);
      heads.add(head);
      getChildren().addAll(hit, line, head);
    }
    label = new Label(edge.label());
    label.getStyleClass().add("edge-label");
    label.setVisible(!edge.label().isEmpty());
    label.setMouseTransparent(true);
    getChildren().add(label);
  }

  Drawing.Edge edge() {
    return edge;
  }

  void setSelected(boolean selected) {
    for (Line l : lines) {
      toggle(l, selected);
    }
    for (Polygon h : heads) {
      toggle(h, selected);
    }
  }

  private static void toggle(javafx.scene.Node n, boolean on) {
    if (on && !n.getStyleClass().contains("selected")) {
      n.getStyleClass().add("selected");
    } else if (!on) {
      n.getStyleClass().remove("selected");
    }
  }

  /** Lays the arrow out between the nodes' current positions. */
  void update(Map<String, Component.Position> at) {
    for (int i = 0; i + 1 < stops.size(); i++) {
      Component.Position a = at.get(stops.get(i));
      Component.Position b = at.get(stops.get(i + 1));
      if (a == null || b == null) {
        continue;
      }
      double ax = a.x() + NODE_WIDTH / 2;
      double ay = a.y() + NODE_HEIGHT / 2;
      double bx = b.x() + NODE_WIDTH / 2;
      double by = b.y() + NODE_HEIGHT / 2;
      double[] start = boundary(ax, ay, bx, by);
      double[] end = boundary(bx, by, ax, ay);
      double dx = end[0] - start[0];
      double dy = end[1] - start[1];
      double len = Math.max(1e-6, Math.hypot(dx, dy));
      double ux = dx / len;
      double uy = dy / len;
      Line line = lines.get(i);
      line.setStartX(start[0]);
      line.setStartY(start[1]);
      line.setEndX(end[0] - ux * HEAD);
      line.setEndY(end[1] - uy * HEAD);
      Line hit = hits.get(i);
      hit.setStartX(start[0]);
      hit.setStartY(start[1]);
      hit.setEndX(end[0]);
      hit.setEndY(end[1]);
      double baseX = end[0] - ux * HEAD;
      double baseY = end[1] - uy * HEAD;
      heads
          .get(i)
          .getPoints()
          .setAll(
              end[0],
              end[1],
              baseX - uy * HEAD_HALF_WIDTH,
              baseY + ux * HEAD_HALF_WIDTH,
              baseX + uy * HEAD_HALF_WIDTH,
              baseY - ux * HEAD_HALF_WIDTH);
      if (i == 0) {
        label.applyCss();
        double w = label.prefWidth(-1);
        double h = label.prefHeight(w);
        label.resizeRelocate(
            (start[0] + end[0]) / 2 - w / 2, (start[1] + end[1]) / 2 - h / 2 - 8, w, h);
      }
    }
  }

  /**
   * Where the line from a box's centre towards a point leaves the box: the centre moved along the
   * line until it meets the nearer of the box's sides.
   */
  private static double[] boundary(double cx, double cy, double tx, double ty) {
    double dx = tx - cx;
    double dy = ty - cy;
    if (dx == 0 && dy == 0) {
      return new double[] {cx, cy};
    }
    double sx = dx == 0 ? Double.MAX_VALUE : (NODE_WIDTH / 2 + 2) / Math.abs(dx);
    double sy = dy == 0 ? Double.MAX_VALUE : (NODE_HEIGHT / 2 + 2) / Math.abs(dy);
    double s = Math.min(sx, sy);
    return new double[] {cx + dx * s, cy + dy * s};
  }
}
