package io.scalelab.simulation.engine;

import java.util.Arrays;

/**
 * The capacity side of the queueing stations: instances with their busy servers and FIFO queues,
 * how arrivals pick an instance, and the time integrals (busy servers, queue length, instances)
 * from which utilisation and averages follow.
 *
 * <p>Instances of station {@code s} are the contiguous ids {@code first[s] .. first[s] + max[s] -
 * 1}; waiting calls sit in a ring buffer per instance, so the event list only ever holds calls in
 * service.
 *
 * <p>A station with a {@code host} ({@link Model#pool}) has no instances: its calls are served by
 * its host's, in the same rings and on the same servers as the host's own calls. The host's {@link
 * #busy} and {@link #queued} count every call on its instances (the box); a hosted station's count
 * its own, and its capacity is its host's, so that its utilisation is its share of the box.
 */
final class Stations {

  static final byte OFF = 0;
  static final byte STARTING = 1;
  static final byte ACTIVE = 2;
  static final byte DRAINING = 3;

  /** Crashed, but callers do not know yet: still picked, every call to it fails. */
  static final byte FAILED = 4;

  /** Crashed and known to be: out of rotation until restored or replaced. */
  static final byte DOWN = 5;

  private final Model model;

  final int[] first;
  final int[] active;
  final int[] starting;
  final int[] busy;
  final int[] queued;
  final int[] inFlight;
  private final int[] cursor;

  final byte[] state;
  private final int[] instStation;

  /** The zone each instance runs in (an index of {@link Placement#zoneNames}), -1 for none. */
  final int[] zone;

  /** Bumped when an instance crashes: calls started before on it are lost. */
  final int[] epoch;

  /** Bumped when a station goes down: calls in progress there are lost. */
  final int[] stationEpoch;

  /** Faults currently making each station unavailable (region outage, failover, host down). */
  final int[] downCount;

  private final Placement placement;

  /** Per station, the stations hosted on it. */
  private final int[][] guests;

  // Least-outstanding-requests index: per station, routable instances in doubly linked lists by
  // load (busy + queued), so the least loaded is found in O(1) amortised instead of by a scan.
  private final int[] level;
  private final int[] nextInLevel;
  private final int[] prevInLevel;
  private final int[][] heads;
  private final int[][] tails;
  private final int[] lowest;
  final int[] instBusy;
  private final int[][] ring;
  private final int[] head;
  final int[] instQueued;

  // Time integrals since the last reset, per station.
  private final long[] last;
  final double[] busyArea;
  final double[] capacityArea;
  final double[] queueArea;
  final double[] instanceArea;
  final int[] minActive;

  // The same integrals since the start of the run, never reset.
  final double[] busyCum;
  final double[] capacityCum;
  final double[] queueCum;
  final double[] instanceCum;
  final int[] maxActive;

  Stations(Model model, Placement placement) {
    this.model = model;
    this.placement = placement;
    int n = model.size;
    first = new int[n];
    int total = 0;
    for (int s = 0; s < n; s++) {
      first[s] = total;
      total += model.maxInstances[s];
    }
    active = new int[n];
    starting = new int[n];
    busy = new int[n];
    queued = new int[n];
    inFlight = new int[n];
    cursor = new int[n];
    state = new byte[total];
    zone = new int[total];
    epoch = new int[total];
    stationEpoch = new int[n];
    downCount = new int[n];
    instStation = new int[total];
    level = new int[total];
    nextInLevel = new int[total];
    prevInLevel = new int[total];
    Arrays.fill(level, -1);
    heads = new int[n][];
    tails = new int[n][];
    lowest = new int[n];
    for (int s = 0; s < n; s++) {
      Arrays.fill(instStation, first[s], first[s] + model.maxInstances[s], s);
    }
    instBusy = new int[total];
    ring = new int[total][];
    head = new int[total];
    instQueued = new int[total];
    last = new long[n];
    busyArea = new double[n];
    capacityArea = new double[n];
    queueArea = new double[n];
    instanceArea = new double[n];
    minActive = new int[n];
    busyCum = new double[n];
    capacityCum = new double[n];
    queueCum = new double[n];
    instanceCum = new double[n];
    maxActive = new int[n];
    for (int s = 0; s < n; s++) {
      int[] zones = placement.stationZones[s];
      for (int k = 0; k < model.maxInstances[s]; k++) {
        zone[first[s] + k] = zones.length == 0 ? -1 : zones[k % zones.length];
      }
      heads[s] = new int[8];
      tails[s] = new int[8];
      Arrays.fill(heads[s], -1);
      Arrays.fill(tails[s], -1);
      for (int k = 0; k < model.initialInstances[s]; k++) {
        state[first[s] + k] = ACTIVE;
        reindex(first[s] + k);
      }
      active[s] = model.initialInstances[s];
    }
    guests = new int[n][];
    for (int s = 0; s < n; s++) {
      int host = s;
      guests[s] =
          java.util.stream.IntStream.range(0, n)
              .filter(g -> g != host && model.pool[g] == host)
              .toArray();
      minActive[s] = instances(s);
      maxActive[s] = instances(s);
    }
  }

