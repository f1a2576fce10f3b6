package io.scalelab.simulation.engine;

import io.scalelab.model.Design;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.topology.Connection;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.cache.ZipfKeys;
import io.scalelab.simulation.network.Latencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A design compiled for the engine: components become numbered stations, connections become arrays
 * of edges per station, regions and zones become indices. Immutable and shared by all replications.
 */
final class Model {

  /** Zones a region is assumed to have when a component names none: three, as most regions do. */
  static final int ASSUMED_ZONES_PER_REGION = 3;

  final Design design;
  final Latencies latencies;
  final int size;
  final String[] ids;
  final ComponentType[] types;
  final StationKind[] kinds;
  final int[] region;
  final double[][] crossAzProbability;

  final int[] concurrency;
  final int[] initialInstances;
  final int[] maxInstances;
  final int[] queuePerInstance;
  final long[] timeoutNanos;
  final Distribution[] readTime;
  final Distribution[] writeTime;

  /**
   * Whether instances are picked round robin: behind a round-robin ALB. Otherwise the least busy
   * instance is picked, as an ALB with least outstanding requests does and as direct callers with a
   * connection pool do.
   */
  final boolean[] roundRobin;

  final Service.Scaling[] scaling;
  final Service.Platform[] platform;

  /**
   * The station whose instances serve each station's calls: itself, or the ec2 service it is hosted
   * on ({@code host}). A hosted station has no instances of its own: its calls wait in its host's
   * per-instance queues and take its host's servers (the box's cores or worker slots).
   */
  final int[] pool;

  /** Hosted databases: one process, on the first instance of the host. */
  final boolean[] pinned;

  /** Read replicas of a database station: instances 1..replicas; instance 0 is the primary. */
  final int[] replicas;

  /** Region index of each instance of a database station (primary first). */
  final int[][] replicaRegion;

  /** One-way delay from the primary to each replica, nanoseconds (index 0 unused). */
  final long[][] replicaShipNanos;

  /** Whether a database serves reads from its replicas. */
  final boolean[] readsFromReplicas;

  /** API Gateway token bucket: requests per second (0 for no throttle) and bucket size. */
  final double[] throttleRate;

  final double[] throttleBurst;

  /** DynamoDB provisioned writes: WCU per second (0 for none), bucket size, WCU per write. */
  final double[] writeRate;

  final double[] writeBurst;
  final double[] writeCost;

  /** RCU per read of a provisioned DynamoDB table (1 elsewhere). */
  final double[] readCost;

  /** DynamoDB tables: partitions, each capped at 3,000 RCU and 1,000 WCU per second. */
  final int[] partitions;

  /** Whether anything looks at request keys: a cache, CloudFront, DAX or read replicas. */
  final boolean usesKeys;

  /** Shards of a cache station: a key lives on shard hash(key) mod shards, on its primary. */
  final int[] shards;

  /** Items a cache station holds (all its shards), 0 for other stations. */
  final long[] cacheCapacity;

  /** Queues and streams: how long a failed message stays hidden before it is delivered again. */
  final long[] visibilityNanos;

  /** Queues: receives before a message goes to the dead-letter queue (0 for no DLQ). */
  final int[] maxReceives;

  /** Queues and streams: how long an unconsumed message is kept. */
  final long[] retentionNanos;

  final Edge[][] edges;
  final Dns.Routing[] routing;

  final int[] origins;
  final double[] originRatePerSecond;
  final double[] originReadShare;

  /** One outgoing connection of a station. */
  record Edge(
      int to,
      boolean sync,
      double share,
      double callsPerRequest,
      Connection.Operation operation,
      int weight,
      boolean primary,
      int via,
      int concurrency) {

    /** The same call made to another station (the cache of a cache-aside call). */
    Edge toward(int station) {
      return new Edge(
          station, sync, share, callsPerRequest, operation, weight, primary, -1, concurrency);
    }

    Edge withConcurrency(int n) {
      return new Edge(to, sync, share, callsPerRequest, operation, weight, primary, via, n);
    }

    /** Whether every request makes this call exactly once: no coin to toss. */
    boolean once() {
      return share >= 1 && callsPerRequest == 1;
    }
  }

