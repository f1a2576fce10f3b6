package io.scalelab.simulation.engine;

import io.scalelab.model.component.Dns;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Route 53 health checks and the clients' DNS caches. Every {@code interval} each record's endpoint
 * is checked; after {@code failureThreshold} failed checks in a row it is unhealthy and answers
 * leave it out (one passing check brings it back). Clients keep the answer they resolved for the
 * record's TTL, so after a change a share {@code 1 − elapsed / TTL} of them still go to the old
 * endpoint. The failover time thus emerges as about interval × threshold + TTL.
 */
final class Route53 {

  private final Model m;
  private final Stations st;
  private final Dns[] zones;
  private final boolean[][] healthy;
  private final boolean[][] previous;
  private final int[][] failures;
  private final long[] changedAt;

  Route53(Model m, Stations st) {
    this.m = m;
    this.st = st;
    int n = m.size;
    zones = new Dns[n];
    healthy = new boolean[n][];
    previous = new boolean[n][];
    failures = new int[n][];
    changedAt = new long[n];
    for (int s = 0; s < n; s++) {
      if (m.design.components().get(s) instanceof Dns d) {
        zones[s] = d;
        int records = m.edges[s].length;
        healthy[s] = new boolean[records];
        previous[s] = new boolean[records];
        failures[s] = new int[records];
        java.util.Arrays.fill(healthy[s], true);
        java.util.Arrays.fill(previous[s], true);
        changedAt[s] = Long.MIN_VALUE / 2;
      }
    }
  }

  /** Whether station {@code s} is a hosted zone with health checks to run. */
  boolean checks(int s) {
    return zones[s] != null && m.edges[s].length > 0;
  }

  /** The health-check interval of zone {@code s}, nanoseconds. */
  long interval(int s) {
    return zones[s].healthCheck().interval().toNanos();
  }

  /** Runs one round of health checks of zone {@code s}. */
  void check(int s, long now) {
    Model.Edge[] es = m.edges[s];
    boolean[] before = healthy[s].clone();
    boolean changed = false;
    for (int k = 0; k < es.length; k++) {
      if (up(es[k].to())) {
        failures[s][k] = 0;
        healthy[s][k] = true;
      } else if (++failures[s][k] >= zones[s].healthCheck().failureThreshold()) {
        healthy[s][k] = false;
      }
      changed |= healthy[s][k] != before[k];
    }
    if (changed) {
      previous[s] = before;
      changedAt[s] = now;
    }
  }

  /** Whether an endpoint answers: not down, and a queueing station with a serving instance. */
  private boolean up(int target) {
    if (st.downCount[target] > 0) {
      return false;
    }
    if (m.kinds[target] != StationKind.QUEUE) {
      return true;
    }
    int p = m.pool[target]; // a hosted service answers while its host has an instance
    for (int i = st.first[p]; i < st.first[p] + m.maxInstances[p]; i++) {
      if (st.state[i] == Stations.ACTIVE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The record a client in {@code callerRegion} uses: the answer under the current health, unless
   * the client still holds the answer it cached before the last change.
   */
  int route(int s, int callerRegion, long now, UniformRandomProvider rng) {
    boolean[] health = healthy[s];
    double elapsed = (now - changedAt[s]) / (double) zones[s].ttl().toNanos();
    if (elapsed < 1 && rng.nextDouble() >= elapsed) {
      health = previous[s];
    }
    return choose(s, callerRegion, health, rng);
  }

  private int choose(int s, int callerRegion, boolean[] health, UniformRandomProvider rng) {
    Model.Edge[] es = m.edges[s];
    boolean any = false;
    for (boolean h : health) {
      any |= h;
    }
    // With every record unhealthy Route 53 answers as if all were healthy (Route 53 Developer
    // Guide, "How Amazon Route 53 chooses records when health checking is configured").
    boolean[] usable = any ? health : allTrue(es.length);
    switch (zones[s].routing()) {
      case LATENCY -> {
        int best = -1;
        long bestDelay = Long.MAX_VALUE;
        for (int k = 0; k < es.length; k++) {
          long d = m.latencies.betweenRegions(callerRegion, m.regionAt(es[k].to(), callerRegion));
          if (usable[k] && d < bestDelay) {
            best = k;
            bestDelay = d;
          }
        }
        return best;
      }
      case FAILOVER -> {
        int primary = m.primary(s);
        if (usable[primary]) {
          return primary;
        }
        for (int k = 0; k < es.length; k++) {
          if (usable[k]) {
            return k;
          }
        }
        return primary;
      }
      case WEIGHTED -> {
        double total = 0;
        for (int k = 0; k < es.length; k++) {
          total += usable[k] ? es[k].weight() : 0;
        }
        double u = rng.nextDouble() * total;
        int last = 0;
        for (int k = 0; k < es.length; k++) {
          if (usable[k]) {
            last = k;
            u -= es[k].weight();
            if (u < 0) {
              return k;
            }
          }
        }
        return last;
      }
      case SIMPLE -> {
        int count = 0;
        for (boolean h : usable) {
          count += h ? 1 : 0;
        }
        int pick = rng.nextInt(count);
        for (int k = 0; k < es.length; k++) {
          if (usable[k] && pick-- == 0) {
            return k;
          }
        }
        return 0;
      }
      default -> throw new IllegalStateException(zones[s].routing().toString());
    }
  }

  private static boolean[] allTrue(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }
}