  /** Instances serving station {@code s}: its own, or its host's. */
  int instances(int s) {
    return active[model.pool[s]];
  }

  /** Adds {@code delta} calls in service at station {@code s} (and at its host's box). */
  void addBusy(int s, int delta) {
    busy[s] += delta;
    if (model.pool[s] != s) {
      busy[model.pool[s]] += delta;
    }
  }

  /** Adds {@code delta} waiting calls at station {@code s} (and at its host's box). */
  void addQueued(int s, int delta) {
    queued[s] += delta;
    if (model.pool[s] != s) {
      queued[model.pool[s]] += delta;
    }
  }

  /**
   * Servers of station {@code s} counted for utilisation: active instances × concurrency (a hosted
   * station's: its host's).
   */
  int capacity(int s) {
    int p = model.pool[s];
    return model.kinds[s] == StationKind.LAMBDA
        ? model.maxInstances[s]
        : active[p] * model.concurrency[p];
  }

  /**
   * Brings the integrals of station {@code s} up to {@code now}; call before any change. A host and
   * the stations on it are brought up together, since each change of one changes the others.
   */
  void touch(int s, long now) {
    int p = model.pool[s];
    integrate(p, now);
    for (int g : guests[p]) {
      integrate(g, now);
    }
  }

  private void integrate(int s, long now) {
    long dt = now - last[s];
    if (dt > 0) {
      double b = (double) busy[s] * dt;
      double c = (double) capacity(s) * dt;
      double q = (double) queued[s] * dt;
      double a = (double) instances(s) * dt;
      busyArea[s] += b;
      capacityArea[s] += c;
      queueArea[s] += q;
      instanceArea[s] += a;
      busyCum[s] += b;
      capacityCum[s] += c;
      queueCum[s] += q;
      instanceCum[s] += a;
      last[s] = now;
    }
  }

  /** Starts the integrals afresh at {@code now} (end of warm-up, or a new time-series bucket). */
  void resetIntegrals(long now) {
    for (int s = 0; s < model.size; s++) {
      touch(s, now);
      busyArea[s] = 0;
      capacityArea[s] = 0;
      queueArea[s] = 0;
      instanceArea[s] = 0;
      minActive[s] = instances(s);
      maxActive[s] = instances(s);
    }
  }

  /**
   * The instance an arrival at queueing station {@code s} goes to: round robin behind a round-robin
   * ALB, otherwise the active instance with the fewest outstanding calls (ties to the next in
   * rotation, so that none is favoured). -1 when no instance is active.
   */
  int pick(int s) {
    if (model.pinned[s]) {
      int i = first[model.pool[s]];
      return state[i] == ACTIVE || state[i] == FAILED ? i : -1;
    }
    int p = model.pool[s];
    if (model.roundRobin[s]) {
      int n = model.maxInstances[p];
      int base = first[p];
      for (int k = 0; k < n; k++) {
        int i = base + (cursor[s] + k) % n;
        if (state[i] == ACTIVE || state[i] == FAILED) {
          cursor[s] = (i - base + 1) % n;
          return i;
        }
      }
      return -1;
    }
    int[] h = heads[p];
    for (int lv = lowest[p]; lv < h.length; lv++) {
      if (h[lv] >= 0) {
        lowest[p] = lv;
        return h[lv];
      }
    }
    lowest[p] = h.length;
    return -1;
  }

