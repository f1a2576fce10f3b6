package io.scalelab.simulation.engine;

import io.scalelab.model.component.ComponentType;
import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.fault.Fault;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.analytic.Queueing;
import io.scalelab.simulation.result.Analytic;
import io.scalelab.simulation.result.Bottleneck;
import io.scalelab.simulation.result.Ci95;
import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.EndToEnd;
import io.scalelab.simulation.result.FaultResult;
import io.scalelab.simulation.result.Latency;
import io.scalelab.simulation.result.NetworkEstimate;
import io.scalelab.simulation.result.SimulationResult;
import io.scalelab.simulation.result.TimeSeries;
import io.scalelab.simulation.result.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.HdrHistogram.Histogram;
import org.apache.commons.statistics.distribution.TDistribution;

/** Combines the replications of a run into its result, in replication order. */
final class Summary {

  private final Model m;
  private final List<Engine> runs;
  private final SimulationOptions options;
  private final double seconds;
  private final double[] analyticWaitMs;
  private final double[] serviceMeanMs;
  private final double[] hitRates;

  /** Per station, arrivals per second and mean service time (ms), averaged over replications. */
  private final double[] arrivalRate;

  private final double[] measuredServiceMs;

  Summary(Model m, List<Engine> runs, SimulationOptions options) {
    this.m = m;
    this.runs = runs;
    this.options = options;
    this.seconds = runs.get(0).measuredNanos() / 1e9;
    this.analyticWaitMs = new double[m.size];
    this.serviceMeanMs = new double[m.size];
    this.hitRates = new double[m.size];
    this.arrivalRate = new double[m.size];
    this.measuredServiceMs = new double[m.size];
  }

  SimulationResult result() {
    for (int s = 0; s < m.size; s++) {
      double arrivals = 0;
      double serviceNanos = 0;
      long services = 0;
      for (Engine e : runs) {
        arrivals += e.rec.arrivals[s] / seconds;
        serviceNanos += e.rec.serviceNanos[s];
        services += e.rec.services[s];
      }
      arrivalRate[s] = arrivals / runs.size();
      measuredServiceMs[s] = services == 0 ? 0 : serviceNanos / services / 1e6;
    }
    Map<String, ComponentResult> components = new LinkedHashMap<>();
    for (int s = 0; s < m.size; s++) {
      components.put(m.ids[s], component(s));
    }
    EndToEnd e2e = endToEnd();
    return new SimulationResult(
        SimulationResult.FORMAT_VERSION,
        m.design.name(),
        options.seed(),
        runs.size(),
        options.duration().toNanos() / 1e9,
        options.warmup().toNanos() / 1e9,
        e2e,
        components,
        bottlenecks(components, e2e),
        faults(),
        series(),
        Optional.empty());
  }

