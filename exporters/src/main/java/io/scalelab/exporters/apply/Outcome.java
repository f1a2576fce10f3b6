package io.scalelab.exporters.apply;

/** How an apply run ended when no tool failed. */
public enum Outcome {
  /** At least one step applied changes, and every step ran. */
  APPLIED,
  /** Every plan and diff was empty; nothing was applied. */
  NO_CHANGES,
  /**
   * A plan was declined; that step and every later step did not run (earlier steps stay applied).
   */
  CANCELLED
}
