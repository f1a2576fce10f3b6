package io.scalelab.app.gui.canvas;

import io.scalelab.app.gui.palette.DropTarget;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The canvas view: draws the view model's {@link Drawing} in a pannable, zoomable world and turns
 * mouse gestures into the view model's commands. Layout and gestures only; nothing is computed here
 * that the view model does not hand over.
 */
public final class CanvasView extends Region implements DropTarget {

  static final String COMPONENT_KEY = "scalelab.component";
  static final String HANDLE_KEY = "scalelab.handle";
  static final String EDGE_KEY = "scalelab.edge";

  /** Zoom limits: 10% shows a few hundred nodes, 400% a node's labels up close. */
  static final double MIN_ZOOM = 0.1;

  static final double MAX_ZOOM = 4;

  /** Zoom step of a button or a Ctrl+scroll notch. */
  static final double ZOOM_STEP = 1.2;

  /** Fit never enlarges beyond this: a small design stays at a natural size. */
  static final double FIT_MAX_ZOOM = 1.25;

  /** Margin left around the drawing by fit, in screen pixels. */
  static final double FIT_MARGIN = 30;

  /** A press that moves less than this many pixels is a click, not a drag. */
  static final double CLICK_SLOP = 4;

  private final CanvasViewModel vm;
  private final Group world = new Group();
  private final Group boxLayer = new Group();
  private final Group edgeLayer = new Group();
  private final Group nodeLayer = new Group();
  private final Group toolLayer = new Group();
  private final Scale scale = new Scale(1, 1, 0, 0);
  private final Translate translate = new Translate(0, 0);
  private final Map<String, NodeView> nodes = new HashMap<>();
  private final Map<String, EdgeView> edges = new HashMap<>();
  private Map<String, Component.Position> live = new HashMap<>();
  private Gesture gesture = Gesture.NONE;
  private Point2D pressScreen = Point2D.ZERO;
  private Point2D pressWorld = Point2D.ZERO;
  private Map<String, Component.Position> dragStart = Map.of();
  private String connectFrom = "";
  private final Line connectLine = new Line();
  private Optional<NodeView> ghost = Optional.empty();

  private enum Gesture {
    NONE,
    PAN,
    MOVE,
    CONNECT
  }

  public CanvasView(CanvasViewModel vm) {
    this.vm = vm;
    getStyleClass().add("canvas");
    setFocusTraversable(true);
    world.getTransforms().setAll(translate, scale);
    world.getChildren().addAll(boxLayer, edgeLayer, nodeLayer, toolLayer);
    getChildren().add(world);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    connectLine.getStyleClass().add("connect-line");
    connectLine.setMouseTransparent(true);
    vm.drawing().addListener((obs, old, now) -> rebuild());
    vm.selection().addListener((obs, old, now) -> restyle());
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    rebuild();
  }

  /** The current zoom, 1 = 100%. */
  public double zoom() {
    return scale.getX();
  }

