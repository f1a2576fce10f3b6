package io.scalelab.simulation.engine;

import io.scalelab.simulation.result.TimeSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * ms, errors/s, age of the oldest waiting message in seconds, mean replica lag in ms of the
   * writes committed in the bucket (databases with read replicas; 0 elsewhere or without writes).
   */
  static final String[] COLUMN_NAMES = {
    "hitRate",
    "throughputPerSecond",
    "utilization",
    "queueLength",
    "instances",
    "meanLatencyMs",
    "errorsPerSecond",
    "oldestMessageAgeSeconds",
    "replicaLagMs"
  };

  static final int COLUMNS = COLUMN_NAMES.length;

  private java.util.function.IntToLongFunction oldestMessage = s -> 0;

  private double[] lagSumCum = new double[0];
  private long[] lagCountCum = new long[0];
  private double[] lastLagSum = new double[0];
  private long[] lastLagCount = new long[0];

  /**
   * Where replica lag comes from: per station, the lag summed over every replicated write since the
   * start (nanoseconds) and the number of those writes.
   */
  void replicaLag(double[] sumNanosCum, long[] countCum) {
    this.lagSumCum = sumNanosCum;
    this.lagCountCum = countCum;
    this.lastLagSum = new double[sumNanosCum.length];
    this.lastLagCount = new long[countCum.length];
  }

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
                oldestMessage.applyAsLong(s) / 1e9,
                replicaLagMs(s)
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

  private double replicaLagMs(int s) {
    if (s >= lagCountCum.length) {
      return 0;
    }
    long n = lagCountCum[s] - lastLagCount[s];
    double sum = lagSumCum[s] - lastLagSum[s];
    lastLagCount[s] = lagCountCum[s];
    lastLagSum[s] = lagSumCum[s];
    return n == 0 ? 0 : sum / n / 1e6;
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

  /** Points so far. */
  int points() {
    return seconds.size();
  }

  /**
   * A copy of points {@code from} (inclusive) to {@code to} (exclusive), with the column names of
   * the result file; costs O((to − from) × stations × columns).
   */
  TimeSeries range(int from, int to) {
    Map<String, List<Double>> e2e = new LinkedHashMap<>();
    e2e.put("throughputPerSecond", List.copyOf(throughput.subList(from, to)));
    e2e.put("errorRate", List.copyOf(errorRate.subList(from, to)));
    e2e.put("p50Ms", List.copyOf(p50.subList(from, to)));
    e2e.put("p95Ms", List.copyOf(p95.subList(from, to)));
    e2e.put("p99Ms", List.copyOf(p99.subList(from, to)));
    Map<String, Map<String, List<Double>>> components = new LinkedHashMap<>();
    for (int s = 0; s < m.size; s++) {
      Map<String, List<Double>> columns = new LinkedHashMap<>();
      List<double[]> rows = stations.get(s);
      for (int col = 0; col < COLUMNS; col++) {
        List<Double> values = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
          values.add(rows.get(p)[col]);
        }
        columns.put(COLUMN_NAMES[col], List.copyOf(values));
      }
      components.put(m.ids[s], columns);
    }
    return new TimeSeries(
        resolution / 1e9, List.copyOf(seconds.subList(from, to)), e2e, components);
  }

  private double percentileMs(double p) {
    return bucket.getTotalCount() == 0 ? 0 : bucket.getValueAtPercentile(p) / 1e6;
  }
}
