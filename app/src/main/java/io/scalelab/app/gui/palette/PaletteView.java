package io.scalelab.app.gui.palette;

import io.scalelab.model.component.ComponentType;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * The palette: one item per component type with its glyph. Press an item and drag it onto the
 * canvas to place a new component there, or click it to add one beside the drawing. The drag is an
 * ordinary press-drag-release within the window (no system drag and drop), so it behaves the same
 * on every platform and under a headless test robot.
 */
public final class PaletteView extends VBox {

  /** A press that moves less than this many pixels is a click. */
  private static final double CLICK_SLOP = 4;

  /** Side of an item's glyph square. */
  private static final double GLYPH = 22;

  /**
   * @param target where items are dropped
   * @param onClick adds a component of the clicked type
   * @param glyphColour the category colour of a type
   * @param glyphPath the glyph of a type, an SVG path in a 24 by 24 box
   */
  public PaletteView(
      DropTarget target,
      Consumer<ComponentType> onClick,
      java.util.function.Function<ComponentType, String> glyphColour,
      java.util.function.Function<ComponentType, String> glyphPath) {
    setSpacing(1);
    setPadding(new Insets(6));
    Label title = new Label("Components");
    title.setStyle("-fx-font-weight: bold;");
    title.setPadding(new Insets(2, 4, 6, 4));
    getChildren().add(title);
    for (ComponentType t : ComponentType.values()) {
      getChildren().add(item(t, target, onClick, glyphColour.apply(t), glyphPath.apply(t)));
    }
  }

  private static Node item(
      ComponentType type,
      DropTarget target,
      Consumer<ComponentType> onClick,
      String colour,
      String path) {
    Rectangle square = new Rectangle(GLYPH, GLYPH);
    square.setArcWidth(6);
    square.setArcHeight(6);
    square.setFill(Color.web(colour));
    SVGPath glyph = new SVGPath();
    glyph.setContent(path);
    glyph.setFill(Color.WHITE);
    glyph.setFillRule(FillRule.EVEN_ODD);
    double drawn = GLYPH * 0.72;
    glyph.getTransforms().add(new Scale(drawn / 24, drawn / 24, 0, 0));
    StackPane icon = new StackPane(square, new javafx.scene.Group(glyph));
    Label name = new Label(type.fileName());
    HBox item = new HBox(8, icon, name);
    item.getStyleClass().add("palette-item");
    item.setId("palette-" + type.fileName());
    Tooltip.install(
        item, new Tooltip(type.description() + "\nDrag onto the canvas, or click to add."));
    Point2D[] press = {Point2D.ZERO};
    item.addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          press[0] = new Point2D(e.getSceneX(), e.getSceneY());
          item.setCursor(Cursor.CLOSED_HAND);
          e.consume();
        });
    item.addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          target.hover(type, e.getSceneX(), e.getSceneY());
          e.consume();
        });
    item.addEventHandler(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          item.setCursor(Cursor.DEFAULT);
          if (press[0].distance(e.getSceneX(), e.getSceneY()) < CLICK_SLOP) {
            target.endHover();
            onClick.accept(type);
          } else if (!target.drop(type, e.getSceneX(), e.getSceneY())) {
            target.endHover();
          }
          e.consume();
        });
    return item;
  }
}