  private ComponentResult component(int s) {
    Histogram latency = Recorder.histogram();
    Histogram wait = Recorder.histogram();
    double util = 0;
    double throughput = 0;
    double queue = 0;
    double instances = 0;
    double arrivals = 0;
    double serviceNanos = 0;
    long services = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    Map<String, Long> causes = new LinkedHashMap<>();
    long errors = 0;
    for (Engine e : runs) {
      latency.add(e.rec.latency[s]);
      wait.add(e.rec.wait[s]);
      double capacity = e.st.capacityArea[s];
      util += capacity > 0 ? e.st.busyArea[s] / capacity : 0;
      throughput += e.rec.completions[s] / seconds;
      arrivals += e.rec.arrivals[s] / seconds;
      queue += e.st.queueArea[s] / (seconds * 1e9);
      instances += e.st.instanceArea[s] / (seconds * 1e9);
      serviceNanos += e.rec.serviceNanos[s];
      services += e.rec.services[s];
      min = Math.min(min, e.st.minActive[s]);
      max = Math.max(max, e.st.maxActive[s]);
      for (Cause c : Cause.values()) {
        long n = e.rec.errors[s][c.ordinal()];
        if (n > 0) {
          causes.merge(c.key(), n, Long::sum);
        }
        errors += n;
      }
    }
    int r = runs.size();
    double serviceMs = services == 0 ? 0 : serviceNanos / services / 1e6;
    boolean queueing = m.kinds[s] == StationKind.QUEUE || m.kinds[s] == StationKind.LAMBDA;
    Optional<Analytic> analytic = Optional.empty();
    serviceMeanMs[s] =
        m.readTime[s] == null
            ? 0
            : serviceMs > 0 ? serviceMs : m.readTime[s].mean().toNanos() / 1e6;
    if (m.kinds[s] == StationKind.QUEUE) {
      double servers = instances / r * m.concurrency[s];
      Analytic a =
          shared(s)
              ? sharedAnalytic(m.pool[s], servers)
              : analytic(s, arrivals / r, servers, serviceMs);
      analyticWaitMs[s] = a.meanWaitMs().orElse(Double.POSITIVE_INFINITY);
      analytic = Optional.of(a);
    }
    Optional<Latency> lag = Optional.empty();
    OptionalDouble stale = OptionalDouble.empty();
    if (m.replicas[s] > 0) {
      Histogram lags = Recorder.histogram();
      long reads = 0;
      long staleReads = 0;
      for (Engine e : runs) {
        lags.add(e.replication.lag[s]);
        reads += e.replication.replicaReads[s];
        staleReads += e.replication.staleReads[s];
      }
      lag = Optional.of(latency(lags));
      stale = OptionalDouble.of(reads == 0 ? 0 : (double) staleReads / reads);
    }
    OptionalDouble hitRate = OptionalDouble.empty();
    hitRates[s] = 0;
    OptionalLong egress = OptionalLong.empty();
    long lookups = runs.stream().mapToLong(e -> e.contents.gets[s]).sum();
    if (m.types[s] == ComponentType.CACHE
        || m.types[s] == ComponentType.CDN
        || (m.types[s] == ComponentType.KEY_VALUE && lookups > 0)) {
      long found = runs.stream().mapToLong(e -> e.contents.hits[s]).sum();
      hitRate = OptionalDouble.of(lookups == 0 ? 0 : (double) found / lookups);
      hitRates[s] = hitRate.getAsDouble();
    }
    if (m.types[s] == ComponentType.CDN) {
      egress =
          OptionalLong.of(runs.stream().mapToLong(e -> e.contents.bytesOut[s]).sum() / runs.size());
    }
    return new ComponentResult(
        m.types[s].fileName(),
        util / r,
        throughput / r,
        errors,
        causes,
        latency(latency),
        latency(wait),
        serviceMs,
        queue / r,
        queueing
            ? Optional.of(new ComponentResult.Instances(min, max, instances / r))
            : Optional.empty(),
        analytic,
        lag,
        stale,
        hitRate,
        egress,
        m.holdsMessages(s)
            ? Optional.of(
                new ComponentResult.Messages(
                    runs.stream().mapToLong(e -> e.consumed[s]).sum() / (double) r,
                    runs.stream().mapToLong(e -> e.redelivered[s]).sum() / (double) r,
                    runs.stream().mapToLong(e -> e.deadLettered[s]).sum() / (double) r,
                    runs.stream().mapToLong(e -> e.expired[s]).sum() / (double) r))
            : Optional.empty(),
        usage(s));
  }

  /** Calls and bytes per second of measured time, averaged over the replications. */
  private Usage usage(int s) {
    double per = seconds * runs.size();
    Map<String, Double> internet = new LinkedHashMap<>();
    for (int k = 0; k < m.origins.length; k++) {
      int origin = k;
      long bytes = runs.stream().mapToLong(e -> e.traffic.internet[s][origin]).sum();
      if (bytes > 0) {
        internet.put(m.ids[m.origins[k]], bytes / per);
      }
    }
    List<Usage.Transfer> inter = new ArrayList<>();
    var regions = m.design.regions();
    for (int a = 0; a < regions.size(); a++) {
      for (int b = 0; b < regions.size(); b++) {
        int from = a;
        int to = b;
        long bytes = runs.stream().mapToLong(e -> e.traffic.interRegion[s][from][to]).sum();
        if (bytes > 0) {
          inter.add(new Usage.Transfer(regions.get(a).code(), regions.get(b).code(), bytes / per));
        }
      }
    }
    return new Usage(
        runs.stream().mapToLong(e -> e.traffic.reads[s]).sum() / per,
        runs.stream().mapToLong(e -> e.traffic.writes[s]).sum() / per,
        internet,
        runs.stream().mapToLong(e -> e.traffic.crossAz[s]).sum() / per,
        inter);
  }

  private List<FaultResult> faults() {
    List<FaultResult> out = new ArrayList<>();
    var list = m.design.faults();
    for (int f = 0; f < list.size(); f++) {
      Fault fault = list.get(f);
      double failed = 0;
      double recovery = 0;
      double lost = 0;
      for (Engine e : runs) {
        Faults x = e.faults();
        failed += x.failed[f];
        recovery += x.failed[f] == 0 ? 0 : (x.lastFailure[f] - fault.at().toNanos()) / 1e9;
        lost += x.lostWrites[f];
      }
      int r = runs.size();
      out.add(
          new FaultResult(
              fault.type(),
              fault.target(),
              fault.at().toNanos() / 1e9,
              fault
                  .span()
                  .map(d -> OptionalDouble.of(d.toNanos() / 1e9))
                  .orElse(OptionalDouble.empty()),
              failed / r,
              recovery / r,
              lost / r));
    }
    return out;
  }

