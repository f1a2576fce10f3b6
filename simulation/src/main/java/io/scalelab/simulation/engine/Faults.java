package io.scalelab.simulation.engine;

import io.scalelab.model.component.Database;
import io.scalelab.model.component.Service;
import io.scalelab.model.fault.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault timeline: what each fault takes down, when it is noticed, what replaces it, and what it
 * cost — requests failed, time to recover, writes lost.
 *
 * <p>Crashed instances keep receiving calls (which fail) until their callers notice: an ALB after
 * its health checks, other callers at once. Instances of an Auto Scaling group or a Deployment are
 * then replaced after their warm-up; bare instances come back only when the fault ends.
 */
final class Faults {

  /**
   * ALB notices a dead target after 2 failed checks 30 s apart: 60 s (Elastic Load Balancing User
   * Guide, "Health checks for your target groups": HealthCheckIntervalSeconds 30,
   * UnhealthyThresholdCount 2).
   */
  static final long ALB_DETECTION_NANOS = 60_000_000_000L;

  /**
   * Kubernetes reschedules the pods of a dead node after node-monitor-grace-period (40 s) plus the
   * default not-ready toleration (300 s): 340 s (Kubernetes docs, "Taints and Tolerations").
   */
  static final long NODE_FAILURE_DETECTION_NANOS = 340_000_000_000L;

  /**
   * RDS Multi-AZ DB instance failover: 90 s, the middle of the "typically 60–120 seconds" of the
   * RDS User Guide ("Failing over a Multi-AZ DB instance").
   */
  static final Duration RDS_MULTI_AZ_FAILOVER = Duration.ofSeconds(90);

  /**
   * RDS Multi-AZ DB cluster failover: "typically under 35 seconds" (RDS User Guide, "Multi-AZ DB
   * cluster deployments"); the bound is used.
   */
  static final Duration RDS_MULTI_AZ_CLUSTER_FAILOVER = Duration.ofSeconds(35);

  /** Aurora failover to a replica: about 30 s (Aurora FAQ; an unconfirmed figure, overridable). */
  static final Duration AURORA_FAILOVER = Duration.ofSeconds(30);

  /**
   * A single-AZ RDS instance that fails is restarted on new hardware with its EBS volume: 10
   * minutes, an assumption (AWS publishes no figure).
   */
  static final Duration RDS_RECOVERY = Duration.ofMinutes(10);

  /**
   * Backups of a database in a container: nightly, an assumption for a hand-run MVP; RDS restores
   * to within 5 minutes ("latest restorable time", RDS User Guide, "Point-in-time recovery").
   */
  static final Duration SELF_MANAGED_BACKUP_INTERVAL = Duration.ofHours(24);

  static final Duration RDS_BACKUP_INTERVAL = Duration.ofMinutes(5);

  /** What the engine lets the timeline do. */
  interface Hooks {
    void failWaiting(int instance, Cause cause);

    /** Fails the calls of {@code station} waiting at {@code instance}; others keep their turn. */
    void failWaiting(int instance, int station, Cause cause);

    boolean launch(int station, long warmupNanos, int zone);

    void later(long time, Runnable step);
  }

  private final Model m;
  private final Stations st;
  private final Placement placement;
  private final Hooks hooks;
  private final List<Fault> faults;
  final double[] slowdown;
  final double[] extraLagNanos;
  private final boolean[] behindLoadBalancer;
  private final int[] primaryZone;

  final long[] failed;
  final long[] lastFailure;
  final long[] lostWrites;
  final long[] writes;
  private final long[] writesAtBackup;
  private int current = -1;
  private List<Runnable> onFlush = new ArrayList<>();

