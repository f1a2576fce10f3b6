package io.scalelab.app.gui.inspector;

/** What the inspector shows: the design, one component, one connection, or nothing to edit. */
public sealed interface Target {

  /** The design's own settings (nothing selected). */
  record WholeDesign() implements Target {}

  /** The component with this id. */
  record OfComponent(String id) implements Target {}

  /** The connection with this id. */
  record OfConnection(String id) implements Target {}

  /**
   * Nothing to edit, e.g. several components selected.
   *
   * @param why one line saying so
   */
  record Nothing(String why) implements Target {}
}