  private Analytic analytic(int s, double lambda, double servers, double serviceMs) {
    Distribution d = m.readTime[s];
    double scv = Queueing.scv(d);
    double serviceMean = serviceMs > 0 ? serviceMs : d.mean().toNanos() / 1e6;
    double w = Queueing.meanWait(lambda / 1000, serviceMean, scv, servers);
    String model = d instanceof Distribution.Exponential ? "M/M/c" : "M/G/c";
    return new Analytic(
        model,
        lambda,
        servers,
        serviceMean,
        scv,
        servers > 0 ? lambda * serviceMean / 1000 / servers : 0,
        Double.isFinite(w) ? OptionalDouble.of(w) : OptionalDouble.empty());
  }

  /** Whether station {@code s} shares its instances: it has a host, or is one. */
  private boolean shared(int s) {
    int p = m.pool[s];
    for (int t = 0; t < m.size; t++) {
      if (t != p && m.pool[t] == p) {
        return true;
      }
    }
    return false;
  }

  /**
   * The box of host {@code host} as one M/G/c station (Allen–Cunneen): the arrivals of the host and
   * of every station on it, and the mixture of their service times — the classes share one FIFO
   * queue, so every member has the same estimate. The merged stream is taken as Poisson, which it
   * is not when a member calls another on the same box: an estimate, not the exact result.
   */
  private Analytic sharedAnalytic(int host, double servers) {
    double lambda = 0;
    double first = 0;
    double second = 0;
    for (int t = 0; t < m.size; t++) {
      if (m.pool[t] != host || m.readTime[t] == null) {
        continue;
      }
      double mean =
          measuredServiceMs[t] > 0 ? measuredServiceMs[t] : m.readTime[t].mean().toNanos() / 1e6;
      lambda += arrivalRate[t];
      first += arrivalRate[t] * mean;
      second += arrivalRate[t] * (1 + Queueing.scv(m.readTime[t])) * mean * mean;
    }
    double mean = lambda > 0 ? first / lambda : 0;
    double scv = mean > 0 ? second / lambda / (mean * mean) - 1 : 0;
    double w = Queueing.meanWait(lambda / 1000, mean, scv, servers);
    return new Analytic(
        "M/G/c",
        lambda,
        servers,
        mean,
        scv,
        servers > 0 ? lambda * mean / 1000 / servers : 0,
        Double.isFinite(w) ? OptionalDouble.of(w) : OptionalDouble.empty());
  }

