package io.scalelab.simulation.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The open queueing-network estimate of the end-to-end mean latency (Jackson's theorem: each
 * station of an open network with Poisson arrivals behaves as if alone). A request's expected time
 * at a station is its wait plus its service plus, for each synchronous call, the expected number of
 * calls times the network delay both ways and the callee's expected time. Route 53 follows its
 * policy. Caches enter at their simulated hit rates: a CloudFront hit ends the request at the edge,
 * and a call {@code via} a cache reads the database (and sets the key) only on a miss.
 */
final class NetworkModel {

  private final Model m;
  private final double[] waitMs;
  private final double[] serviceMs;
  private final double[] hitRate;
  private final double[] cacheableShare;
  private final Map<Long, Double> memo = new HashMap<>();

  NetworkModel(
      Model m, double[] waitMs, double[] serviceMs, double[] hitRate, double[] cacheableShare) {
    this.m = m;
    this.waitMs = waitMs;
    this.serviceMs = serviceMs;
    this.hitRate = hitRate;
    this.cacheableShare = cacheableShare;
  }

  /** The estimate over all origins weighted by their rates; empty when a station is saturated. */
  OptionalDouble meanLatencyMs() {
    double rate = 0;
    double sum = 0;
    for (int k = 0; k < m.origins.length; k++) {
      int o = m.origins[k];
      rate += m.originRatePerSecond[k];
      sum += m.originRatePerSecond[k] * time(o, m.region[o]);
    }
    if (rate == 0 || !Double.isFinite(sum)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sum / rate);
  }

  private double time(int s, int region) {
    long key = (long) s * 1_000_003L + region + 1;
    Double cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    double t = waitMs[s] + serviceMs[s] + calls(s, region);
    memo.put(key, t);
    return t;
  }

  private double calls(int s, int region) {
    Model.Edge[] es = m.edges[s];
    if (es.length == 0) {
      return 0;
    }
    if (m.kinds[s] == StationKind.ROUTER) {
      return switch (m.routing[s]) {
        case LATENCY -> call(s, region, es[m.nearest(s, region)], 1);
        case FAILOVER -> call(s, region, es[m.primary(s)], 1);
        case WEIGHTED -> {
          double total = 0;
          for (Model.Edge e : es) {
            total += e.weight();
          }
          double t = 0;
          for (Model.Edge e : es) {
            t += call(s, region, e, total == 0 ? 1.0 / es.length : e.weight() / total);
          }
          yield t;
        }
        case SIMPLE -> {
          double t = 0;
          for (Model.Edge e : es) {
            t += call(s, region, e, 1.0 / es.length);
          }
          yield t;
        }
      };
    }
    double t = 0;
    for (Model.Edge e : es) {
      if (!e.sync()) {
        continue;
      }
      double times = e.share() * e.callsPerRequest();
      if (e.via() < 0) {
        t += call(s, region, e, times);
      } else {
        // Cache-aside: a GET always; on a miss the database read and a SET.
        double miss = 1 - hitRate[e.via()];
        Model.Edge get = e.toward(e.via());
        t +=
            call(s, region, get, times)
                + miss * (call(s, region, e, times) + call(s, region, get, times));
      }
    }
    // CloudFront answers a cacheable request found at the edge without going further.
    return t * (1 - cacheableShare[s] * hitRate[s]);
  }

  private double call(int s, int region, Model.Edge e, double times) {
    int toRegion = m.regionAt(e.to(), region);
    double network = 2 * m.hopMean(s, region, e.to(), toRegion) / 1e6;
    return times * (network + time(e.to(), toRegion));
  }
}
