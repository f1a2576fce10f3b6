package io.scalelab.simulation.engine;

import io.scalelab.simulation.cache.ZipfKeys;
import io.scalelab.simulation.event.EventQueue;
import io.scalelab.simulation.random.RandomStreams;
import io.scalelab.simulation.random.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One replication of a design: the discrete-event loop and the request flow.
 *
 * <p>A request starts at a user origin and walks the connections. At a station it waits for a free
 * server of the instance it was sent to, is served, then makes its calls in connection order:
 * asynchronous ones are sent and forgotten, synchronous ones one after the other, each adding its
 * time (network both ways plus the callee's answer) to the caller's. A station's capacity is busy
 * only while it serves, not while it waits on its calls (asynchronous I/O); a failed synchronous
 * call fails its caller at once.
 *
 * <p>Events carry an opcode and a call, instance or station index — nothing is allocated per event.
 * The engine is single-threaded and owns all its state; replications run on separate engines.
 */
final class Engine {

  static final int ARRIVAL = 0;
  static final int ARRIVE = 1;
  static final int DONE = 2;
  static final int RETURN = 3;
  static final int READY = 4;
  static final int SCALE = 5;
  static final int TICK = 6;
  static final int WARMUP = 7;
  static final int HEALTH = 8;
  static final int STEP = 9;
  static final int REDELIVER = 10;

  /** Bookkeeping events run after the request events of the same instant. */
  private static final int LATE = 1;

  /**
   * Lambda cold start: 300 ms added to the first request of a new execution environment, an
   * assumption within the range AWS reports, "from under 100 ms to over 1 second" (AWS Compute
   * Blog, "Operating Lambda: Performance optimization – Part 1", 2021).
   */
  static final long LAMBDA_COLD_START_NANOS = 300_000_000L;

  /**
   * Lambda scaling rate: 1,000 new execution environments every 10 seconds per function (Lambda
   * Developer Guide, "Lambda scaling behavior"), as a token bucket.
   */
  static final double LAMBDA_NEW_ENVIRONMENTS_PER_SECOND = 100;

  static final double LAMBDA_BURST = 1_000;

  private final Model m;
  private final EventQueue events = new EventQueue(1 << 12);
  private final Calls calls = new Calls(1 << 10);
  final Stations st;
  final Recorder rec;
  private final Series series;
  private final Autoscaler scaler;
  private final LoadShape shape;
  private final Faults faults;
  private final Route53 route53;
  final Replication replication;
  final Traffic traffic;
  private final java.util.List<Runnable> steps = new java.util.ArrayList<>();
  private final ZipfKeys keys;
  private final Throttles throttles;
  final CacheContents contents;

  /** Queues and streams: messages each consumer connection is working on. */
  private final int[][] consumerBusy;

  private final int[] consumerCursor;

  /** Queues and streams, since the warm-up: consumed, delivered again, dead-lettered, expired. */
  final long[] consumed;

  final long[] redelivered;
  final long[] deadLettered;
  final long[] expired;

  private final UniformRandomProvider[] rng;
  private final Sampler[] readTime;
  private final Sampler[] writeTime;
  private final UniformRandomProvider[] originRng;
  private final ZigguratSampler.Exponential[] gap;
  private final double[] acceptScale;

  private final int[][] lambdaIdle;
  private final int[] lambdaIdleCount;
  private final double[] lambdaTokens;
  private final long[] lambdaRefilled;

  private final long endNanos;
  private final long warmupNanos;
  private long now;
  private boolean measuring;

  Engine(Model m, RandomStreams streams, long endNanos, long warmupNanos, long resolutionNanos) {
    this.m = m;
    this.endNanos = endNanos;
    this.warmupNanos = warmupNanos;
    int n = m.size;
    Placement placement = new Placement(m.design);
    st = new Stations(m, placement);
    rec = new Recorder(n, m.origins.length);
    shape = new LoadShape(m.design.workload());
    rng = new UniformRandomProvider[n];
    readTime = new Sampler[n];
    writeTime = new Sampler[n];
    for (int s = 0; s < n; s++) {
      rng[s] = streams.stream(s);
      if (m.readTime[s] != null) {
        readTime[s] = Sampler.of(m.readTime[s], rng[s], 1);
        writeTime[s] = Sampler.of(m.writeTime[s], rng[s], 1);
      }
    }
    int origins = m.origins.length;
    originRng = new UniformRandomProvider[origins];
    gap = new ZigguratSampler.Exponential[origins];
    acceptScale = new double[origins];
    for (int k = 0; k < origins; k++) {
      originRng[k] = streams.stream(n + k);
      double peakRate = m.originRatePerSecond[k] * shape.peakFactor();
      gap[k] = peakRate > 0 ? ZigguratSampler.Exponential.of(originRng[k], 1e9 / peakRate) : null;
      acceptScale[k] = 1 / shape.peakFactor();
    }
    lambdaIdle = new int[n][];
    lambdaIdleCount = new int[n];
    lambdaTokens = new double[n];
    lambdaRefilled = new long[n];
    for (int s = 0; s < n; s++) {
      if (m.kinds[s] == StationKind.LAMBDA) {
        lambdaIdle[s] = new int[m.maxInstances[s]];
        lambdaTokens[s] = LAMBDA_BURST;
      }
    }
    contents = new CacheContents(m);
    series = new Series(m, st, rec, resolutionNanos, endNanos, contents.getsCum, contents.hitsCum);
    scaler = new Autoscaler(m, st, rec, (s, warmup) -> launch(s, warmup, -1), this::drain);
    faults = new Faults(m, st, placement, new FaultHooks());
    route53 = new Route53(m, st);
    traffic = new Traffic(m);
    replication = new Replication(m, st, faults, traffic, writeTime);
    series.replicaLag(replication.lagSumNanosCum, replication.lagCountCum);
    var keySpace = m.design.workload().keys();
    keys = new ZipfKeys(keySpace.count(), keySpace.zipf(), streams.stream(n + origins));
    consumerBusy = new int[n][];
    consumerCursor = new int[n];
    consumed = new long[n];
    redelivered = new long[n];
    deadLettered = new long[n];
    expired = new long[n];
    for (int s = 0; s < n; s++) {
      consumerBusy[s] = new int[m.edges[s].length];
    }
    List<Runnable> flushes = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int station = s;
      flushes.add(() -> contents.flush(station));
    }
    faults.onFlush(flushes);
    series.oldestMessage(s -> m.holdsMessages(s) ? oldestMessageAge(s) : 0);
    throttles = new Throttles(m);
  }

  /** What the fault timeline may do to the engine. */
  private final class FaultHooks implements Faults.Hooks {
    @Override
    public void failWaiting(int instance, Cause cause) {
      st.touch(st.stationOf(instance), now);
      while (st.instQueued[instance] > 0) {
        int c = st.dequeue(instance);
        st.addQueued(calls.station[c], -1);
        fail(c, cause);
      }
    }

    @Override
    public void failWaiting(int instance, int station, Cause cause) {
      st.touch(station, now);
      // One turn of the ring: the station's calls fail, the others go back in their order.
      for (int k = st.instQueued[instance]; k > 0; k--) {
        int c = st.dequeue(instance);
        if (calls.station[c] == station) {
          st.addQueued(station, -1);
          fail(c, cause);
        } else {
          st.enqueue(instance, c);
        }
      }
    }

    @Override
    public boolean launch(int station, long warmupNanos, int zone) {
      return Engine.this.launch(station, warmupNanos, zone);
    }

    @Override
    public void later(long time, Runnable step) {
      steps.add(step);
      events.push(time, LATE, STEP, steps.size() - 1);
    }
  }

  Faults faults() {
    return faults;
  }

  /** Progress is reported, and interrupts are seen, every 2^16 events: a few milliseconds. */
  private static final long PROGRESS_MASK = (1 << 16) - 1;

  /**
   * Runs to the end; {@code progress} hears the simulated time every 2^16 events. An interrupt of
   * the running thread stops it with a {@link CancellationException}.
   */
  void run(LongConsumer progress) {
    for (int k = 0; k < m.origins.length; k++) {
      if (gap[k] != null) {
        events.push(Math.round(gap[k].sample()), 0, ARRIVAL, k);
      }
    }
    if (warmupNanos > 0) {
      events.push(warmupNanos, LATE, WARMUP, 0);
    } else {
      measuring = true;
    }
    events.push(series.resolution(), LATE, TICK, 0);
    for (int s = 0; s < m.size; s++) {
      if (scaler.manages(s)) {
        events.push(scaler.period(s), LATE, SCALE, s);
      }
      if (route53.checks(s)) {
        events.push(route53.interval(s), LATE, HEALTH, s);
      }
    }
    faults.schedule(endNanos);
    long handled = 0;
    while (!events.isEmpty() && events.peekTime() <= endNanos) {
      events.pop();
      now = events.time();
      int arg = events.arg();
      switch (events.op()) {
        case ARRIVAL -> arrival(arg);
        case ARRIVE -> arrive(arg);
        case DONE -> done(arg);
        case RETURN -> returned(arg);
        case READY -> ready(arg);
        case SCALE -> events.push(now + scaler.evaluate(arg, now), LATE, SCALE, arg);
        case TICK -> {
          series.tick(now);
          events.push(now + series.resolution(), LATE, TICK, 0);
        }
        case WARMUP -> {
          rec.reset();
          contents.reset();
          java.util.Arrays.fill(consumed, 0);
          java.util.Arrays.fill(redelivered, 0);
          java.util.Arrays.fill(deadLettered, 0);
          java.util.Arrays.fill(expired, 0);
          replication.reset();
          traffic.reset();
          st.resetIntegrals(now);
          measuring = true;
        }
        case HEALTH -> {
          route53.check(arg, now);
          events.push(now + route53.interval(arg), LATE, HEALTH, arg);
        }
        case REDELIVER -> {
          int s = calls.station[arg];
          st.touch(s, now);
          st.enqueue(st.first[s], arg);
          st.addQueued(s, 1);
          deliver(s);
        }
        case STEP -> {
          faults.tick(now);
          steps.get(arg).run();
        }
        default -> throw new IllegalStateException("unknown opcode " + events.op());
      }
      if ((++handled & PROGRESS_MASK) == 0) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("simulation cancelled");
        }
        progress.accept(now);
      }
    }
    now = endNanos;
    for (int s = 0; s < m.size; s++) {
      st.touch(s, now);
    }
    series.finish(now);
  }

  Series series() {
    return series;
  }

  long measuredNanos() {
    return endNanos - warmupNanos;
  }

  // --- arrivals -------------------------------------------------------------------------------

  private void arrival(int k) {
    events.push(now + Math.round(gap[k].sample()), 0, ARRIVAL, k);
    double accept = shape.factor(now) * acceptScale[k];
    if (accept < 1 && originRng[k].nextDouble() >= accept) {
      return;
    }
    int o = m.origins[k];
    int c = calls.take();
    calls.station[c] = o;
    calls.parent[c] = -1;
    calls.async[c] = false;
    calls.origin[c] = k;
    calls.region[c] = m.region[o];
    calls.op[c] = originRng[k].nextDouble() < m.originReadShare[k] ? Calls.READ : Calls.WRITE;
    calls.key[c] = m.usesKeys ? keys.next() : 0;
    calls.arrive[c] = now;
    rec.arrivals[o]++;
    advance(c);
  }

  // --- a call at a station --------------------------------------------------------------------

  private void arrive(int c) {
    int s = calls.station[c];
    calls.arrive[c] = now;
    calls.stationEpoch[c] = st.stationEpoch[s];
    rec.arrivals[s]++;
    if (st.downCount[s] > 0) {
      fail(c, Cause.UNAVAILABLE);
      return;
    }
    if (!throttles.admit(s, calls.op[c] == Calls.WRITE, calls.key[c], now)) {
      fail(c, Cause.THROTTLED);
      return;
    }
    if (measuring) {
      traffic.arrived(s, calls.op[c] == Calls.WRITE);
    }
    switch (m.kinds[s]) {
      case ROUTER, ORIGIN -> advance(c);
      case DELAY -> {
        st.inFlight[s]++;
        events.push(now + (contents.holds(s) ? dax(s, c) : sample(s, c)), 0, DONE, c);
      }
      case QUEUE -> arriveQueue(s, c);
      case LAMBDA -> arriveLambda(s, c);
    }
  }

  private void arriveQueue(int s, int c) {
    int i =
        m.replicas[s] > 0
            ? pickDatabaseInstance(s, c)
            : m.shards[s] > 0 ? shardPrimary(s, calls.key[c]) : st.pick(s);
    if (i < 0) {
      fail(c, Cause.NO_CAPACITY);
      return;
    }
    if (st.state[i] == Stations.FAILED) {
      fail(c, Cause.INSTANCE_DOWN);
      return;
    }
    if (st.instBusy[i] < m.concurrency[s]) {
      start(s, i, c, 0);
    } else if (st.hasRoom(s, i)) {
      st.touch(s, now);
      st.enqueue(i, c);
      st.addQueued(s, 1);
      calls.instance[c] = i;
    } else {
      fail(c, Cause.QUEUE_FULL);
    }
  }

  private void arriveLambda(int s, int c) {
    if (lambdaIdleCount[s] > 0) {
      start(s, lambdaIdle[s][--lambdaIdleCount[s]], c, 0);
      return;
    }
    refill(s);
    if (st.active[s] < m.maxInstances[s] && lambdaTokens[s] >= 1) {
      lambdaTokens[s] -= 1;
      st.touch(s, now);
      int env = st.first[s] + st.active[s];
      st.state[env] = Stations.ACTIVE;
      st.active[s]++;
      st.noteActive(s);
      start(s, env, c, LAMBDA_COLD_START_NANOS);
    } else {
      fail(c, Cause.THROTTLED);
    }
  }

  /**
   * Writes go to the primary; reads to the least busy replica of the region they are served in
   * ({@link Model#servingRegion}), or the primary when the database reads from it.
   */
  private int pickDatabaseInstance(int s, int c) {
    int primary = st.first[s];
    if (calls.op[c] == Calls.WRITE || !m.readsFromReplicas[s]) {
      return st.state[primary] == Stations.ACTIVE ? primary : -1;
    }
    int best = -1;
    for (int r = 1; r <= m.replicas[s]; r++) {
      int i = primary + r;
      if (st.state[i] == Stations.ACTIVE
          && m.replicaRegion[s][r] == calls.region[c]
          && (best < 0
              || st.instBusy[i] + st.instQueued[i] < st.instBusy[best] + st.instQueued[best])) {
        best = i;
      }
    }
    return best >= 0 ? best : st.state[primary] == Stations.ACTIVE ? primary : -1;
  }

  /**
   * The node that holds a key: the primary of shard hash(key) mod shards (cluster mode hashes to
   * 16,384 slots; an even split over shards is the same in effect), or its first replica left when
   * the primary is lost. Reads go to primaries, as clients do unless told to read from replicas.
   */
  private int shardPrimary(int s, long key) {
    int perShard = m.maxInstances[s] / m.shards[s];
    int shard = (int) Long.remainderUnsigned(key * 0x9E37_79B9_7F4A_7C15L, m.shards[s]);
    int base = st.first[s] + shard * perShard;
    // A lost primary's replica takes over (Multi-AZ with automatic failover; the promotion time
    // is not modelled); a shard with no node left refuses the call.
    for (int k = 0; k < perShard; k++) {
      int i = base + k;
      if (st.state[i] == Stations.ACTIVE || st.state[i] == Stations.FAILED) {
        return i;
      }
    }
    return -1;
  }

  private void refill(int s) {
    double seconds = (now - lambdaRefilled[s]) / 1e9;
    lambdaTokens[s] =
        Math.min(LAMBDA_BURST, lambdaTokens[s] + seconds * LAMBDA_NEW_ENVIRONMENTS_PER_SECOND);
    lambdaRefilled[s] = now;
  }

  private void start(int s, int i, int c, long extraNanos) {
    st.touch(s, now);
    st.instBusy[i]++;
    st.reindex(i);
    st.addBusy(s, 1);
    calls.instance[c] = i;
    calls.epoch[c] = st.epoch[i];
    calls.serviceStart[c] = now;
    long service = sample(s, c);
    if (measuring) {
      Recorder.record(rec.wait[s], now - calls.arrive[c]);
      rec.serviceNanos[s] += service;
      rec.services[s]++;
    }
    events.push(now + service + extraNanos, 0, DONE, c);
  }

  private long sample(int s, int c) {
    long t = calls.op[c] == Calls.WRITE ? writeTime[s].nextNanos() : readTime[s].nextNanos();
    double slow = faults.slowdown[s];
    return slow == 1 ? t : Math.round(t * slow);
  }

  private void done(int c) {
    int s = calls.station[c];
    if (calls.stationEpoch[c] != st.stationEpoch[s]) {
      if (m.hosted(s)) {
        abandon(s, c);
      }
      fail(c, Cause.UNAVAILABLE); // the station went down while serving
      return;
    }
    switch (m.kinds[s]) {
      case DELAY -> {
        st.inFlight[s]--;
        if (contents.isEdge(s) && edgeHit(s, c)) {
          complete(c);
          return;
        }
        if (m.holdsMessages(s)) {
          store(s, c);
          complete(c); // the producer's send is acknowledged once the message is stored
          return;
        }
      }
      case QUEUE -> {
        int i = calls.instance[c];
        if (calls.epoch[c] != st.epoch[i]) {
          if (m.hosted(s)) {
            abandon(s, c);
          }
          fail(c, Cause.INSTANCE_DOWN);
          return;
        }
        release(s, i);
        if (contents.holds(s)) {
          cacheOperation(s, c);
        }
        if (m.types[s] == io.scalelab.model.component.ComponentType.DATABASE) {
          database(s, i, c);
        }
      }
      case LAMBDA -> {
        st.touch(s, now);
        st.instBusy[calls.instance[c]]--;
        st.busy[s]--;
        lambdaIdle[s][lambdaIdleCount[s]++] = calls.instance[c];
      }
      default -> throw new IllegalStateException("no service at " + m.kinds[s]);
    }
    advance(c);
  }

  /** Counts writes (for lost-data accounting) and feeds replication and stale-read checks. */
  private void database(int s, int i, int c) {
    if (calls.op[c] == Calls.WRITE) {
      faults.writes[s]++;
      replication.committed(s, calls.key[c], now, measuring);
    } else if (m.replicas[s] > 0) {
      replication.read(s, i, calls.key[c], now, measuring);
    }
  }

  /**
   * A call of hosted station {@code s} whose service ended after its station or instance went down.
   * A crash of the host's instance or the host going down freed the box's servers, not the
   * station's own count; a hosted station going down alone leaves the box up, so the call kept its
   * server until now and frees it.
   */
  private void abandon(int s, int c) {
    int i = calls.instance[c];
    if (calls.epoch[c] == st.epoch[i]) {
      release(s, i);
    } else {
      st.touch(s, now);
      st.busy[s]--;
    }
  }

  /**
   * Frees a server of instance {@code i} and gives it to the oldest waiting call still in time — of
   * whichever station it is, when stations share the instance (a host and its guests).
   */
  private void release(int s, int i) {
    st.touch(s, now);
    st.instBusy[i]--;
    st.addBusy(s, -1);
    st.reindex(i);
    while (st.instQueued[i] > 0) {
      int next = st.dequeue(i);
      int ns = calls.station[next];
      st.addQueued(ns, -1);
      if (now - calls.arrive[next] > m.timeoutNanos[ns]) {
        fail(next, Cause.TIMEOUT);
        continue;
      }
      start(ns, i, next, 0);
      return;
    }
    if (st.state[i] == Stations.DRAINING && st.instBusy[i] == 0) {
      st.state[i] = Stations.OFF;
      st.reindex(i);
    }
  }

  // --- the calls a station makes --------------------------------------------------------------

  /** Makes the call's next calls; completes it when none is left. */
  private void advance(int c) {
    int s = calls.station[c];
    Model.Edge[] es = m.edges[s];
    if (m.kinds[s] == StationKind.ROUTER) {
      if (calls.edgeCursor[c] == 0 && es.length > 0) {
        calls.edgeCursor[c] = es.length;
        send(c, es[route(s, c)], false);
      } else {
        complete(c);
      }
      return;
    }
    while (true) {
      if (calls.viaStep[c] != 0 && calls.viaStep[c] != EDGE_MISS) {
        if (!cacheAside(c, es[calls.edgeCursor[c] - 1])) {
          return;
        }
        continue;
      }
      if (calls.repeatLeft[c] > 0) {
        calls.repeatLeft[c]--;
        Model.Edge e = es[calls.edgeCursor[c] - 1];
        if (e.via() >= 0) {
          cacheAside(c, e);
        } else {
          send(c, e, false);
        }
        return;
      }
      if (calls.edgeCursor[c] == es.length) {
        complete(c);
        return;
      }
      Model.Edge e = es[calls.edgeCursor[c]++];
      int times = times(s, e);
      if (times == 0) {
        continue;
      }
      if (!e.sync()) {
        for (int k = 0; k < times; k++) {
          send(c, e, true);
        }
        continue;
      }
      calls.repeatLeft[c] = times;
    }
  }

  /**
   * How many times this request makes the call: share as a coin, fractional counts rounded
   * randomly.
   */
  private int times(int s, Model.Edge e) {
    if (e.once()) {
      return 1;
    }
    UniformRandomProvider r = rng[s];
    if (e.share() < 1 && r.nextDouble() >= e.share()) {
      return 0;
    }
    double n = e.callsPerRequest();
    int whole = (int) n;
    double frac = n - whole;
    return whole + (frac > 0 && r.nextDouble() < frac ? 1 : 0);
  }

  private void send(int c, Model.Edge e, boolean async) {
    sendTo(c, e.to(), operation(c, e), async, (byte) 0);
  }

  private byte operation(int c, Model.Edge e) {
    return switch (e.operation()) {
      case READ -> Calls.READ;
      case WRITE -> Calls.WRITE;
      case MIXED -> calls.op[c];
    };
  }

  private void sendTo(int c, int to, byte op, boolean async, byte cacheOp) {
    int from = calls.station[c];
    int child = calls.take();
    calls.station[child] = to;
    calls.parent[child] = async ? -1 : c;
    calls.async[child] = async;
    calls.origin[child] = calls.origin[c];
    calls.op[child] = op;
    calls.cacheOp[child] =
        cacheOp != 0 ? cacheOp : !contents.holds(to) ? 0 : op == Calls.READ ? Calls.GET : Calls.SET;
    calls.key[child] = calls.key[c];
    calls.region[child] =
        m.replicas[to] > 0
            ? m.servingRegion(to, calls.region[c], calls.op[child] == Calls.READ)
            : m.regionAt(to, calls.region[c]);
    boolean fromUser =
        m.kinds[from] == StationKind.ORIGIN || (calls.front[c] && traffic.passesThrough(from));
    calls.front[child] = fromUser;
    int callerRegion = calls.region[c];
    int toRegion = calls.region[child];
    boolean cross = crosses(from, callerRegion, to, toRegion);
    if (measuring) {
      if (!fromUser) {
        traffic.call(from, m.regionAt(from, callerRegion), to, toRegion, cross);
      } else if (!traffic.passesThrough(to)) {
        traffic.fromUser(to, calls.origin[c]);
      }
    }
    events.push(now + m.hop(from, callerRegion, to, toRegion, cross), 0, ARRIVE, child);
  }

  /** Which record Route 53 answers with, by the zone's routing policy. */
  private int route(int s, int c) {
    return route53.route(s, calls.region[c], now, rng[s]);
  }

  /** One-way network delay of a call from station {@code from} to {@code to}, nanoseconds. */
  private long hop(int from, int callerRegion, int to, int toRegion) {
    return m.hop(from, callerRegion, to, toRegion, crosses(from, callerRegion, to, toRegion));
  }

  /** Whether a hop crosses zones: certain or impossible where placement decides, else a coin. */
  private boolean crosses(int from, int callerRegion, int to, int toRegion) {
    double p = m.crossChance(from, callerRegion, to, toRegion);
    return p >= 1 || (p > 0 && rng[from].nextDouble() < p);
  }

  // --- queues and streams -------------------------------------------------------------------

  /** {@link Calls#viaStep} of a message waiting in, or delivered from, a queue or stream. */
  private static final byte MESSAGE = 77;

  /** Keeps the message call {@code c} sent, until a consumer has processed it. */
  private void store(int s, int c) {
    int msg = calls.take();
    calls.station[msg] = s;
    calls.parent[msg] = -1;
    calls.async[msg] = true;
    calls.origin[msg] = calls.origin[c];
    calls.region[msg] = calls.region[c];
    calls.op[msg] = calls.op[c];
    calls.key[msg] = calls.key[c];
    calls.arrive[msg] = now;
    calls.viaStep[msg] = MESSAGE;
    st.touch(s, now);
    st.enqueue(st.first[s], msg);
    st.addQueued(s, 1);
    deliver(s);
  }

  /**
   * Hands waiting messages to consumers with room, round robin over the consumer connections; a
   * message older than the retention is dropped. The message waits for its consumer to finish.
   */
  private void deliver(int s) {
    int slot = st.first[s];
    Model.Edge[] es = m.edges[s];
    while (st.instQueued[slot] > 0 && es.length > 0) {
      int k = -1;
      for (int j = 0; j < es.length; j++) {
        int candidate = (consumerCursor[s] + j) % es.length;
        if (consumerBusy[s][candidate] < es[candidate].concurrency()) {
          k = candidate;
          break;
        }
      }
      if (k < 0) {
        return;
      }
      st.touch(s, now);
      int msg = st.dequeue(slot);
      st.addQueued(s, -1);
      if (now - calls.arrive[msg] > m.retentionNanos[s]) {
        if (measuring) {
          expired[s]++;
        }
        calls.release(msg);
        continue;
      }
      consumerCursor[s] = (k + 1) % es.length;
      consumerBusy[s][k]++;
      calls.edgeCursor[msg] = k;
      calls.repeatLeft[msg]++; // receives
      sendTo(msg, es[k].to(), calls.op[msg], false, (byte) 0);
    }
  }

  /**
   * A consumer finished with a message: deleted when it succeeded; otherwise hidden for the
   * visibility timeout and delivered again, or dead-lettered after its last allowed receive.
   */
  private void answered(int msg, boolean failed) {
    int s = calls.station[msg];
    consumerBusy[s][calls.edgeCursor[msg]]--;
    if (!failed) {
      if (measuring) {
        consumed[s]++;
      }
      calls.release(msg);
    } else if (m.maxReceives[s] > 0 && calls.repeatLeft[msg] >= m.maxReceives[s]) {
      if (measuring) {
        deadLettered[s]++;
      }
      calls.release(msg);
    } else {
      if (measuring) {
        redelivered[s]++;
      }
      events.push(now + m.visibilityNanos[s], LATE, REDELIVER, msg);
    }
    deliver(s);
  }

  /** Age of the oldest message waiting in queue or stream {@code s}, nanoseconds (0 if none). */
  long oldestMessageAge(int s) {
    int slot = st.first[s];
    return st.instQueued[slot] == 0 ? 0 : now - calls.arrive[st.peek(slot)];
  }

  // --- caches ---------------------------------------------------------------------------------

  /** {@link Calls#viaStep} of a CloudFront call that missed its edge and fills it when answered. */
  private static final byte EDGE_MISS = 99;

  private static final byte READ_GET = 1;
  private static final byte READ_ORIGIN = 2;
  private static final byte READ_FILL = 3;
  private static final byte WRITE_ORIGIN = 11;
  private static final byte WRITE_INVALIDATE = 12;

  /**
   * Cache-aside along a connection {@code via} a cache: a read gets the key from the cache, and on
   * a miss reads the database and sets the key; a write goes to the database, then deletes the key.
   * Moves call {@code c} one step on; returns true when the sequence is over (the caller goes on
   * with its next call), false when it sent a call and waits for it.
   */
  private boolean cacheAside(int c, Model.Edge e) {
    switch (calls.viaStep[c]) {
      case 0 -> {
        if (operation(c, e) == Calls.READ) {
          calls.viaStep[c] = READ_GET;
          sendTo(c, e.via(), Calls.READ, false, Calls.GET);
        } else {
          calls.viaStep[c] = WRITE_ORIGIN;
          sendTo(c, e.to(), Calls.WRITE, false, (byte) 0);
        }
        return false;
      }
      case READ_GET -> {
        if (calls.hit[c]) {
          calls.viaStep[c] = 0;
          return true;
        }
        calls.viaStep[c] = READ_ORIGIN;
        sendTo(c, e.to(), Calls.READ, false, (byte) 0);
        return false;
      }
      case READ_ORIGIN -> {
        calls.viaStep[c] = READ_FILL;
        sendTo(c, e.via(), Calls.WRITE, false, Calls.SET);
        return false;
      }
      case WRITE_ORIGIN -> {
        calls.viaStep[c] = WRITE_INVALIDATE;
        sendTo(c, e.via(), Calls.WRITE, false, Calls.DEL);
        return false;
      }
      default -> {
        calls.viaStep[c] = 0;
        return true;
      }
    }
  }

  /** What a call does to a cache's content once served. */
  private void cacheOperation(int s, int c) {
    long key = calls.key[c];
    switch (calls.cacheOp[c]) {
      case Calls.GET -> calls.hit[c] = contents.get(s, key, now, measuring);
      case Calls.SET -> contents.put(s, key, now);
      case Calls.DEL -> contents.invalidate(s, key);
      default -> {}
    }
  }

  /** CloudFront: a cacheable request found at the edge is answered there. */
  private boolean edgeHit(int s, int c) {
    if (rng[s].nextDouble() >= contents.cacheableShare(s)) {
      return false;
    }
    boolean hit = contents.edgeGet(s, calls.region[c], calls.key[c], now, measuring);
    if (!hit) {
      calls.viaStep[c] = EDGE_MISS;
    }
    return hit;
  }

  /** DynamoDB with DAX: a read that hits the DAX item cache is fast; writes go through both. */
  private long dax(int s, int c) {
    long key = calls.key[c];
    if (calls.op[c] == Calls.READ) {
      if (contents.get(s, key, now, measuring)) {
        return Catalog.DAX_HIT_NANOS;
      }
    }
    contents.put(s, key, now);
    return sample(s, c);
  }

  // --- answers --------------------------------------------------------------------------------

  private void fail(int c, Cause cause) {
    int s = calls.station[c];
    calls.failed[c] = true;
    if (cause != Cause.DOWNSTREAM) {
      calls.cause[c] = (byte) cause.ordinal();
    }
    rec.errorsCum[s]++;
    if (measuring) {
      rec.errors[s][cause.ordinal()]++;
    }
    finish(c);
  }

  private void complete(int c) {
    int s = calls.station[c];
    if (calls.viaStep[c] == EDGE_MISS && !calls.failed[c]) {
      contents.edgePut(s, calls.region[c], calls.key[c], now);
    }
    if (contents.isEdge(s) && !calls.failed[c]) {
      contents.served(s, measuring);
    }
    long latency = now - calls.arrive[c];
    if (!calls.failed[c] && latency > m.timeoutNanos[s]) {
      fail(c, Cause.TIMEOUT);
      return;
    }
    if (!calls.failed[c]) {
      rec.completionsCum[s]++;
      rec.latencySumCum[s] += latency;
      if (measuring) {
        rec.completions[s]++;
        Recorder.record(rec.latency[s], latency);
      }
    }
    finish(c);
  }

  /** Answers the caller (after the network delay back), or ends the request at its origin. */
  private void finish(int c) {
    int p = calls.parent[c];
    if (p >= 0) {
      events.push(
          now + hop(calls.station[p], calls.region[p], calls.station[c], calls.region[c]),
          0,
          RETURN,
          c);
      return;
    }
    if (!calls.async[c]) {
      endRequest(c);
    }
    calls.release(c);
  }

  private void endRequest(int c) {
    long latency = now - calls.arrive[c];
    boolean ok = !calls.failed[c];
    series.request(latency, ok);
    if (!measuring) {
      return;
    }
    if (ok) {
      rec.successes++;
      Recorder.record(rec.endToEnd, latency);
      Recorder.record(rec.originLatency[calls.origin[c]], latency);
    } else {
      rec.failures++;
    }
    if (!ok) {
      faults.noteFailure(now, Cause.values()[calls.cause[c]]);
    }
  }

  private void returned(int c) {
    int p = calls.parent[c];
    boolean failed = calls.failed[c];
    byte cause = calls.cause[c];
    if (calls.viaStep[p] == MESSAGE) {
      calls.release(c);
      answered(p, failed);
      return;
    }
    if (calls.cacheOp[c] == Calls.GET) {
      calls.hit[p] = calls.hit[c];
    }
    calls.release(c);
    if (failed) {
      calls.cause[p] = cause;
      fail(p, Cause.DOWNSTREAM);
    } else {
      advance(p);
    }
  }

  // --- capacity changes -----------------------------------------------------------------------

  /** Starts a new instance of station {@code s}; it serves after {@code delayNanos}. */
  private boolean launch(int s, long delayNanos, int zone) {
    for (int i = st.first[s]; i < st.first[s] + m.maxInstances[s]; i++) {
      if (st.state[i] == Stations.OFF) {
        st.state[i] = Stations.STARTING;
        if (zone >= 0) {
          st.zone[i] = zone;
        }
        st.starting[s]++;
        events.push(now + delayNanos, LATE, READY, i);
        return true;
      }
    }
    return false;
  }

  private void ready(int i) {
    int s = st.stationOf(i);
    if (st.state[i] != Stations.STARTING) {
      return;
    }
    st.touch(s, now);
    st.state[i] = Stations.ACTIVE;
    st.reindex(i);
    st.starting[s]--;
    st.active[s]++;
    st.noteActive(s);
  }

  private boolean hostsPinned(int s) {
    for (int g : st.guests(s)) {
      if (m.pinned[g]) {
        return true;
      }
    }
    return false;
  }

  /** Takes the least busy active instance of station {@code s} out of rotation. */
  private boolean drain(int s) {
    int victim = -1;
    for (int i = st.first[s]; i < st.first[s] + m.maxInstances[s]; i++) {
      // A database hosted on the group lives on its first instance, which therefore stays.
      boolean pinned = i == st.first[s] && hostsPinned(s);
      if (st.state[i] == Stations.ACTIVE
          && !pinned
          && (victim < 0
              || st.instBusy[i] + st.instQueued[i] < st.instBusy[victim] + st.instQueued[victim])) {
        victim = i;
      }
    }
    if (victim < 0 || st.active[s] <= 1) {
      return false;
    }
    st.touch(s, now);
    st.active[s]--;
    st.noteActive(s);
    // Its queue is served before it stops; it takes no new calls.
    st.state[victim] =
        st.instBusy[victim] + st.instQueued[victim] == 0 ? Stations.OFF : Stations.DRAINING;
    st.reindex(victim);
    return true;
  }
}
