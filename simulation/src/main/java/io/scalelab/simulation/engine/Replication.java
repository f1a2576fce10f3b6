package io.scalelab.simulation.engine;

import io.scalelab.simulation.random.Sampler;
import org.HdrHistogram.Histogram;

/**
 * Asynchronous replication from a database's primary to its read replicas. Each committed write is
 * shipped to every replica (a zone or region hop) and applied there by a single apply thread (as
 * PostgreSQL's startup process and MySQL's default SQL thread do), taking a write's service time.
 * The lag of a write is the time from its commit to its apply: near the shipping delay while writes
 * come slower than the replica applies them, growing without bound once they come faster — the
 * Lindley recursion of a single-server queue.
 *
 * <p>Aurora is different: its replicas share the cluster volume (or, across regions, an Aurora
 * Global Database copies it at the storage layer) and do not replay each write on one thread, so
 * their lag is the shipping delay alone, "typically less than 100 milliseconds" in a region (Amazon
 * Aurora User Guide, "Replication with Amazon Aurora") and "typically under a second" across
 * regions (the same guide, "Using Amazon Aurora global databases").
 *
 * <p>A read served by a replica is stale when its key was written on the primary less than the
 * replica's current lag ago.
 */
final class Replication {

  private final Model m;
  private final Stations st;
  private final Faults faults;
  private final Traffic traffic;
  private final double[] applyFreeAt;
  private final double[] currentLag;
  private final Sampler[] applyTime;
  private final boolean[] storageReplicated;
  private final LastWrites[] lastWrites;
  final Histogram[] lag;
  final long[] replicaReads;
  final long[] staleReads;

  // Since the start of the run, never reset: the time series takes deltas.
  final double[] lagSumNanosCum;
  final long[] lagCountCum;

  Replication(Model m, Stations st, Faults faults, Traffic traffic, Sampler[] writeTime) {
    this.m = m;
    this.st = st;
    this.faults = faults;
    this.traffic = traffic;
    int instances = st.first.length == 0 ? 0 : st.first[m.size - 1] + m.maxInstances[m.size - 1];
    applyFreeAt = new double[instances];
    currentLag = new double[instances];
    applyTime = writeTime;
    storageReplicated = new boolean[m.size];
    for (int s = 0; s < m.size; s++) {
      storageReplicated[s] =
          m.design.components().get(s) instanceof io.scalelab.model.component.Database d
              && d.engine().isAurora();
    }
    lastWrites = new LastWrites[m.size];
    lag = new Histogram[m.size];
    replicaReads = new long[m.size];
    staleReads = new long[m.size];
    lagSumNanosCum = new double[m.size];
    lagCountCum = new long[m.size];
    for (int s = 0; s < m.size; s++) {
      if (m.replicas[s] > 0) {
        lastWrites[s] = new LastWrites();
        lag[s] = Recorder.histogram();
      }
    }
  }

  /** Whether database station {@code s} has replicas. */
  boolean replicated(int s) {
    return m.replicas[s] > 0;
  }

  /** A write of {@code key} committed on the primary of {@code s} at {@code now}. */
  void committed(int s, long key, long now, boolean measuring) {
    if (m.replicas[s] == 0) {
      return;
    }
    lastWrites[s].put(key, now);
    for (int r = 1; r <= m.replicas[s]; r++) {
      int i = st.first[s] + r;
      double shipped = now + m.replicaShipNanos[s][r];
      double start = Math.max(shipped, applyFreeAt[i]);
      applyFreeAt[i] = storageReplicated[s] ? shipped : start + applyTime[s].nextNanos();
      currentLag[i] = applyFreeAt[i] - now + faults.extraLagNanos[s];
      lagSumNanosCum[s] += currentLag[i];
      lagCountCum[s]++;
      if (measuring) {
        Recorder.record(lag[s], Math.round(currentLag[i]));
        traffic.replicated(s, m.replicaRegion[s][0], m.replicaRegion[s][r]);
      }
    }
  }

  /** A read of {@code key} served by replica instance {@code i} of {@code s} at {@code now}. */
  void read(int s, int i, long key, long now, boolean measuring) {
    if (!measuring || i == st.first[s]) {
      return;
    }
    replicaReads[s]++;
    double lagNow = Math.max(0, applyFreeAt[i] - now) + faults.extraLagNanos[s];
    long written = lastWrites[s].get(key);
    if (written != Long.MIN_VALUE && now - written < Math.max(lagNow, currentLag[i])) {
      staleReads[s]++;
    }
  }

  void reset() {
    for (int s = 0; s < m.size; s++) {
      if (lag[s] != null) {
        lag[s].reset();
      }
      replicaReads[s] = 0;
      staleReads[s] = 0;
    }
  }
}
