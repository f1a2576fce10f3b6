package io.scalelab.app.gui.export;

/** Where the apply dialog is. */
public enum ApplyState {
  /** Nothing has run yet. */
  READY(false),
  /** The apply step is running: checks, tools. */
  RUNNING(true),
  /** A plan is shown and waits for Apply or Don't apply. */
  ASKING(true),
  /** Stop was pressed; the tool is finishing. */
  STOPPING(true),
  /** Every approved plan was applied. */
  APPLIED(false),
  /** Nothing to change. */
  NO_CHANGES(false),
  /** A plan was declined. */
  CANCELLED(false),
  /** Stopped by the person while a tool ran. */
  STOPPED(false),
  /** Something was missing or a tool failed. */
  FAILED(false);

  private final boolean active;

  ApplyState(boolean active) {
    this.active = active;
  }

  /** Whether an apply is under way (it cannot be started again, the folder cannot change). */
  public boolean active() {
    return active;
  }
}
