package io.scalelab.app.gui;

/** The application's look: AtlantaFX's Primer light or dark theme. */
public enum Theme {
  LIGHT,
  DARK
}
