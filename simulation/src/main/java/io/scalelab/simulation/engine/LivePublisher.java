package io.scalelab.simulation.engine;

import io.scalelab.simulation.LiveSnapshot;
import io.scalelab.simulation.SimulationListener;

/**
 * Hands the first replication's new time-series points to a listener while it runs, at most {@link
 * LiveSnapshot#MAX_PER_SECOND} times per second of wall time. Runs on the replication's own thread,
 * between events, and only reads the series: the run does not depend on it. Wall time is read here,
 * outside the model, only to space the snapshots.
 */
final class LivePublisher {

  private static final long MIN_GAP_NANOS = 1_000_000_000L / LiveSnapshot.MAX_PER_SECOND;

  private final SimulationListener listener;
  private final double durationSeconds;
  private int published;
  private long lastWallNanos;
  private boolean started;

  LivePublisher(SimulationListener listener, long durationNanos) {
    this.listener = listener;
    this.durationSeconds = durationNanos / 1e9;
  }

  /** The engine has reached {@code simulatedNanos}; publishes new points if it is time. */
  void during(Series series, long simulatedNanos) {
    int points = series.points();
    if (points == published) {
      return;
    }
    long wall = System.nanoTime();
    if (started && wall - lastWallNanos < MIN_GAP_NANOS) {
      return;
    }
    started = true;
    lastWallNanos = wall;
    publish(series, points, simulatedNanos / 1e9, false);
  }

  /** The replication has ended: publishes the rest of its points. */
  void done(Series series) {
    publish(series, series.points(), durationSeconds, true);
  }

  private void publish(Series series, int to, double simulatedSeconds, boolean done) {
    LiveSnapshot s =
        new LiveSnapshot(
            published, series.range(published, to), simulatedSeconds, durationSeconds, done);
    published = to;
    listener.snapshot(s);
  }
}
