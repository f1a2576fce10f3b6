package io.scalelab.simulation.engine;

import java.util.Arrays;

/**
 * The calls in flight, as parallel primitive arrays indexed by call id, with a free list so that
 * ids are reused and nothing is allocated per request once the arrays have grown to the peak load.
 *
 * <p>A call is one visit of a request to one station. The request's first call, at its user origin,
 * is the root; every synchronous call has a parent that waits for it.
 */
final class Calls {

  static final byte READ = 0;
  static final byte WRITE = 1;

  static final byte GET = 1;
  static final byte SET = 2;
  static final byte DEL = 3;

  int[] station;
  int[] parent;
  int[] region;
  int[] origin;
  int[] instance;
  int[] edgeCursor;
  int[] repeatLeft;
  long[] arrive;
  long[] serviceStart;
  byte[] op;
  byte[] cause;
  int[] epoch;
  int[] stationEpoch;
  long[] key;

  /** At a cache: what the call does ({@link #GET}, {@link #SET}, {@link #DEL}), 0 otherwise. */
  byte[] cacheOp;

  /** For a caller in a cache-aside sequence: how far it has got (see Engine.cacheAside). */
  byte[] viaStep;

  /** A cache GET that hit; for a caller, whether its last cache GET hit. */
  boolean[] hit;

  boolean[] failed;
  boolean[] async;

  /** A call still on its way in from a user: sent by an origin, or passed on by Route 53 or WAF. */
  boolean[] front;

  private int[] free;
  private int freeCount;
  private int used;
  private int live;

  Calls(int capacity) {
    allocate(Math.max(64, capacity));
  }

  /** A fresh call id; its fields must all be set by the caller. */
  int take() {
    int id;
    if (freeCount > 0) {
      id = free[--freeCount];
    } else {
      if (used == station.length) {
        grow();
      }
      id = used++;
    }
    live++;
    failed[id] = false;
    edgeCursor[id] = 0;
    repeatLeft[id] = 0;
    instance[id] = -1;
    cacheOp[id] = 0;
    viaStep[id] = 0;
    hit[id] = false;
    front[id] = false;
    return id;
  }

  void release(int id) {
    free[freeCount++] = id;
    live--;
  }

  /** Calls in flight. */
  int live() {
    return live;
  }

  private void allocate(int n) {
    station = new int[n];
    parent = new int[n];
    region = new int[n];
    origin = new int[n];
    instance = new int[n];
    edgeCursor = new int[n];
    repeatLeft = new int[n];
    arrive = new long[n];
    serviceStart = new long[n];
    op = new byte[n];
    cause = new byte[n];
    epoch = new int[n];
    stationEpoch = new int[n];
    key = new long[n];
    cacheOp = new byte[n];
    viaStep = new byte[n];
    hit = new boolean[n];
    failed = new boolean[n];
    async = new boolean[n];
    front = new boolean[n];
    free = new int[n];
  }

  private void grow() {
    int n = station.length * 2;
    station = Arrays.copyOf(station, n);
    parent = Arrays.copyOf(parent, n);
    region = Arrays.copyOf(region, n);
    origin = Arrays.copyOf(origin, n);
    instance = Arrays.copyOf(instance, n);
    edgeCursor = Arrays.copyOf(edgeCursor, n);
    repeatLeft = Arrays.copyOf(repeatLeft, n);
    arrive = Arrays.copyOf(arrive, n);
    serviceStart = Arrays.copyOf(serviceStart, n);
    op = Arrays.copyOf(op, n);
    cause = Arrays.copyOf(cause, n);
    epoch = Arrays.copyOf(epoch, n);
    stationEpoch = Arrays.copyOf(stationEpoch, n);
    key = Arrays.copyOf(key, n);
    cacheOp = Arrays.copyOf(cacheOp, n);
    viaStep = Arrays.copyOf(viaStep, n);
    hit = Arrays.copyOf(hit, n);
    failed = Arrays.copyOf(failed, n);
    async = Arrays.copyOf(async, n);
    front = Arrays.copyOf(front, n);
    free = Arrays.copyOf(free, n);
  }
}
