package io.scalelab.app.gui.canvas;

/**
 * The overlay's colour scale: how busy a component was in the last run, as green, amber or red. The
 * thresholds come from the M/M/1 queue, where the mean wait is rho/(1 - rho) service times.
 */
public enum Utilisation {
  /** Below {@link #BUSY}: requests rarely wait. */
  GREEN("#2DA44E"),
  /** From {@link #BUSY} to {@link #SATURATED}: waits grow quickly with load. */
  AMBER("#D4A72C"),
  /** From {@link #SATURATED} up: the component is the limit. */
  RED("#CF222E");

  /** 60%: an M/M/1 queue's mean wait reaches 1.5 service times. */
  public static final double BUSY = 0.60;

  /** 85%: the mean wait reaches 5.7 service times, and small load changes move it a lot. */
  public static final double SATURATED = 0.85;

  private final String colour;

  Utilisation(String colour) {
    this.colour = colour;
  }

  /** The CSS hex colour. */
  public String colour() {
    return colour;
  }

  /** The level of a utilisation from 0 to 1 (values above 1 mean demand beyond capacity). */
  public static Utilisation of(double utilisation) {
    if (utilisation >= SATURATED) {
      return RED;
    }
    return utilisation >= BUSY ? AMBER : GREEN;
  }
}