  Faults(Model m, Stations st, Placement placement, Hooks hooks) {
    this.m = m;
    this.st = st;
    this.placement = placement;
    this.hooks = hooks;
    this.faults = m.design.faults();
    int n = m.size;
    slowdown = new double[n];
    java.util.Arrays.fill(slowdown, 1);
    extraLagNanos = new double[n];
    behindLoadBalancer = new boolean[n];
    for (int s = 0; s < n; s++) {
      for (Model.Edge e : m.edges[s]) {
        if (m.types[s] == io.scalelab.model.component.ComponentType.LOAD_BALANCER) {
          behindLoadBalancer[e.to()] = true;
        }
      }
    }
    primaryZone = new int[n];
    for (int s = 0; s < n; s++) {
      primaryZone[s] = placement.stationZones[s].length == 0 ? -1 : placement.stationZones[s][0];
    }
    failed = new long[faults.size()];
    lastFailure = new long[faults.size()];
    lostWrites = new long[faults.size()];
    writes = new long[n];
    writesAtBackup = new long[n];
  }

  List<Fault> faults() {
    return faults;
  }

  /** Registers what a cache flush of station {@code s} does (the cache model's flush). */
  void onFlush(List<Runnable> flushes) {
    this.onFlush = flushes;
  }

  /** Schedules backups of databases and every fault's start. */
  void schedule(long end) {
    for (int s = 0; s < m.size; s++) {
      if (m.design.components().get(s) instanceof Database d) {
        long every = backupInterval(d).toNanos();
        int db = s;
        for (long t = every; t <= end; t += every) {
          hooks.later(t, () -> writesAtBackup[db] = writes[db]);
        }
      }
    }
    for (int f = 0; f < faults.size(); f++) {
      int index = f;
      hooks.later(faults.get(f).at().toNanos(), () -> start(index));
    }
  }

  /** A request failed at {@code now} for {@code cause}: count it against the latest fault. */
  void noteFailure(long now, Cause cause) {
    if (current < 0 || cause == Cause.QUEUE_FULL || cause == Cause.THROTTLED) {
      return;
    }
    failed[current]++;
    lastFailure[current] = now;
  }

  private void start(int f) {
    current = f;
    Fault fault = faults.get(f);
    long now = fault.at().toNanos();
    lastFailure[f] = now;
    if (fault instanceof Fault.RegionOutage r) {
      int region = m.design.regions().indexOf(r.region());
      List<Integer> hit = new ArrayList<>();
      for (int s = 0; s < m.size; s++) {
        if (m.region[s] == region && m.kinds[s] != StationKind.ORIGIN) {
          hit.add(s);
          down(s);
        }
      }
      hooks.later(now + r.duration().toNanos(), () -> hit.forEach(this::up));
    } else if (fault instanceof Fault.AzOutage a) {
      azOutage(placement.zone(a.zone().name()), now, a.duration().toNanos());
    } else if (fault instanceof Fault.InstanceCrash c) {
      crash(index(c.component()), now, c.downFor().map(Duration::toNanos).orElse(-1L), f);
    } else if (fault instanceof Fault.CacheFlush c) {
      onFlush.get(index(c.component())).run();
    } else if (fault instanceof Fault.ReplicaLagSpike l) {
      int s = index(l.component());
      extraLagNanos[s] += l.extraLag().toNanos();
      hooks.later(now + l.duration().toNanos(), () -> extraLagNanos[s] -= l.extraLag().toNanos());
    } else if (fault instanceof Fault.DependencySlowdown d) {
      int s = index(d.component());
      slowdown[s] *= d.multiplier();
      hooks.later(now + d.duration().toNanos(), () -> slowdown[s] /= d.multiplier());
    }
  }