  /** Zooms in one step about the centre. */
  public void zoomIn() {
    zoomAbout(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
  }

  /** Zooms out one step about the centre. */
  public void zoomOut() {
    zoomAbout(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
  }

  /** Fits the whole drawing in the view (after the next layout pass, when sizes are known). */
  public void fit() {
    Platform.runLater(this::fitNow);
  }

  /** The screen point (in this view's coordinates) of a component's centre, for tests. */
  public Optional<Point2D> screenCentreOf(String id) {
    return Optional.ofNullable(live.get(id))
        .map(
            p ->
                world.localToParent(
                    p.x() + CanvasGeometry.NODE_WIDTH / 2, p.y() + CanvasGeometry.NODE_HEIGHT / 2));
  }

  private void fitNow() {
    Bounds b = world.getBoundsInLocal();
    if (b.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
      return;
    }
    double z =
        Math.min(
            (getWidth() - 2 * FIT_MARGIN) / b.getWidth(),
            (getHeight() - 2 * FIT_MARGIN) / b.getHeight());
    z = clamp(Math.min(z, FIT_MAX_ZOOM));
    scale.setX(z);
    scale.setY(z);
    translate.setX((getWidth() - b.getWidth() * z) / 2 - b.getMinX() * z);
    translate.setY((getHeight() - b.getHeight() * z) / 2 - b.getMinY() * z);
  }

  private void zoomAbout(double factor, double sx, double sy) {
    double old = scale.getX();
    double z = clamp(old * factor);
    Point2D w = toWorld(sx, sy);
    scale.setX(z);
    scale.setY(z);
    translate.setX(sx - w.getX() * z);
    translate.setY(sy - w.getY() * z);
  }

  private static double clamp(double z) {
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
  }

  private Point2D toWorld(double x, double y) {
    return new Point2D(
        (x - translate.getX()) / scale.getX(), (y - translate.getY()) / scale.getY());
  }

  private void rebuild() {
    Drawing d = vm.drawing().get();
    live = new HashMap<>();
    d.nodes().forEach(n -> live.put(n.id(), n.at()));
    nodes.clear();
    edges.clear();
    nodeLayer.getChildren().clear();
    edgeLayer.getChildren().clear();
    for (Drawing.Node n : d.nodes()) {
      NodeView v = new NodeView(n);
      nodes.put(n.id(), v);
      nodeLayer.getChildren().add(v);
    }
    Set<String> legs = new HashSet<>();
    for (Drawing.Edge e : d.edges()) {
      boolean lastLeg = e.via().map(v -> legs.add(v + ">" + e.to())).orElse(true);
      EdgeView v = new EdgeView(e, lastLeg);
      edges.put(e.id(), v);
      edgeLayer.getChildren().add(v);
      v.update(live);
    }
    drawBoxes(d);
    restyle();
  }

  private void drawBoxes(Drawing d) {
    boxLayer.getChildren().clear();
    for (Drawing.Box b : d.boxes()) {
      Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
      r.getStyleClass().add("canvas-box");
      if (b.global()) {
        r.getStyleClass().add("global");
      }
      r.setMouseTransparent(true);
      Text t = new Text(b.x() + 10, b.y() + 16, b.global() ? "global · edge services" : b.title());
      t.getStyleClass().add("canvas-box-title");
      t.setMouseTransparent(true);
      boxLayer.getChildren().addAll(r, t);
    }
  }

  private void restyle() {
    Selection s = vm.selection().get();
    nodes.forEach((id, v) -> v.setSelected(s.components().contains(id)));
    edges.forEach((id, v) -> v.setSelected(s.connections().contains(id)));
  }

  private void pressed(MouseEvent e) {
    requestFocus();
    pressScreen = new Point2D(e.getX(), e.getY());
    pressWorld = toWorld(e.getX(), e.getY());
    Optional<String> handle = find(e.getPickResult().getIntersectedNode(), HANDLE_KEY);
    Optional<String> component = find(e.getPickResult().getIntersectedNode(), COMPONENT_KEY);
    Optional<String> edge = find(e.getPickResult().getIntersectedNode(), EDGE_KEY);
    if (e.getButton() != MouseButton.PRIMARY) {
      gesture = Gesture.PAN;
    } else if (handle.isPresent()) {
      gesture = Gesture.CONNECT;
      connectFrom = handle.get();
      Point2D start = pressWorld;
      connectLine.setStartX(start.getX());
      connectLine.setStartY(start.getY());
      connectLine.setEndX(start.getX());
      connectLine.setEndY(start.getY());
      toolLayer.getChildren().setAll(connectLine);
    } else if (component.isPresent()) {
      String id = component.get();
      if (e.isShiftDown() || e.isShortcutDown()) {
        vm.select(id, true);
      } else if (!vm.selection().get().components().contains(id)) {
        vm.select(id, false);
      }
      gesture = Gesture.MOVE;
      Map<String, Component.Position> start = new LinkedHashMap<>();
      vm.selection().get().components().forEach(s -> start.put(s, live.get(s)));
      dragStart = start;
    } else if (edge.isPresent()) {
      vm.selectConnection(edge.get());
      gesture = Gesture.NONE;
    } else {
      gesture = Gesture.PAN;
    }
    e.consume();
  }

  private void dragged(MouseEvent e) {
    Point2D w = toWorld(e.getX(), e.getY());
    if (gesture == Gesture.PAN) {
      translate.setX(translate.getX() + e.getX() - pressScreen.getX());
      translate.setY(translate.getY() + e.getY() - pressScreen.getY());
      pressScreen = new Point2D(e.getX(), e.getY());
    } else if (gesture == Gesture.MOVE) {
      double dx = w.getX() - pressWorld.getX();
      double dy = w.getY() - pressWorld.getY();
      dragStart.forEach(
          (id, p) -> {
            Component.Position now = new Component.Position(p.x() + dx, p.y() + dy);
            live.put(id, now);
            Optional.ofNullable(nodes.get(id)).ifPresent(v -> v.relocate(now.x(), now.y()));
          });
      edges.values().forEach(v -> v.update(live));
      drawBoxes(
          new Drawing(
              vm.drawing().get().nodes(),
              vm.drawing().get().edges(),
              Drawings.boxes(vm.drawingDesign(), live)));
    } else if (gesture == Gesture.CONNECT) {
      connectLine.setEndX(w.getX());
      connectLine.setEndY(w.getY());
    }
    e.consume();
  }

  private void released(MouseEvent e) {
    boolean click = pressScreen.distance(e.getX(), e.getY()) < CLICK_SLOP;
    if (gesture == Gesture.MOVE && !click) {
      Map<String, Component.Position> moved = new LinkedHashMap<>();
      dragStart.keySet().forEach(id -> moved.put(id, live.get(id)));
      vm.moved(moved);
    } else if (gesture == Gesture.CONNECT) {
      toolLayer.getChildren().clear();
      nodeAt(toWorld(e.getX(), e.getY())).ifPresent(to -> vm.connect(connectFrom, to));
    } else if (gesture == Gesture.PAN && click && e.getButton() == MouseButton.PRIMARY) {
      vm.clearSelection();
    }
    gesture = Gesture.NONE;
    e.consume();
  }

  private void scrolled(ScrollEvent e) {
    if (e.isShortcutDown() || e.isControlDown()) {
      zoomAbout(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.getX(), e.getY());
    } else {
      translate.setX(translate.getX() + e.getDeltaX());
      translate.setY(translate.getY() + e.getDeltaY());
    }
    e.consume();
  }

  /** The component whose node holds a world point. */
  private Optional<String> nodeAt(Point2D w) {
    return live.entrySet().stream()
        .filter(
            en ->
                w.getX() >= en.getValue().x()
                    && w.getX() <= en.getValue().x() + CanvasGeometry.NODE_WIDTH
                    && w.getY() >= en.getValue().y()
                    && w.getY() <= en.getValue().y() + CanvasGeometry.NODE_HEIGHT)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Optional<String> find(Node picked, String key) {
    for (Node n = picked; n != null; n = n.getParent()) {
      Object v = n.getProperties().get(key);
      if (v instanceof String s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public void hover(ComponentType type, double sceneX, double sceneY) {
    Point2D local = sceneToLocal(sceneX, sceneY);
    if (!contains(local)) {
      endHover();
      return;
    }
    Point2D w = toWorld(local.getX(), local.getY());
    NodeView v = ghost.filter(g -> g.node().type() == type).orElseGet(() -> newGhost(type));
    v.relocate(w.getX() - CanvasGeometry.NODE_WIDTH / 2, w.getY() - CanvasGeometry.NODE_HEIGHT / 2);
  }

  private NodeView newGhost(ComponentType type) {
    NodeView v =
        new NodeView(
            new Drawing.Node(
                "new " + type.fileName(),
                type,
                type.description(),
                "",
                new Component.Position(0, 0),
                Optional.empty(),
                0,
                false,
                "",
                ""));
    v.setOpacity(0.6);
    v.setMouseTransparent(true);
    toolLayer.getChildren().setAll(v);
    ghost = Optional.of(v);
    return v;
  }

  @Override
  public boolean drop(ComponentType type, double sceneX, double sceneY) {
    endHover();
    Point2D local = sceneToLocal(sceneX, sceneY);
    if (!contains(local)) {
      return false;
    }
    Point2D w = toWorld(local.getX(), local.getY());
    return vm.drop(type, new Component.Position(w.getX(), w.getY())).isPresent();
  }

  @Override
  public void endHover() {
    ghost.ifPresent(g -> toolLayer.getChildren().remove(g));
    ghost = Optional.empty();
  }
}
