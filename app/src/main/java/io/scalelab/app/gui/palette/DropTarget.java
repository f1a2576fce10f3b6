package io.scalelab.app.gui.palette;

import io.scalelab.model.component.ComponentType;

/** Where palette items can be dropped: the canvas. Points are in scene coordinates. */
public interface DropTarget {

  /** The dragged item is over {@code (sceneX, sceneY)}: show where it would land. */
  void hover(ComponentType type, double sceneX, double sceneY);

  /** The item was let go at the point; true when it landed (the point was on the target). */
  boolean drop(ComponentType type, double sceneX, double sceneY);

  /** The drag ended elsewhere: hide the preview. */
  void endHover();
}