  private void azOutage(int zone, long now, long duration) {
    if (zone < 0) {
      return; // no component of the design is in that zone
    }
    boolean[] avoid = new boolean[placement.zoneNames.size()];
    avoid[zone] = true;
    for (int s = 0; s < m.size; s++) {
      int[] zones = placement.stationZones[s];
      if (zones.length == 0 || m.hosted(s)) {
        continue; // a hosted component is where its host's instances are, and follows them
      }
      if (m.design.components().get(s) instanceof Database d) {
        if (primaryZone[s] == zone) {
          databaseDown(s, d, now, duration, -1, true);
          for (int z : zones) {
            if (z != zone) {
              primaryZone[s] = z;
              break;
            }
          }
        }
        continue;
      }
      if (m.kinds[s] == StationKind.QUEUE) {
        List<Integer> lost = new ArrayList<>();
        for (int i = st.first[s]; i < st.first[s] + m.maxInstances[s]; i++) {
          if (st.zone[i] == zone
              && (st.state[i] == Stations.ACTIVE || st.state[i] == Stations.STARTING)) {
            lost.add(i);
            crashInstance(s, i, now, avoid);
          }
        }
        int station = s;
        if (!managed(s)) {
          hooks.later(now + duration, () -> lost.forEach(i -> restore(station, i)));
        }
        hostedFollow(s, lost, now, duration, -1);
      } else if (m.kinds[s] == StationKind.DELAY && zones.length == 1 && zones[0] == zone) {
        int station = s;
        down(s);
        hooks.later(now + duration, () -> up(station));
      }
    }
  }

  private void crash(int s, long now, long downFor, int f) {
    if (m.design.components().get(s) instanceof Database d) {
      databaseDown(s, d, now, downFor, f, false);
      return;
    }
    // A hosted service's container crashing takes the service down; its host's box stays up.
    if (m.kinds[s] != StationKind.QUEUE || m.hosted(s)) {
      down(s);
      if (downFor > 0) {
        hooks.later(now + downFor, () -> up(s));
      }
      return;
    }
    for (int i = st.first[s]; i < st.first[s] + m.maxInstances[s]; i++) {
      if (st.state[i] == Stations.ACTIVE) {
        crashInstance(s, i, now, new boolean[placement.zoneNames.size()]);
        if (!managed(s) && downFor > 0) {
          int instance = i;
          hooks.later(now + downFor, () -> restore(s, instance));
        }
        hostedFollow(s, List.of(i), now, downFor, f);
        return;
      }
    }
  }

  /**
   * Components in containers on a host whose instances {@code crashed} go down with them, and come
   * back with them: a database with the first instance, where it lives; a service once no instance
   * of its host is left (until then its calls on a lost instance fail, the others are served).
   */
  private void hostedFollow(int hostStation, List<Integer> crashed, long now, long downFor, int f) {
    for (int s : st.guests(hostStation)) {
      boolean lost =
          m.pinned[s] ? crashed.contains(st.first[hostStation]) : st.active[hostStation] == 0;
      if (!lost) {
        continue;
      }
      down(s);
      if (m.design.components().get(s) instanceof Database && f >= 0) {
        lostWrites[f] += writes[s] - writesAtBackup[s];
      }
      int hosted = s;
      if (downFor > 0) {
        hooks.later(now + downFor, () -> up(hosted));
      }
    }
  }

  private void databaseDown(int s, Database d, long now, long downFor, int f, boolean zoneOutage) {
    long outage;
    if (d.multiAz().enabled()) {
      outage = d.failoverTime().orElse(failover(d)).toNanos();
    } else if (zoneOutage) {
      outage = downFor;
    } else if (d.host().isPresent()) {
      outage = downFor;
      if (f >= 0) {
        lostWrites[f] += writes[s] - writesAtBackup[s];
      }
    } else {
      outage = downFor > 0 ? downFor : RDS_RECOVERY.toNanos();
    }
    down(s);
    if (outage > 0) {
      hooks.later(now + outage, () -> up(s));
    }
  }

  private static Duration failover(Database d) {
    if (d.engine().isAurora()) {
      return AURORA_FAILOVER;
    }
    return d.multiAz() == Database.MultiAz.CLUSTER
        ? RDS_MULTI_AZ_CLUSTER_FAILOVER
        : RDS_MULTI_AZ_FAILOVER;
  }

