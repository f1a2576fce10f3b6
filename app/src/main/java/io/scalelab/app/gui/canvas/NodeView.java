package io.scalelab.app.gui.canvas;

import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_HEIGHT;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_WIDTH;

import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/** A component's node: glyph, id, key setting, zones, overlay colour, badge and handle. */
final class NodeView extends Group {

  /** Side of the glyph's coloured square. */
  private static final double GLYPH = 40;

  /** Where the labels start, right of the glyph. */
  private static final double TEXT_X = 60;

  /** Room for the labels: the node's width less the glyph and the handle. */
  private static final double TEXT_WIDTH = NODE_WIDTH - TEXT_X - 10;

  private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12.5);
  private static final Font DETAIL = Font.font("System", 11);
  private static final Font SMALL = Font.font("System", 10);

  /** Opacity of the overlay colour over the node's body: tinted, labels still readable. */
  private static final double OVERLAY_OPACITY = 0.28;

  private final Drawing.Node node;
  private final Rectangle body = new Rectangle(NODE_WIDTH, NODE_HEIGHT);
  private final Circle handle = new Circle(NODE_WIDTH, NODE_HEIGHT / 2, 6);
  private final javafx.beans.property.BooleanProperty selected =
      new javafx.beans.property.SimpleBooleanProperty(false);

  NodeView(Drawing.Node node) {
    this.node = node;
    setId("node-" + node.id());
    getProperties().put(CanvasView.COMPONENT_KEY, node.id());
    body.getStyleClass().add("node-body");
    if (!node.problem().isEmpty()) {
      body.getStyleClass().add("problem");
    }
    getChildren().add(body);
    node.level()
        .ifPresent(
            l -> {
              Rectangle tint = new Rectangle(NODE_WIDTH, NODE_HEIGHT);
              tint.setArcWidth(10);
              tint.setArcHeight(10);
              tint.setFill(Color.web(l.colour(), OVERLAY_OPACITY));
              tint.setStroke(Color.web(l.colour()));
              tint.setStrokeWidth(2);
              tint.setMouseTransparent(true);
              getChildren().add(tint);
            });
    Rectangle square = new Rectangle(10, (NODE_HEIGHT - GLYPH) / 2, GLYPH, GLYPH);
    square.setArcWidth(8);
    square.setArcHeight(8);
    square.setFill(Color.web(Glyphs.colour(node.type())));
    SVGPath glyph = new SVGPath();
    glyph.setContent(Glyphs.path(node.type()));
    glyph.setFill(Color.WHITE);
    glyph.setFillRule(FillRule.EVEN_ODD);
    // The paths are drawn in a 24-unit box; scaled about its corner to 70% of the square.
    double drawn = GLYPH * 0.7;
    glyph.getTransforms().add(new Scale(drawn / 24, drawn / 24, 0, 0));
    glyph.setLayoutX(10 + (GLYPH - drawn) / 2);
    glyph.setLayoutY((NODE_HEIGHT - drawn) / 2);
    getChildren().addAll(square, glyph);
    getChildren().add(text(node.id(), TITLE, "node-title", 22));
    getChildren().add(text(node.detail(), DETAIL, "node-detail", 38));
    if (!node.zones().isEmpty()) {
      getChildren().add(text(node.zones(), SMALL, "node-zones", 53));
    }
    node.level().ifPresent(l -> getChildren().add(utilisationPill()));
    if (node.bottleneck()) {
      getChildren().add(badge());
    }
    handle.getStyleClass().add("node-handle");
    // Faint until the node is under the mouse or selected: always there to grab, never clutter.
    handle
        .opacityProperty()
        .bind(
            javafx.beans.binding.Bindings.when(hoverProperty().or(selected))
                .then(1.0)
                .otherwise(0.3));
    handle.setId("handle-" + node.id());
    handle.getProperties().put(CanvasView.HANDLE_KEY, node.id());
    getChildren().add(handle);
    Tooltip.install(body, new Tooltip(tooltip()));
    relocate(node.at().x(), node.at().y());
  }

  Drawing.Node node() {
    return node;
  }

  Circle handle() {
    return handle;
  }

  void setSelected(boolean selected) {
    this.selected.set(selected);
    if (selected && !body.getStyleClass().contains("selected")) {
      body.getStyleClass().add("selected");
    } else if (!selected) {
      body.getStyleClass().remove("selected");
    }
  }

  private String tooltip() {
    StringBuilder sb = new StringBuilder(node.id()).append('\n').append(node.detail());
    if (node.level().isPresent()) {
      sb.append(String.format(Locale.ROOT, "%nutilisation %.0f%%", node.utilisation() * 100));
    }
    if (!node.problem().isEmpty()) {
      sb.append('\n').append(node.problem());
    }
    return sb.toString();
  }

  private Group utilisationPill() {
    String label = String.format(Locale.ROOT, "%.0f%%", node.utilisation() * 100);
    Text t = new Text(label);
    t.setFont(SMALL);
    t.getStyleClass().add("node-utilisation");
    double w = t.getLayoutBounds().getWidth() + 10;
    Rectangle pill = new Rectangle(w, 15);
    pill.setArcWidth(15);
    pill.setArcHeight(15);
    pill.setFill(Color.web(node.level().orElseThrow().colour()));
    t.setX(5);
    t.setY(11);
    Group g = new Group(pill, t);
    g.relocate(NODE_WIDTH - w - (node.bottleneck() ? 22 : 8), -8);
    g.setMouseTransparent(true);
    return g;
  }

  private Group badge() {
    Circle c = new Circle(0, 0, 11);
    c.getStyleClass().add("node-badge");
    Text t = new Text("!");
    t.setFont(Font.font("System", FontWeight.BOLD, 14));
    t.getStyleClass().add("node-badge-text");
    t.setX(-t.getLayoutBounds().getWidth() / 2);
    t.setY(5);
    Group g = new Group(c, t);
    g.setId("badge-" + node.id());
    g.setLayoutX(NODE_WIDTH - 4);
    g.setLayoutY(0);
    Tooltip.install(g, new Tooltip("Bottleneck: " + node.reason()));
    return g;
  }

  /** A label cut with an ellipsis to the room beside the glyph (the tooltip has it whole). */
  private static Text text(String s, Font font, String style, double baseline) {
    Text t = new Text(s);
    t.setFont(font);
    String shown = s;
    while (t.getLayoutBounds().getWidth() > TEXT_WIDTH && shown.length() > 1) {
      shown = shown.substring(0, shown.length() - 1);
      t.setText(shown + "…");
    }
    t.getStyleClass().add(style);
    t.setX(TEXT_X);
    t.setY(baseline);
    t.setMouseTransparent(true);
    return t;
  }
}
