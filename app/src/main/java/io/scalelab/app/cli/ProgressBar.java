package io.scalelab.app.cli;

import io.scalelab.simulation.SimulationListener;
import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal, drawn only when a person is watching (a console is
 * attached) and the run has lasted over a second; erased when done.
 */
final class ProgressBar implements SimulationListener, AutoCloseable {

  /** Runs shorter than this show no bar. */
  static final long SHOW_AFTER_NANOS = 1_000_000_000L;

  private static final int WIDTH = 40;

  private final PrintWriter err;
  private final boolean interactive = System.console() != null;
  private final long started = System.nanoTime();
  private int drawn = -1;
  private boolean shown;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void progress(double fraction) {
    if (!interactive || System.nanoTime() - started < SHOW_AFTER_NANOS) {
      return;
    }
    int filled = (int) Math.round(fraction * WIDTH);
    if (filled == drawn) {
      return;
    }
    drawn = filled;
    shown = true;
    err.print(
        "\rsimulating ["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + Math.round(fraction * 100)
            + "%");
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
      err.flush();
    }
  }
}