  private void crashInstance(int s, int i, long now, boolean[] avoid) {
    st.touch(s, now);
    boolean serving = st.state[i] == Stations.ACTIVE;
    if (serving) {
      st.active[s]--;
      st.noteActive(s);
    } else if (st.state[i] == Stations.STARTING) {
      st.starting[s]--;
    }
    st.busy[s] -= st.instBusy[i];
    st.instBusy[i] = 0;
    st.reindex(i);
    st.epoch[i]++;
    hooks.failWaiting(i, Cause.INSTANCE_DOWN);
    st.state[i] = serving ? Stations.FAILED : Stations.DOWN;
    st.reindex(i);
    // Callers stop sending to it once they notice; its group replaces it once the platform does
    // (for EKS, the node-failure timeout, even when an ALB has long stopped routing to the pod).
    hooks.later(
        now + routingDetection(s),
        () -> {
          if (st.state[i] == Stations.FAILED) {
            st.state[i] = Stations.DOWN;
            st.reindex(i);
          }
        });
    if (managed(s)) {
      hooks.later(
          now + replacementDetection(s),
          () -> {
            st.state[i] = Stations.OFF;
            st.reindex(i);
            // The group keeps its desired count: replace only what the autoscaler has not already.
            if (st.active[s] + st.starting[s] < floor(s)) {
              hooks.launch(s, warmup(s), st.balancedZone(s, avoid));
            }
          });
    }
  }

  private void restore(int s, int i) {
    if (st.state[i] == Stations.DOWN || st.state[i] == Stations.FAILED) {
      st.touch(s, nowOf());
      st.state[i] = Stations.ACTIVE;
      st.reindex(i);
      st.active[s]++;
      st.noteActive(s);
    }
  }

  private long clock;

  void tick(long now) {
    clock = now;
  }

  private long nowOf() {
    return clock;
  }

  private void down(int s) {
    if (st.downCount[s]++ == 0) {
      st.touch(s, clock);
      st.stationEpoch[s]++;
      if (m.hosted(s)) {
        // Only its own calls: the box and the other calls on it carry on. Those in service keep
        // their server until their service ends (Engine.abandon).
        int host = m.pool[s];
        for (int i = st.first[host]; i < st.first[host] + m.maxInstances[host]; i++) {
          hooks.failWaiting(i, s, Cause.UNAVAILABLE);
        }
        return;
      }
      for (int i = st.first[s]; i < st.first[s] + m.maxInstances[s]; i++) {
        st.busy[s] -= st.instBusy[i];
        st.instBusy[i] = 0;
        st.reindex(i);
        st.epoch[i]++;
        hooks.failWaiting(i, Cause.UNAVAILABLE);
      }
    }
  }

  private void up(int s) {
    st.downCount[s]--;
  }

  private boolean managed(int s) {
    return m.scaling[s] instanceof Service.Scaling.Autoscaled
        || m.platform[s] == Service.Platform.EKS;
  }

  /** The instances a group or Deployment keeps at least: its minimum, or its fixed count. */
  private int floor(int s) {
    if (m.scaling[s] instanceof Service.Scaling.Autoscaled a) {
      return Math.max(1, a.min());
    }
    return m.initialInstances[s];
  }

  /** When callers stop sending to a crashed instance: an ALB after its checks, others at once. */
  private long routingDetection(int s) {
    return behindLoadBalancer[s] ? ALB_DETECTION_NANOS : 0;
  }

  /** When a crashed instance is replaced: EKS after its node-failure timeout, EC2 when noticed. */
  private long replacementDetection(int s) {
    return m.platform[s] == Service.Platform.EKS
        ? NODE_FAILURE_DETECTION_NANOS
        : routingDetection(s);
  }

  private long warmup(int s) {
    if (m.scaling[s] instanceof Service.Scaling.Autoscaled a && a.warmup().isPresent()) {
      return a.warmup().get().toNanos();
    }
    return m.platform[s] == Service.Platform.EKS
        ? Autoscaler.POD_WARMUP_NANOS
        : Autoscaler.EC2_WARMUP_NANOS;
  }

  private static Duration backupInterval(Database d) {
    return d.backupInterval()
        .orElse(d.host().isPresent() ? SELF_MANAGED_BACKUP_INTERVAL : RDS_BACKUP_INTERVAL);
  }

  private int index(String id) {
    for (int s = 0; s < m.size; s++) {
      if (m.ids[s].equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("no component " + id);
  }
}