  Model(Design design) throws SimulationException {
    this.design = design;
    List<Component> cs = design.components();
    size = cs.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < size; i++) {
      index.put(cs.get(i).id(), i);
    }
    latencies = Latencies.of(design.regions(), design.network());
    if (design.workload().keys().count() > ZipfKeys.MAX_KEYS) {
      throw new SimulationException(
          "workload.keys.count is "
              + design.workload().keys().count()
              + "; the simulation draws keys up to "
              + ZipfKeys.MAX_KEYS);
    }
    ids = new String[size];
    types = new ComponentType[size];
    kinds = new StationKind[size];
    region = new int[size];
    concurrency = new int[size];
    initialInstances = new int[size];
    maxInstances = new int[size];
    queuePerInstance = new int[size];
    timeoutNanos = new long[size];
    readTime = new Distribution[size];
    writeTime = new Distribution[size];
    roundRobin = new boolean[size];
    scaling = new Service.Scaling[size];
    platform = new Service.Platform[size];
    routing = new Dns.Routing[size];
    replicas = new int[size];
    replicaRegion = new int[size][];
    replicaShipNanos = new long[size][];
    readsFromReplicas = new boolean[size];
    throttleRate = new double[size];
    cacheCapacity = new long[size];
    shards = new int[size];
    writeRate = new double[size];
    writeBurst = new double[size];
    writeCost = new double[size];
    readCost = new double[size];
    java.util.Arrays.fill(readCost, 1);
    partitions = new int[size];
    visibilityNanos = new long[size];
    maxReceives = new int[size];
    retentionNanos = new long[size];
    throttleBurst = new double[size];
    for (int i = 0; i < size; i++) {
      Component c = cs.get(i);
      ids[i] = c.id();
      types[i] = c.type();
      region[i] = c.region().isGlobal() ? -1 : design.regions().indexOf(c.region());
      station(i, c);
    }
    pool = new int[size];
    pinned = new boolean[size];
    for (int i = 0; i < size; i++) {
      pool[i] = hostOf(cs.get(i)).map(index::get).orElse(i);
      if (pool[i] != i) {
        share(i, pool[i]);
      }
    }
    crossAzProbability = crossAz(cs);
    usesKeys =
        cs.stream()
            .anyMatch(
                c ->
                    c instanceof Cache
                        || c instanceof io.scalelab.model.component.Cdn
                        || c instanceof KeyValueStore
                        || (c instanceof Database d && !d.readReplicas().isEmpty()));
    for (int i = 0; i < size; i++) {
      if (cs.get(i) instanceof Database d) {
        replicaRegion[i] = new int[1 + replicas[i]];
        replicaShipNanos[i] = new long[1 + replicas[i]];
        replicaRegion[i][0] = region[i];
        for (int r = 1; r <= replicas[i]; r++) {
          int to = design.regions().indexOf(d.readReplicas().get(r - 1).region());
          replicaRegion[i][r] = to;
          replicaShipNanos[i][r] =
              to == region[i] ? latencies.crossAz() : latencies.betweenRegions(region[i], to);
        }
      }
    }
    edges = new Edge[size][];
    List<List<Edge>> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(new ArrayList<>());
    }
    for (Connection c : design.connections()) {
      int from = index.get(c.from());
      int to = index.get(c.to());
      out.get(from)
          .add(
              new Edge(
                  to,
                  c.mode() == Connection.CallMode.SYNC,
                  c.share(),
                  c.callsPerRequest(),
                  c.operation(),
                  c.weight().orElse(1),
                  c.failover().orElse(Connection.FailoverRole.PRIMARY)
                      == Connection.FailoverRole.PRIMARY,
                  c.via().map(index::get).orElse(-1),
                  c.concurrency().orElse(0)));
      if (cs.get(from) instanceof LoadBalancer lb
          && lb.algorithm() == LoadBalancer.Algorithm.ROUND_ROBIN) {
        roundRobin[to] = true;
      }
    }
    for (int i = 0; i < size; i++) {
      edges[i] = out.get(i).toArray(new Edge[0]);
      for (int k = 0; k < edges[i].length; k++) {
        Edge e = edges[i][k];
        if (e.concurrency() == 0 && holdsMessages(i)) {
          edges[i][k] = e.withConcurrency(defaultConsumers(i, e.to()));
        }
      }
    }
    List<Integer> originList = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (kinds[i] == StationKind.ORIGIN) {
        originList.add(i);
      }
    }
    origins = originList.stream().mapToInt(Integer::intValue).toArray();
    originRatePerSecond = new double[origins.length];
    originReadShare = new double[origins.length];
    originRates(cs);
  }

  private void station(int i, Component c) throws SimulationException {
    timeoutNanos[i] = Long.MAX_VALUE;
    if (c instanceof UserOrigin) {
      kinds[i] = StationKind.ORIGIN;
    } else if (c instanceof Dns d) {
      kinds[i] = StationKind.ROUTER;
      routing[i] = d.routing();
    } else if (c instanceof Service s) {
      service(i, s);
    } else if (c instanceof Database d) {
      kinds[i] = StationKind.QUEUE;
      // A database serves as many queries at once as it has vCPUs: CPU-bound, buffer cache warm.
      // On a host, the host's servers serve it instead (see share).
      concurrency[i] = d.instanceClass().map(Catalog::vcpus).orElse(1);
      replicas[i] = d.readReplicas().size();
      readsFromReplicas[i] = replicas[i] > 0 && d.readsFrom() == Database.ReadsFrom.REPLICAS;
      initialInstances[i] = 1 + replicas[i];
      maxInstances[i] = 1 + replicas[i];
      queuePerInstance[i] = d.connectionLimit().orElse(DEFAULT_CONNECTION_QUEUE);
      readTime[i] = d.readTime();
      writeTime[i] = d.writeTime();
    } else if (c instanceof Cache k) {
      kinds[i] = StationKind.QUEUE;
      concurrency[i] = 1; // Redis executes commands on one thread per node.
      initialInstances[i] = k.nodes();
      maxInstances[i] = k.nodes();
      queuePerInstance[i] = DEFAULT_CONNECTION_QUEUE;
      readTime[i] = Catalog.redisCommand(k.nodeType());
      writeTime[i] = readTime[i];
      shards[i] = k.shards();
      cacheCapacity[i] = cacheCapacity(k);
    } else {
      kinds[i] = StationKind.DELAY;
      readTime[i] = Catalog.delayOf(c);
      writeTime[i] = readTime[i];
      if (c instanceof ApiGateway g) {
        throttleRate[i] = g.throttleRate().perSecond();
        throttleBurst[i] = g.throttleBurst();
      }
      if (c instanceof KeyValueStore kv) {
        partitions[i] = partitionsOf(kv);
      }
      if (c instanceof KeyValueStore kv
          && kv.capacity() == KeyValueStore.CapacityMode.PROVISIONED) {
        // One RCU reads 4 KB strongly consistent; one WCU writes 1 KB. Unused capacity is kept for
        // up to 300 s as burst capacity (DynamoDB Developer Guide, "Read/write capacity mode",
        // "Burst capacity").
        long bytes = kv.itemSize().bytes();
        readCost[i] = Math.max(1, Math.ceil(bytes / 4096.0));
        writeCost[i] = Math.max(1, Math.ceil(bytes / 1024.0));
        throttleRate[i] = kv.readCapacity().orElseThrow();
        throttleBurst[i] = throttleRate[i] * Catalog.DYNAMODB_BURST_SECONDS;
        writeRate[i] = kv.writeCapacity().orElseThrow();
        writeBurst[i] = writeRate[i] * Catalog.DYNAMODB_BURST_SECONDS;
      }
      if (c instanceof Queue q) {
        // One slot holds the backlog: messages wait in its ring, not in the event list.
        initialInstances[i] = 1;
        maxInstances[i] = 1;
        visibilityNanos[i] = q.visibilityTimeout().toNanos();
        maxReceives[i] = q.maxReceives().orElse(0);
        retentionNanos[i] = q.retention().toNanos();
      } else if (c instanceof Stream k) {
        initialInstances[i] = 1;
        maxInstances[i] = 1;
        visibilityNanos[i] = Catalog.STREAM_RETRY_NANOS;
        retentionNanos[i] = k.retention().toNanos();
        throttleRate[i] = k.shards() * Catalog.KINESIS_RECORDS_PER_SHARD;
        throttleBurst[i] = k.shards() * Catalog.KINESIS_RECORDS_PER_SHARD;
      }
    }
  }

  /**
   * Messages a consumer works on at once when its connection gives no {@code concurrency}: one per
   * shard of a stream (records of a shard are processed in order); for a queue, all the consumer's
   * servers (its most instances × concurrency, or a Lambda's concurrency limit).
   */
  private int defaultConsumers(int source, int consumer) {
    if (design.components().get(source) instanceof Stream k) {
      return k.shards();
    }
    int p = pool[consumer];
    return Math.max(1, maxInstances[p] * Math.max(1, concurrency[p]));
  }

  /**
   * Partitions of a table: for provisioned capacity, enough for its RCU and WCU at the partition
   * limits; on demand, enough for twice the whole workload's peak (on-demand tables keep capacity
   * for double their previous peak; Developer Guide, "On-demand capacity mode") — an upper bound,
   * since the table sees only part of the traffic.
   */
  private int partitionsOf(KeyValueStore kv) {
    double rcu;
    double wcu;
    if (kv.capacity() == KeyValueStore.CapacityMode.PROVISIONED) {
      rcu = kv.readCapacity().orElseThrow();
      wcu = kv.writeCapacity().orElseThrow();
    } else {
      double peak = 2 * design.workload().peakRequestsPerSecond();
      double bytes = kv.itemSize().bytes();
      rcu = peak * design.workload().readShare() * Math.ceil(bytes / 4096.0);
      wcu = peak * (1 - design.workload().readShare()) * Math.ceil(bytes / 1024.0);
    }
    return (int) Math.max(1, Math.ceil(rcu / Catalog.PARTITION_RCU + wcu / Catalog.PARTITION_WCU));
  }

  /** Whether station {@code s} keeps messages for consumers to poll: an SQS queue or a stream. */
  boolean holdsMessages(int s) {
    return types[s] == ComponentType.QUEUE || types[s] == ComponentType.STREAM;
  }

  /**
   * Queries that may wait for a database or cache when the design sets no connection limit: 1,000,
   * an assumption near RDS PostgreSQL's max_connections for mid-size classes (RDS User Guide,
   * "Maximum number of database connections").
   */
  static final int DEFAULT_CONNECTION_QUEUE = 1_000;

  /**
   * Items a cache holds: {@code capacityItems}, or its shards' usable memory over the item size —
   * never more than the key space, since then every key fits.
   */
  private long cacheCapacity(Cache k) throws SimulationException {
    long keys = design.workload().keys().count();
    if (k.capacityItems().isPresent()) {
      return Math.min(keys, k.capacityItems().get());
    }
    Double gib = Catalog.CACHE_NODE_GIB.get(k.nodeType());
    if (gib == null) {
      throw new SimulationException(
          "cache '"
              + k.id()
              + "': the memory of node type "
              + k.nodeType()
              + " is not known; give capacityItems, or use one of "
              + new java.util.TreeSet<>(Catalog.CACHE_NODE_GIB.keySet()));
    }
    double bytes = gib * (1L << 30) * Catalog.CACHE_USABLE_MEMORY * k.shards();
    return Math.max(1, Math.min(keys, (long) (bytes / k.itemSize().bytes())));
  }

  private static java.util.Optional<String> hostOf(Component c) {
    if (c instanceof Service s) {
      return s.host();
    }
    return c instanceof Database d ? d.host() : java.util.Optional.empty();
  }

  /**
   * Makes station {@code guest} run on {@code host}'s instances: no instances of its own, the
   * host's servers per instance and queue per instance (the box's), so that its calls and the
   * host's compete for the same CPU. A database is one process: it is pinned to the first instance.
   */
  private void share(int guest, int host) {
    concurrency[guest] = concurrency[host];
    queuePerInstance[guest] = queuePerInstance[host];
    initialInstances[guest] = 0;
    maxInstances[guest] = 0;
    pinned[guest] = types[guest] == ComponentType.DATABASE;
  }

  /** Whether station {@code s} runs on another station's instances. */
  boolean hosted(int s) {
    return pool[s] != s;
  }

  private void service(int i, Service s) {
    platform[i] = s.platform();
    scaling[i] = s.scaling();
    readTime[i] = s.serviceTime();
    writeTime[i] = s.serviceTime();
    timeoutNanos[i] = s.timeout().toNanos();
    if (s.scaling() instanceof Service.Scaling.OnDemand d) {
      kinds[i] = StationKind.LAMBDA;
      concurrency[i] = 1;
      initialInstances[i] = 0;
      maxInstances[i] = d.concurrencyLimit();
      queuePerInstance[i] = 0;
      return;
    }
    kinds[i] = StationKind.QUEUE;
    concurrency[i] = s.concurrencyPerInstance();
    queuePerInstance[i] = s.queueCapacityPerInstance();
    if (s.scaling() instanceof Service.Scaling.Fixed f) {
      initialInstances[i] = f.instances();
      maxInstances[i] = f.instances();
    } else if (s.scaling() instanceof Service.Scaling.Autoscaled a) {
      initialInstances[i] = Math.max(1, a.min());
      maxInstances[i] = a.max();
    }
  }

  /**
   * The probability that a call between two stations of one region crosses zones: one minus the
   * chance that both sit in the same zone, each spread evenly over its zones (or over {@link
   * #ASSUMED_ZONES_PER_REGION} when it names none).
   */
  private double[][] crossAz(List<Component> cs) {
    double[][] p = new double[size][size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        p[a][b] = 1 - sameZone(cs.get(a), cs.get(b));
      }
    }
    return p;
  }

  private static double sameZone(Component a, Component b) {
    if (!a.region().equals(b.region()) || a.region().isGlobal()) {
      return 0;
    }
    List<String> za = zoneNames(a);
    List<String> zb = zoneNames(b);
    double same = 0;
    for (String z : za) {
      if (zb.contains(z)) {
        same += (1.0 / za.size()) * (1.0 / zb.size());
      }
    }
    return same;
  }

  private static List<String> zoneNames(Component c) {
    if (!c.zones().isEmpty()) {
      return c.zones().stream().map(AvailabilityZone::name).toList();
    }
    List<String> assumed = new ArrayList<>();
    for (int k = 0; k < ASSUMED_ZONES_PER_REGION; k++) {
      assumed.add(c.region().code() + (char) ('a' + k));
    }
    return assumed;
  }

  /**
   * Splits the workload over the origins: an origin with a share gets it; the rest is split evenly
   * among origins without one.
   */
  private void originRates(List<Component> cs) {
    var w = design.workload();
    double explicit = 0;
    int unspecified = 0;
    for (int o : origins) {
      UserOrigin u = (UserOrigin) cs.get(o);
      if (u.share().isPresent()) {
        explicit += u.share().get();
      } else {
        unspecified++;
      }
    }
    double rest = unspecified == 0 ? 0 : Math.max(0, 1 - explicit) / unspecified;
    for (int k = 0; k < origins.length; k++) {
      UserOrigin u = (UserOrigin) cs.get(origins[k]);
      double share = u.share().orElse(rest);
      double rate = u.requestsPerUserPerSecond().orElse(w.requestsPerUserPerSecond());
      originRatePerSecond[k] = w.users() * w.onlineShareAtPeak() * share * rate;
      originReadShare[k] = u.readShare().orElse(w.readShare());
    }
  }

  /** The region index where a call runs at station {@code s}, given the caller's. */
  int regionAt(int s, int callerRegion) {
    return region[s] >= 0 ? region[s] : callerRegion;
  }

  /**
   * The chance that a call from {@code from} to {@code to} (served in {@code toRegion}) crosses
   * zones: 0 or 1 where placement decides it, {@link #crossAzProbability} between two regional
   * stations of one region.
   */
  double crossChance(int from, int callerRegion, int to, int toRegion) {
    if (kinds[from] == StationKind.ORIGIN) {
      return 0;
    }
    int fromRegion = regionAt(from, callerRegion);
    boolean fromGlobal = region[from] < 0;
    boolean toGlobal = region[to] < 0;
    if (fromRegion != toRegion || (fromGlobal && toGlobal)) {
      return 0;
    }
    if (fromGlobal || toGlobal || toRegion != regionAt(to, callerRegion)) {
      return 1; // from an edge location into the region, to a replica, or back
    }
    return crossAzProbability[from][to];
  }

  /**
   * One-way network delay of a call from {@code from} to {@code to}, nanoseconds: users' access
   * plus any inter-region leg from an origin; the inter-region delay between regions; nothing
   * between two global services (both at the edge); a zone hop within a region.
   */
  long hop(int from, int callerRegion, int to, int toRegion, boolean crossZones) {
    if (kinds[from] == StationKind.ORIGIN) {
      return latencies.userAccess()
          + (toRegion == callerRegion ? 0 : latencies.betweenRegions(callerRegion, toRegion));
    }
    int fromRegion = regionAt(from, callerRegion);
    if (fromRegion != toRegion) {
      return latencies.betweenRegions(fromRegion, toRegion);
    }
    if (region[from] < 0 && region[to] < 0) {
      return 0;
    }
    return crossZones ? latencies.crossAz() : latencies.intraAz();
  }

  /** The mean of {@link #hop}, nanoseconds. */
  double hopMean(int from, int callerRegion, int to, int toRegion) {
    double p = crossChance(from, callerRegion, to, toRegion);
    return p * hop(from, callerRegion, to, toRegion, true)
        + (1 - p) * hop(from, callerRegion, to, toRegion, false);
  }

  /** The record latency routing picks for a caller in {@code callerRegion}: the nearest region. */
  int nearest(int router, int callerRegion) {
    Edge[] es = edges[router];
    int best = 0;
    long bestDelay = Long.MAX_VALUE;
    for (int k = 0; k < es.length; k++) {
      long d = latencies.betweenRegions(callerRegion, regionAt(es[k].to(), callerRegion));
      if (d < bestDelay) {
        best = k;
        bestDelay = d;
      }
    }
    return best;
  }

  /**
   * The region a call to database {@code s} is served in: a read goes to a replica in the caller's
   * region when there is one, everything else to the primary's region.
   */
  int servingRegion(int s, int callerRegion, boolean read) {
    if (read && readsFromReplicas[s]) {
      for (int r = 1; r <= replicas[s]; r++) {
        if (replicaRegion[s][r] == callerRegion) {
          return callerRegion;
        }
      }
    }
    return region[s];
  }

  /** The primary record of failover routing (the first, if none is marked). */
  int primary(int router) {
    Edge[] es = edges[router];
    for (int k = 0; k < es.length; k++) {
      if (es[k].primary()) {
        return k;
      }
    }
    return 0;
  }
}
