package io.scalelab.simulation;

import io.scalelab.simulation.result.TimeSeries;

/**
 * New points of a running simulation's time series, so that charts can draw while it runs. The
 * points are those of the <em>first</em> replication only (the final result averages all of them):
 * one replication's series is available as it grows, an average only once every replication has got
 * that far.
 *
 * <p>Snapshots of one run arrive in order and without gaps: {@code firstPoint} of each is the sum
 * of the point counts of those before it, so a listener appends each to what it has. The last one
 * ({@code done}) closes the first replication's series; its points together equal the first
 * replication's full series.
 *
 * @param firstPoint index of the first of {@link #points} in the whole series
 * @param points the new points only: the result file's columns (see {@link TimeSeries}), the same
 *     units, {@code seconds} counted from the start of the run, warm-up included
 * @param simulatedSeconds how far the first replication has got
 * @param durationSeconds simulated time of a replication, warm-up included
 * @param done whether the first replication has finished (no more snapshots follow)
 */
public record LiveSnapshot(
    int firstPoint,
    TimeSeries points,
    double simulatedSeconds,
    double durationSeconds,
    boolean done) {

  /**
   * Most snapshots per second of wall time: 10, a refresh a chart reads as live (a film needs 24; a
   * chart of 10 s buckets gains nothing above a few) while the engine copies little.
   */
  public static final int MAX_PER_SECOND = 10;

  public LiveSnapshot {
    if (firstPoint < 0) {
      throw new IllegalArgumentException("firstPoint must be >= 0: " + firstPoint);
    }
  }

  /** Number of new points. */
  public int size() {
    return points.seconds().size();
  }
}
