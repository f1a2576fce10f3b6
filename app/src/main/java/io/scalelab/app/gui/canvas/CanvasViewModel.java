package io.scalelab.app.gui.canvas;

import io.scalelab.app.gui.Overlay;
import io.scalelab.app.gui.document.DesignEditor;
import io.scalelab.app.gui.document.EditOutcome;
import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.region.Region;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The canvas's state: the drawing of the working design with the run's overlay, the selection, and
 * the gestures turned into edits (drop a new component, move, connect by the handle).
 */
public final class CanvasViewModel {

  private final DesignEditor editor;
  private final ObjectProperty<Overlay> overlay;
  private final StringProperty status;
  private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.NONE);
  private Map<String, Component.Position> positions = Map.of();

  /**
   * @param editor the edits
   * @param overlay the run's overlay, painted over the nodes
   * @param status where a refused gesture says why, one line
   */
  public CanvasViewModel(
      DesignEditor editor, ObjectProperty<Overlay> overlay, StringProperty status) {
    this.editor = editor;
    this.overlay = overlay;
    this.status = status;
    editor.setShownPositions(() -> positions);
    editor.document().state().addListener((obs, old, now) -> redraw());
    overlay.addListener((obs, old, now) -> redraw());
    redraw();
  }

  /** What the canvas draws. */
  public ReadOnlyObjectProperty<Drawing> drawing() {
    return drawing.getReadOnlyProperty();
  }

  /** The working design the drawing shows. */
  public Design drawingDesign() {
    return editor.document().working();
  }

  /** The selection; the inspector follows it. */
  public ObjectProperty<Selection> selection() {
    return selection;
  }

  /** Where each component is drawn now. */
  public Map<String, Component.Position> positions() {
    return positions;
  }

  /** Selects a component, alone or (with {@code add}) toggled in the selection. */
  public void select(String id, boolean add) {
    if (!add) {
      selection.set(Selection.component(id));
      return;
    }
    Set<String> ids = new HashSet<>(selection.get().components());
    if (!ids.remove(id)) {
      ids.add(id);
    }
    selection.set(new Selection(ids, Set.of()));
  }

  /** Selects a connection alone. */
  public void selectConnection(String id) {
    selection.set(Selection.connection(id));
  }

  /** Clears the selection (a click on the background). */
  public void clearSelection() {
    selection.set(Selection.NONE);
  }

  /** Saves where the user dragged components to, as one undoable edit. */
  public void moved(Map<String, Component.Position> to) {
    EditOutcome o = editor.move(to);
    report(o);
  }

  /** Connects two components after a drag from {@code from}'s handle onto {@code to}. */
  public boolean connect(String from, String to) {
    if (from.equals(to)) {
      return false;
    }
    EditOutcome o = editor.connect(from, to);
    report(o);
    if (o.applied()) {
      status.set("Connected " + from + " to " + to);
    }
    return o.applied();
  }

  /**
   * Adds a component dropped from the palette at {@code at} (canvas units, the node's centre): in
   * the region whose box it was dropped in, or the design's first region.
   */
  public Optional<String> drop(ComponentType type, Component.Position at) {
    Component.Position corner =
        new Component.Position(
            at.x() - CanvasGeometry.NODE_WIDTH / 2, at.y() - CanvasGeometry.NODE_HEIGHT / 2);
    Optional<String> id = editor.addComponent(type, regionAt(at), Optional.of(corner));
    id.ifPresent(this::selectAdded);
    return id;
  }

  /** Adds a component from a click on the palette, right of everything drawn. */
  public Optional<String> add(ComponentType type) {
    double right =
        positions.values().stream().mapToDouble(Component.Position::x).max().orElse(0)
            + CanvasGeometry.NODE_WIDTH
            + CanvasGeometry.COLUMN_GAP;
    double top = positions.values().stream().mapToDouble(Component.Position::y).min().orElse(0);
    Optional<String> id =
        editor.addComponent(
            type, Optional.empty(), Optional.of(new Component.Position(right, top)));
    id.ifPresent(this::selectAdded);
    return id;
  }

  private void selectAdded(String id) {
    selection.set(Selection.component(id));
    status.set("Added " + id + "; drag from its handle (the dot on its right) to connect it");
  }

  /** The region whose box holds the point, if any (not the global box). */
  public Optional<Region> regionAt(Component.Position p) {
    return drawing.get().boxes().stream()
        .filter(b -> !b.global() && b.contains(p.x(), p.y()))
        .map(b -> new Region(b.title()))
        .findFirst();
  }

  private void report(EditOutcome o) {
    if (!o.applied()) {
      status.set("Not changed: " + o.message());
    }
  }

  private void redraw() {
    Design d = editor.document().working();
    positions = new LinkedHashMap<>(Drawings.positions(d));
    drawing.set(Drawings.of(editor.document().state().get(), overlay.get(), positions));
    Set<String> ids = new HashSet<>(selection.get().components());
    ids.removeIf(id -> d.component(id).isEmpty());
    Set<String> cs = new HashSet<>(selection.get().connections());
    cs.removeIf(id -> d.connections().stream().noneMatch(c -> c.id().equals(id)));
    if (!ids.equals(selection.get().components()) || !cs.equals(selection.get().connections())) {
      selection.set(new Selection(ids, cs));
    }
  }
}