  private EndToEnd endToEnd() {
    Histogram all = Recorder.histogram();
    long ok = 0;
    long failed = 0;
    double[] means = new double[runs.size()];
    double[] rates = new double[runs.size()];
    double[] errorRates = new double[runs.size()];
    Map<String, Histogram> byOrigin = new LinkedHashMap<>();
    for (int k = 0; k < m.origins.length; k++) {
      byOrigin.put(m.ids[m.origins[k]], Recorder.histogram());
    }
    Map<String, Long> causes = new LinkedHashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      Engine e = runs.get(i);
      all.add(e.rec.endToEnd);
      ok += e.rec.successes;
      failed += e.rec.failures;
      means[i] = e.rec.endToEnd.getTotalCount() == 0 ? 0 : e.rec.endToEnd.getMean() / 1e6;
      rates[i] = e.rec.successes / seconds;
      long n = e.rec.successes + e.rec.failures;
      errorRates[i] = n == 0 ? 0 : (double) e.rec.failures / n;
      for (int k = 0; k < m.origins.length; k++) {
        byOrigin.get(m.ids[m.origins[k]]).add(e.rec.originLatency[k]);
      }
      for (int s = 0; s < m.size; s++) {
        for (Cause c : Cause.values()) {
          if (c != Cause.DOWNSTREAM && e.rec.errors[s][c.ordinal()] > 0) {
            causes.merge(c.key(), e.rec.errors[s][c.ordinal()], Long::sum);
          }
        }
      }
    }
    long requests = ok + failed;
    double errorRate = requests == 0 ? 0 : (double) failed / requests;
    Map<String, Latency> origins = new LinkedHashMap<>();
    byOrigin.forEach((id, h) -> origins.put(id, latency(h)));
    return new EndToEnd(
        requests,
        mean(rates),
        errorRate,
        1 - errorRate,
        latency(all),
        causes,
        origins,
        new Ci95(ci(means), ci(rates), ci(errorRates)),
        new NetworkEstimate(
            new NetworkModel(m, analyticWaitMs, serviceMeanMs, hitRates, cacheableShares())
                .meanLatencyMs()));
  }

  private double[] cacheableShares() {
    double[] share = new double[m.size];
    for (int s = 0; s < m.size; s++) {
      if (m.design.components().get(s) instanceof io.scalelab.model.component.Cdn d) {
        share[s] = d.cacheableShare();
      }
    }
    return share;
  }

  private List<Bottleneck> bottlenecks(Map<String, ComponentResult> components, EndToEnd e2e) {
    List<Bottleneck> out = new ArrayList<>();
    double e2eMean = e2e.latencyMs().mean();
    long successes = e2e.latencyMs().count();
    for (int s = 0; s < m.size; s++) {
      if (m.kinds[s] != StationKind.QUEUE && m.kinds[s] != StationKind.LAMBDA) {
        continue;
      }
      ComponentResult c = components.get(m.ids[s]);
      double visits = successes == 0 ? 0 : c.latencyMs().count() / (double) successes;
      double share =
          e2eMean <= 0
              ? 0
              : Math.min(1, visits * (c.queueWaitMs().mean() + c.serviceMs()) / e2eMean);
      StringBuilder reason =
          new StringBuilder(m.ids[s])
              .append(": ")
              .append(Math.round(c.utilization() * 100))
              .append("% utilised, ")
              .append(Math.round(share * 100))
              .append("% of mean latency");
      c.errorsByCause()
          .forEach(
              (cause, n) -> {
                if (!cause.equals(Cause.DOWNSTREAM.key())) {
                  reason.append(", ").append(n).append(' ').append(cause).append(" errors");
                }
              });
      out.add(new Bottleneck(m.ids[s], reason.toString(), c.utilization(), share));
    }
    out.sort(
        Comparator.comparingDouble(Bottleneck::utilization)
            .thenComparingDouble(Bottleneck::latencyShare)
            .reversed());
    return out;
  }

  private TimeSeries series() {
    int points = runs.stream().mapToInt(e -> e.series().seconds.size()).min().orElse(0);
    Series first = runs.get(0).series();
    Map<String, List<Double>> e2e = new LinkedHashMap<>();
    e2e.put("throughputPerSecond", average(points, e -> e.throughput));
    e2e.put("errorRate", average(points, e -> e.errorRate));
    e2e.put("p50Ms", average(points, e -> e.p50));
    e2e.put("p95Ms", average(points, e -> e.p95));
    e2e.put("p99Ms", average(points, e -> e.p99));
    String[] names = Series.COLUMN_NAMES;
    Map<String, Map<String, List<Double>>> stations = new LinkedHashMap<>();
    for (int s = 0; s < m.size; s++) {
      Map<String, List<Double>> columns = new LinkedHashMap<>();
      for (int col = 0; col < Series.COLUMNS; col++) {
        List<Double> values = new ArrayList<>(points);
        for (int p = 0; p < points; p++) {
          double sum = 0;
          for (Engine e : runs) {
            sum += e.series().stations.get(s).get(p)[col];
          }
          values.add(sum / runs.size());
        }
        columns.put(names[col], values);
      }
      stations.put(m.ids[s], columns);
    }
    return new TimeSeries(
        options.resolution().toNanos() / 1e9,
        List.copyOf(first.seconds.subList(0, points)),
        e2e,
        stations);
  }

  private List<Double> average(
      int points, java.util.function.Function<Series, List<Double>> column) {
    List<Double> out = new ArrayList<>(points);
    for (int p = 0; p < points; p++) {
      double sum = 0;
      for (Engine e : runs) {
        sum += column.apply(e.series()).get(p);
      }
      out.add(sum / runs.size());
    }
    return out;
  }

  static Latency latency(Histogram h) {
    if (h.getTotalCount() == 0) {
      return Latency.NONE;
    }
    return new Latency(
        h.getTotalCount(),
        h.getMean() / 1e6,
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(95) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getValueAtPercentile(99.9) / 1e6,
        h.getMaxValue() / 1e6);
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  /** mean ± t(0.975, n−1) · s/√n; empty for a single replication. */
  static List<Double> ci(double[] xs) {
    int n = xs.length;
    if (n < 2) {
      return List.of();
    }
    double mean = mean(xs);
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    double half =
        TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
    return List.of(mean - half, mean + half);
  }
}
