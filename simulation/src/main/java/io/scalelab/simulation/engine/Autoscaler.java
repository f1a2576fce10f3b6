package io.scalelab.simulation.engine;

import io.scalelab.model.component.Service;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Autoscaling of services with {@code autoscaling} bounds: EC2 Auto Scaling target tracking or a
 * Kubernetes HorizontalPodAutoscaler. Each evaluates its metric over the last period and moves the
 * instance count toward {@code ceil(current × metric / target)}, within the bounds; new instances
 * serve only after their warm-up.
 */
final class Autoscaler {

  /**
   * EC2 target tracking evaluates one-minute metrics (EC2 Auto Scaling User Guide, "Target tracking
   * scaling policies": one-minute detailed monitoring recommended).
   */
  static final long EC2_PERIOD_NANOS = 60_000_000_000L;

  /** HPA sync period: 15 s (Kubernetes docs, "Horizontal Pod Autoscaling"). */
  static final long HPA_PERIOD_NANOS = 15_000_000_000L;

  /**
   * EC2 launch to in service: 180 s, an assumption (boot, user data and application start); AWS
   * publishes no figure and sets no default instance warm-up (EC2 Auto Scaling User Guide).
   */
  static final long EC2_WARMUP_NANOS = 180_000_000_000L;

  /** Pod start to ready: 30 s, an assumption (image cached on the node, readiness probe passed). */
  static final long POD_WARMUP_NANOS = 30_000_000_000L;

  /** Scale-in cooldown of EC2 Auto Scaling: 300 s, its default (EC2 Auto Scaling User Guide). */
  static final long EC2_COOLDOWN_NANOS = 300_000_000_000L;

  /** HPA scale-down stabilisation window: 300 s (Kubernetes docs, "Stabilization window"). */
  static final long HPA_STABILIZATION_NANOS = 300_000_000_000L;

  /**
   * HPA tolerance: no change while the metric is within 10% of target (kube-controller-manager).
   */
  static final double HPA_TOLERANCE = 0.1;

  /** HPA default scale-up policy: at most max(4 pods, 100%) more per period (Kubernetes docs). */
  static final int HPA_SCALE_UP_PODS = 4;

  interface Launcher {
    boolean launch(int station, long warmupNanos);
  }

  interface Drainer {
    boolean drain(int station);
  }

  private final Model m;
  private final Stations st;
  private final Recorder rec;
  private final Launcher launcher;
  private final Drainer drainer;
  private final double[] lastBusy;
  private final double[] lastCapacity;
  private final long[] lastCompletions;
  private final double[] lastInstances;
  private final long[] lastScaleIn;
  private final long[] lastScaleOut;
  private final Deque<long[]>[] recommendations;

  @SuppressWarnings("unchecked")
  Autoscaler(Model m, Stations st, Recorder rec, Launcher launcher, Drainer drainer) {
    this.m = m;
    this.st = st;
    this.rec = rec;
    this.launcher = launcher;
    this.drainer = drainer;
    int n = m.size;
    lastBusy = new double[n];
    lastCapacity = new double[n];
    lastCompletions = new long[n];
    lastInstances = new double[n];
    lastScaleIn = new long[n];
    lastScaleOut = new long[n];
    recommendations = new Deque[n];
    for (int s = 0; s < n; s++) {
      recommendations[s] = new ArrayDeque<>();
    }
  }

  boolean manages(int s) {
    return m.kinds[s] == StationKind.QUEUE && m.scaling[s] instanceof Service.Scaling.Autoscaled;
  }

  long period(int s) {
    return m.platform[s] == Service.Platform.EKS ? HPA_PERIOD_NANOS : EC2_PERIOD_NANOS;
  }

  /** Evaluates station {@code s} at {@code now}; returns the time to the next evaluation. */
  long evaluate(int s, long now) {
    Service.Scaling.Autoscaled a = (Service.Scaling.Autoscaled) m.scaling[s];
    st.touch(s, now);
    double busy = st.busyCum[s] - lastBusy[s];
    double capacity = st.capacityCum[s] - lastCapacity[s];
    long completions = rec.completionsCum[s] - lastCompletions[s];
    // The metric describes the instances that were serving during the period, not those that have
    // just become ready: scaling from the period's average avoids adding capacity twice.
    double measured = (st.instanceCum[s] - lastInstances[s]) / period(s);
    lastBusy[s] = st.busyCum[s];
    lastCapacity[s] = st.capacityCum[s];
    lastCompletions[s] = rec.completionsCum[s];
    lastInstances[s] = st.instanceCum[s];
    int current = st.active[s];
    double metric =
        a.metric() == Service.Metric.CPU
            ? (capacity > 0 ? 100 * busy / capacity : 0)
            : completions / (period(s) / 1e9) / Math.max(1, measured);
    boolean hpa = m.platform[s] == Service.Platform.EKS;
    double ratio = metric / a.target();
    int desired = (int) Math.ceil(Math.max(1, measured) * ratio - 1e-9);
    if (hpa && Math.abs(ratio - 1) <= HPA_TOLERANCE) {
      desired = current;
    }
    desired = Math.max(Math.max(a.min(), 1), Math.min(a.max(), desired));
    if (hpa) {
      remember(s, now, desired, a);
    }
    int pending = current + st.starting[s];
    if (desired > pending) {
      int add = desired - pending;
      if (hpa) {
        add = Math.min(add, Math.max(HPA_SCALE_UP_PODS, current));
      }
      long warmup =
          a.warmup().map(d -> d.toNanos()).orElse(hpa ? POD_WARMUP_NANOS : EC2_WARMUP_NANOS);
      for (int k = 0; k < add && launcher.launch(s, warmup); k++) {
        lastScaleOut[s] = now;
      }
    } else if (desired < current) {
      scaleIn(s, now, desired, hpa, a);
    }
    return period(s);
  }

  private void remember(int s, long now, int desired, Service.Scaling.Autoscaled a) {
    Deque<long[]> window = recommendations[s];
    window.addLast(new long[] {now, desired});
    long start = now - a.cooldown().map(d -> d.toNanos()).orElse(HPA_STABILIZATION_NANOS);
    while (!window.isEmpty() && window.peekFirst()[0] < start) {
      window.removeFirst();
    }
  }

  private void scaleIn(int s, long now, int desired, boolean hpa, Service.Scaling.Autoscaled a) {
    int target = desired;
    if (hpa) {
      // Scale down only to the highest recommendation of the stabilisation window.
      for (long[] r : recommendations[s]) {
        target = (int) Math.max(target, r[1]);
      }
    } else {
      long cooldown = a.cooldown().map(d -> d.toNanos()).orElse(EC2_COOLDOWN_NANOS);
      if (now - Math.max(lastScaleIn[s], lastScaleOut[s]) < cooldown) {
        return;
      }
    }
    boolean changed = false;
    while (st.active[s] > target && drainer.drain(s)) {
      changed = true;
    }
    if (changed) {
      lastScaleIn[s] = now;
    }
  }
}
