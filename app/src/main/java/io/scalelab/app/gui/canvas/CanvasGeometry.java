package io.scalelab.app.gui.canvas;

/** Sizes on the canvas, in canvas units (pixels at 100% zoom). */
public final class CanvasGeometry {

  /** A node's width: room for a 20-character id and a 26-character key setting. */
  public static final double NODE_WIDTH = 230;

  /** A node's height: the glyph, two lines of label and the zone chips. */
  public static final double NODE_HEIGHT = 62;

  /** Space between layout columns, wide enough for an arrow's short label ({@code 80%}). */
  public static final double COLUMN_GAP = 64;

  /** Space between nodes stacked in one column. */
  public static final double ROW_GAP = 26;

  /**
   * Space between two regions' bands: both boxes' padding and the lower box's title, and a clear
   * gap between the boxes.
   */
  public static final double BAND_GAP = 90;

  /** Margin of a region box around its nodes. */
  public static final double BOX_PADDING = 16;

  /** Height of a region box's title strip above its nodes. */
  public static final double BOX_TITLE = 22;

  private CanvasGeometry() {}
}
