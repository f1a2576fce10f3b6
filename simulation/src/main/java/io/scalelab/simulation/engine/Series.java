package io.scalelab.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Time series of one replication, one point per bucket of {@link #resolution()} over the whole run
 * (warm-up included, so that a cold start shows): end-to-end throughput, error rate and latency
 * percentiles; per station throughput, utilisation, queue length, instances and mean latency.
 */
final class Series {

  private final Model m;
  private final Stations st;
  private final Recorder rec;
  private final long resolution;

  private final Histogram bucket = Recorder.histogram();
  private long bucketOk;
  private long bucketFailed;
  private long bucketStart;

  private final double[] lastBusy;
  private final double[] lastCapacity;
  private final double[] lastQueue;
  private final double[] lastInstances;
  private final long[] lastCompletions;
  private final long[] lastErrors;
  private final double[] lastLatencySum;

  final List<Double> seconds = new ArrayList<>();
  final List<Double> throughput = new ArrayList<>();
  final List<Double> errorRate = new ArrayList<>();
  final List<Double> p50 = new ArrayList<>();
  final List<Double> p95 = new ArrayList<>();
  final List<Double> p99 = new ArrayList<>();
  final List<List<double[]>> stations = new ArrayList<>();
  private final long[] lastGets;
  private final long[] lastHits;
  private final long[] getsCum;
  private final long[] hitsCum;

  /**
   * Columns of a station point: hit rate, throughput/s, utilisation, queue length, instances, mean
   * ms, errors/s, age of the oldest waiting message in seconds.
   */
  static final String[] COLUMN_NAMES = {
    "hitRate",
    "throughputPerSecond",
    "utilization",
    "queueLength",
    "instances",
    "meanLatencyMs",
    "errorsPerSecond",
    "oldestMessageAgeSeconds"
  };

  static final int COLUMNS = COLUMN_NAMES.length;

  private java.util.function.IntToLongFunction oldestMessage = s -> 0;

  /** Where the age of a queue's oldest message comes from. */
  void oldestMessage(java.util.function.IntToLongFunction source) {
    this.oldestMessage = source;
  }

  Series(
      Model m,
      Stations st,
      Recorder rec,
      long resolution,
      long end,
      long[] getsCum,
      long[] hitsCum) {
    this.getsCum = getsCum;
    this.hitsCum = hitsCum;
    lastGets = new long[m.size];
    lastHits = new long[m.size];
    this.m = m;
    this.st = st;
    this.rec = rec;
    this.resolution = resolution;
    int n = m.size;
    lastBusy = new double[n];
    lastCapacity = new double[n];
    lastQueue = new double[n];
    lastInstances = new double[n];
    lastCompletions = new long[n];
    lastErrors = new long[n];
    lastLatencySum = new double[n];
    for (int s = 0; s < n; s++) {
      stations.add(new ArrayList<>((int) Math.min(100_000, end / resolution + 1)));
    }
  }

  long resolution() {
    return resolution;
  }

  void request(long latencyNanos, boolean ok) {
    if (ok) {
      bucketOk++;
      Recorder.record(bucket, latencyNanos);
    } else {
      bucketFailed++;
    }
  }

  void tick(long now) {
    double width = (now - bucketStart) / 1e9;
    if (width <= 0) {
      return;
    }
    seconds.add(now / 1e9);
    throughput.add(bucketOk / width);
    long all = bucketOk + bucketFailed;
    errorRate.add(all == 0 ? 0 : (double) bucketFailed / all);
    p50.add(percentileMs(50));
    p95.add(percentileMs(95));
    p99.add(percentileMs(99));
    bucket.reset();
    bucketOk = 0;
    bucketFailed = 0;
    for (int s = 0; s < m.size; s++) {
      st.touch(s, now);
      double busy = st.busyCum[s] - lastBusy[s];
      double capacity = st.capacityCum[s] - lastCapacity[s];
      long completions = rec.completionsCum[s] - lastCompletions[s];
      double latencySum = rec.latencySumCum[s] - lastLatencySum[s];
      double span = now - bucketStart;
      stations
          .get(s)
          .add(
              new double[] {
                hitRate(s),
                completions / width,
                capacity > 0 ? busy / capacity : 0,
                (st.queueCum[s] - lastQueue[s]) / span,
                (st.instanceCum[s] - lastInstances[s]) / span,
                completions == 0 ? 0 : latencySum / completions / 1e6,
                (rec.errorsCum[s] - lastErrors[s]) / width,
                oldestMessage.applyAsLong(s) / 1e9
              });
      lastBusy[s] = st.busyCum[s];
      lastCapacity[s] = st.capacityCum[s];
      lastQueue[s] = st.queueCum[s];
      lastInstances[s] = st.instanceCum[s];
      lastCompletions[s] = rec.completionsCum[s];
      lastErrors[s] = rec.errorsCum[s];
      lastLatencySum[s] = rec.latencySumCum[s];
    }
    bucketStart = now;
  }

  private double hitRate(int s) {
    long g = getsCum[s] - lastGets[s];
    long h = hitsCum[s] - lastHits[s];
    lastGets[s] = getsCum[s];
    lastHits[s] = hitsCum[s];
    return g == 0 ? 0 : (double) h / g;
  }

  /** Closes the last bucket if the run ended inside it. */
  void finish(long now) {
    if (now > bucketStart) {
      tick(now);
    }
  }

  private double percentileMs(double p) {
    return bucket.getTotalCount() == 0 ? 0 : bucket.getValueAtPercentile(p) / 1e6;
  }
}
