package io.scalelab.app.gui.canvas;

import static io.scalelab.app.gui.canvas.CanvasGeometry.BOX_PADDING;
import static io.scalelab.app.gui.canvas.CanvasGeometry.BOX_TITLE;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_HEIGHT;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_WIDTH;

import io.scalelab.app.gui.Overlay;
import io.scalelab.app.gui.document.Snapshot;
import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link Drawing} of a design state with its overlay. */
public final class Drawings {

  private static final Pattern COMPONENT_FIELD = Pattern.compile("^components\\[(\\d+)\\]");

  private Drawings() {}

  /**
   * Where each component is drawn: its saved position, or the automatic layout's for those that
   * have none.
   */
  public static Map<String, Component.Position> positions(Design design) {
    boolean allSaved = design.components().stream().allMatch(c -> c.position().isPresent());
    Map<String, Component.Position> auto = allSaved ? Map.of() : AutoLayout.layout(design);
    Map<String, Component.Position> out = new LinkedHashMap<>();
    for (Component c : design.components()) {
      out.put(c.id(), c.position().orElseGet(() -> auto.get(c.id())));
    }
    return out;
  }

  /** The drawing of {@code state} at {@code positions}, with the run's overlay. */
  public static Drawing of(
      Snapshot state, Overlay overlay, Map<String, Component.Position> positions) {
    Design d = state.design();
    Map<Integer, String> problems = new HashMap<>();
    for (Problem p : state.problems()) {
      Matcher m = COMPONENT_FIELD.matcher(p.field());
      if (m.find()) {
        problems.putIfAbsent(Integer.parseInt(m.group(1)), p.message());
      }
    }
    List<Drawing.Node> nodes = new ArrayList<>();
    for (int i = 0; i < d.components().size(); i++) {
      Component c = d.components().get(i);
      Optional<Double> u = Optional.ofNullable(overlay.utilisation().get(c.id()));
      boolean bottleneck = overlay.bottleneck().filter(c.id()::equals).isPresent();
      nodes.add(
          new Drawing.Node(
              c.id(),
              c.type(),
              NodeLabels.keySetting(c),
              NodeLabels.zones(c),
              positions.get(c.id()),
              u.map(Utilisation::of),
              u.orElse(0.0),
              bottleneck,
              bottleneck ? overlay.reason() : "",
              problems.getOrDefault(i, "")));
    }
    List<Drawing.Edge> edges = new ArrayList<>();
    for (Connection c : d.connections()) {
      edges.add(
          new Drawing.Edge(
              c.id(),
              c.from(),
              c.to(),
              c.via(),
              c.mode() == Connection.CallMode.ASYNC,
              edgeLabel(c)));
    }
    return new Drawing(nodes, edges, boxes(d, positions));
  }

  /** {@code 80%}, {@code ×2}, joined; empty for a plain call. */
  static String edgeLabel(Connection c) {
    List<String> parts = new ArrayList<>();
    if (c.share() != 1.0) {
      parts.add(String.format(Locale.ROOT, "%.3g%%", c.share() * 100).replaceAll("\\.?0+%", "%"));
    }
    if (c.callsPerRequest() != 1.0) {
      parts.add(
          "×" + String.format(Locale.ROOT, "%.3g", c.callsPerRequest()).replaceAll("\\.?0+$", ""));
    }
    // A call through a cache is drawn through the cache's node; the label need not repeat it.
    return String.join(" · ", parts);
  }

  /** One box per region around its components, and one around the global services. */
  static List<Drawing.Box> boxes(Design d, Map<String, Component.Position> positions) {
    Map<String, double[]> bounds = new LinkedHashMap<>();
    for (Component c : d.components()) {
      if (c.type() == ComponentType.USERS) {
        continue;
      }
      Component.Position p = positions.get(c.id());
      String key = c.region().code();
      double[] b =
          bounds.computeIfAbsent(
              key,
              k ->
                  new double[] {
                    Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE
                  });
      b[0] = Math.min(b[0], p.x());
      b[1] = Math.min(b[1], p.y());
      b[2] = Math.max(b[2], p.x() + NODE_WIDTH);
      b[3] = Math.max(b[3], p.y() + NODE_HEIGHT);
    }
    List<Drawing.Box> out = new ArrayList<>();
    bounds.forEach(
        (region, b) ->
            out.add(
                new Drawing.Box(
                    region,
                    region.equals("global"),
                    b[0] - BOX_PADDING,
                    b[1] - BOX_PADDING - BOX_TITLE,
                    b[2] - b[0] + 2 * BOX_PADDING,
                    b[3] - b[1] + 2 * BOX_PADDING + BOX_TITLE)));
    return out;
  }
}