  /**
   * Puts instance {@code i} where its load and state say in the least-outstanding index: call after
   * any change of its busy servers, queue or state. O(1).
   */
  void reindex(int i) {
    int s = instStation[i];
    if (model.kinds[s] != StationKind.QUEUE) {
      return;
    }
    int want = state[i] == ACTIVE || state[i] == FAILED ? instBusy[i] + instQueued[i] : -1;
    int have = level[i];
    if (want == have) {
      return;
    }
    if (have >= 0) {
      int prev = prevInLevel[i];
      int next = nextInLevel[i];
      if (prev >= 0) {
        nextInLevel[prev] = next;
      } else {
        heads[s][have] = next;
      }
      if (next >= 0) {
        prevInLevel[next] = prev;
      } else {
        tails[s][have] = prev;
      }
    }
    level[i] = want;
    if (want < 0) {
      return;
    }
    if (want >= heads[s].length) {
      int size = Math.max(want + 1, heads[s].length * 2);
      int old = heads[s].length;
      heads[s] = Arrays.copyOf(heads[s], size);
      tails[s] = Arrays.copyOf(tails[s], size);
      Arrays.fill(heads[s], old, size, -1);
      Arrays.fill(tails[s], old, size, -1);
    }
    // Appended at the tail: among equally loaded instances the longest-waiting is picked first.
    int tail = tails[s][want];
    prevInLevel[i] = tail;
    nextInLevel[i] = -1;
    if (tail >= 0) {
      nextInLevel[tail] = i;
    } else {
      heads[s][want] = i;
    }
    tails[s][want] = i;
    if (want < lowest[s]) {
      lowest[s] = want;
    }
  }

  /** Whether instance {@code i} of station {@code s} can queue one more call. */
  boolean hasRoom(int s, int i) {
    return instQueued[i] < model.queuePerInstance[s];
  }

  void enqueue(int i, int call) {
    int[] r = ring[i];
    if (r == null) {
      r = ring[i] = new int[16];
    } else if (instQueued[i] == r.length) {
      int[] bigger = new int[r.length * 2];
      for (int k = 0; k < instQueued[i]; k++) {
        bigger[k] = r[(head[i] + k) % r.length];
      }
      ring[i] = r = bigger;
      head[i] = 0;
    }
    r[(head[i] + instQueued[i]) % r.length] = call;
    instQueued[i]++;
    reindex(i);
  }

  /** The oldest call waiting at instance {@code i}, not removed; it must have one. */
  int peek(int i) {
    return ring[i][head[i]];
  }

  /** Removes and returns the oldest call waiting at instance {@code i}; it must have one. */
  int dequeue(int i) {
    int[] r = ring[i];
    int call = r[head[i]];
    head[i] = (head[i] + 1) % r.length;
    instQueued[i]--;
    reindex(i);
    return call;
  }

  /**
   * The zone a new instance of station {@code s} starts in: the zone of the station with the fewest
   * active or starting instances, skipping zones in {@code avoid} (Auto Scaling balances zones).
   */
  int balancedZone(int s, boolean[] avoid) {
    int[] zones = placement.stationZones[s];
    int best = -1;
    int bestCount = Integer.MAX_VALUE;
    for (int z : zones) {
      if (avoid[z]) {
        continue;
      }
      int count = 0;
      for (int i = first[s]; i < first[s] + model.maxInstances[s]; i++) {
        if (zone[i] == z && (state[i] == ACTIVE || state[i] == STARTING)) {
          count++;
        }
      }
      if (count < bestCount) {
        best = z;
        bestCount = count;
      }
    }
    return best;
  }

  /** The station an instance belongs to. */
  int stationOf(int instance) {
    return instStation[instance];
  }

  /** Notes the active instances of station {@code s} (and of the stations on it) for min/max. */
  void noteActive(int s) {
    note(s);
    for (int g : guests[s]) {
      note(g);
    }
  }

  private void note(int s) {
    minActive[s] = Math.min(minActive[s], instances(s));
    maxActive[s] = Math.max(maxActive[s], instances(s));
  }

  /** The stations hosted on station {@code s}. */
  int[] guests(int s) {
    return guests[s];
  }
}
