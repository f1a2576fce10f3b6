package io.scalelab.model.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.model.Design;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Choice;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.component.Waf;
import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.slo.Slos;
import io.scalelab.model.topology.Connection;
import io.scalelab.model.topology.Network;
import io.scalelab.model.unit.DataSize;
import io.scalelab.model.unit.Money;
import io.scalelab.model.unit.Rate;
import io.scalelab.model.unit.Units;
import io.scalelab.model.workload.Workload;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a design into the tree of a design file. Settings at their default are left out, so a saved
 * file stays as short as one written by hand, and reads back to an equal design.
 */
final class DesignWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DesignWriter() {}

  static ObjectNode write(Design d) {
    ObjectNode o = NODES.objectNode();
    o.put("scalelab", Design.FORMAT_VERSION);
    o.put("name", d.name());
    if (!d.description().isEmpty()) {
      o.put("description", d.description());
    }
    ArrayNode regions = o.putArray("regions");
    d.regions().forEach(r -> regions.add(r.code()));
    o.set("workload", workload(d.workload()));
    ArrayNode components = o.putArray("components");
    d.components().forEach(c -> components.add(component(c)));
    ArrayNode connections = o.putArray("connections");
    Map<String, Integer> seenPairs = new HashMap<>();
    for (Connection c : d.connections()) {
      connections.add(connection(c, DesignReader.defaultConnectionId(c.from(), c.to(), seenPairs)));
    }
    if (!d.slos().equals(Slos.NONE)) {
      o.set("slos", slos(d.slos()));
    }
    if (!d.faults().isEmpty()) {
      ArrayNode faults = o.putArray("faults");
      d.faults().forEach(f -> faults.add(fault(f)));
    }
    if (!d.network().equals(Network.DEFAULTS)) {
      o.set("network", network(d.network()));
    }
    return o;
  }

  private static ObjectNode workload(Workload w) {
    ObjectNode o = NODES.objectNode();
    o.put("users", w.users());
    put(o, "onlineShareAtPeak", w.onlineShareAtPeak(), Workload.DEFAULT_ONLINE_SHARE_AT_PEAK);
    o.put("requestsPerUserPerSecond", w.requestsPerUserPerSecond());
    put(o, "readShare", w.readShare(), Workload.DEFAULT_READ_SHARE);
    if (!w.keys().equals(Workload.KeySpace.DEFAULT)) {
      ObjectNode k = o.putObject("keys");
      k.put("count", w.keys().count());
      k.put("zipf", w.keys().zipf());
    }
    if (!w.payload().equals(Workload.Payload.DEFAULT)) {
      ObjectNode p = o.putObject("payload");
      p.put("request", Units.format(w.payload().request()));
      p.put("response", Units.format(w.payload().response()));
    }
    if (!w.dailyCurve().isEmpty()) {
      ArrayNode curve = o.putArray("dailyCurve");
      w.dailyCurve().forEach(curve::add);
    }
    if (!w.spikes().isEmpty()) {
      ArrayNode spikes = o.putArray("spikes");
      for (Workload.Spike s : w.spikes()) {
        ObjectNode n = spikes.addObject();
        n.put("at", Units.format(s.at()));
        n.put("duration", Units.format(s.duration()));
        n.put("multiplier", s.multiplier());
      }
    }
    return o;
  }

  private static ObjectNode component(Component c) {
    ObjectNode o = NODES.objectNode();
    o.put("id", c.id());
    o.put("type", c.type().fileName());
    if (!(c.type().mayBeGlobal() && c.region().isGlobal())) {
      o.put("region", c.region().code());
    }
    if (!c.zones().isEmpty()) {
      ArrayNode zones = o.putArray("zones");
      c.zones().forEach(z -> zones.add(z.name()));
    }
    c.position()
        .ifPresent(
            p -> {
              ObjectNode n = o.putObject("position");
              n.put("x", p.x());
              n.put("y", p.y());
            });
    if (c instanceof UserOrigin u) {
      u.share().ifPresent(s -> o.put("share", s));
      u.requestsPerUserPerSecond().ifPresent(r -> o.put("requestsPerUserPerSecond", r));
      u.readShare().ifPresent(r -> o.put("readShare", r));
    } else if (c instanceof Dns d) {
      put(o, "routing", d.routing(), Dns.Routing.SIMPLE);
      put(o, "ttl", d.ttl(), Dns.DEFAULT_TTL);
      if (!d.healthCheck().equals(Dns.HealthCheck.DEFAULT)) {
        ObjectNode h = o.putObject("healthCheck");
        h.put("interval", Units.format(d.healthCheck().interval()));
        h.put("failureThreshold", d.healthCheck().failureThreshold());
      }
    } else if (c instanceof Cdn d) {
      put(o, "cacheableShare", d.cacheableShare(), Cdn.DEFAULT_CACHEABLE_SHARE);
      put(o, "ttl", d.ttl(), Cdn.DEFAULT_TTL);
    } else if (c instanceof Waf w) {
      put(o, "rules", w.rules(), Waf.DEFAULT_RULES);
    } else if (c instanceof LoadBalancer lb) {
      put(o, "algorithm", lb.algorithm(), LoadBalancer.Algorithm.ROUND_ROBIN);
      put(o, "internal", lb.internal(), false);
    } else if (c instanceof ApiGateway g) {
      put(o, "throttleRate", g.throttleRate(), ApiGateway.DEFAULT_THROTTLE_RATE);
      put(o, "throttleBurst", g.throttleBurst(), ApiGateway.DEFAULT_THROTTLE_BURST);
    } else if (c instanceof Service s) {
      service(o, s);
    } else if (c instanceof Cache k) {
      cache(o, k);
    } else if (c instanceof Database d) {
      database(o, d);
    } else if (c instanceof KeyValueStore k) {
      o.put("capacity", k.capacity().fileName());
      k.readCapacity().ifPresent(r -> o.put("readCapacity", r));
      k.writeCapacity().ifPresent(w -> o.put("writeCapacity", w));
      put(o, "itemSize", k.itemSize(), KeyValueStore.DEFAULT_ITEM_SIZE);
      k.dax()
          .ifPresent(
              x -> {
                ObjectNode n = o.putObject("dax");
                n.put("nodeType", x.nodeType());
                n.put("nodes", x.nodes());
              });
    } else if (c instanceof Queue q) {
      put(o, "ordering", q.ordering(), Queue.Ordering.STANDARD);
      put(o, "visibilityTimeout", q.visibilityTimeout(), Queue.DEFAULT_VISIBILITY_TIMEOUT);
      q.maxReceives().ifPresent(m -> o.put("maxReceives", m));
      put(o, "retention", q.retention(), Queue.DEFAULT_RETENTION);
    } else if (c instanceof Topic t) {
      put(o, "ordering", t.ordering(), Queue.Ordering.STANDARD);
    } else if (c instanceof Stream s) {
      put(o, "shards", s.shards(), 1);
      put(o, "retention", s.retention(), Stream.DEFAULT_RETENTION);
    } else if (c instanceof ObjectStore s) {
      put(o, "versioning", s.versioning(), true);
    }
    return o;
  }

  private static void service(ObjectNode o, Service s) {
    o.put("platform", s.platform().fileName());
    s.instanceType()
        .filter(t -> !t.equals(Service.DEFAULT_INSTANCE_TYPE))
        .ifPresent(t -> o.put("instanceType", t));
    s.host().ifPresent(h -> o.put("host", h));
    // A hosted service has no instances, servers or queues of its own: its host's serve it.
    boolean hosted = s.host().isPresent();
    if (!hosted && s.scaling() instanceof Service.Scaling.Fixed f) {
      o.put("instances", f.instances());
    } else if (s.scaling() instanceof Service.Scaling.Autoscaled a) {
      ObjectNode n = o.putObject("autoscaling");
      n.put("min", a.min());
      n.put("max", a.max());
      put(n, "metric", a.metric(), Service.Metric.CPU);
      n.put("target", a.target());
      a.warmup().ifPresent(w -> n.put("warmup", Units.format(w)));
      a.cooldown().ifPresent(w -> n.put("cooldown", Units.format(w)));
    } else if (s.scaling() instanceof Service.Scaling.OnDemand d) {
      put(o, "concurrencyLimit", d.concurrencyLimit(), Service.DEFAULT_LAMBDA_CONCURRENCY);
    }
    if (s.platform() != Service.Platform.LAMBDA && !hosted) {
      o.put("concurrencyPerInstance", s.concurrencyPerInstance());
    }
    o.set("serviceTime", distribution(s.serviceTime()));
    put(o, "timeout", s.timeout(), Service.DEFAULT_TIMEOUT);
    if (!hosted) {
      put(
          o,
          "queueCapacityPerInstance",
          s.queueCapacityPerInstance(),
          Service.DEFAULT_QUEUE_CAPACITY_PER_INSTANCE);
    }
    if (s.platform() == Service.Platform.EKS) {
      put(o, "cpu", s.cpu().orElseThrow(), Service.DEFAULT_POD_CPU);
      put(o, "memory", s.memory().orElseThrow(), Service.DEFAULT_POD_MEMORY);
    } else if (s.platform() == Service.Platform.LAMBDA) {
      put(o, "memory", s.memory().orElseThrow(), Service.DEFAULT_LAMBDA_MEMORY);
    }
  }

  private static void cache(ObjectNode o, Cache k) {
    put(o, "engine", k.engine(), Cache.Engine.REDIS);
    o.put("nodeType", k.nodeType());
    put(o, "shards", k.shards(), 1);
    put(o, "replicasPerShard", k.replicasPerShard(), 0);
    k.capacityItems().ifPresent(n -> o.put("capacityItems", n));
    put(o, "itemSize", k.itemSize(), Cache.DEFAULT_ITEM_SIZE);
    put(o, "eviction", k.eviction(), Cache.Eviction.LRU);
    k.ttl().ifPresent(t -> o.put("ttl", Units.format(t)));
  }

  private static void database(ObjectNode o, Database d) {
    o.put("engine", d.engine().fileName());
    d.instanceClass().ifPresent(c -> o.put("instanceClass", c));
    d.host().ifPresent(h -> o.put("host", h));
    if (d.multiAz() == Database.MultiAz.INSTANCE) {
      o.put("multiAz", true);
    } else if (d.multiAz() == Database.MultiAz.CLUSTER) {
      o.put("multiAz", "cluster");
    }
    boolean simpleReplicas =
        d.readReplicas().stream()
            .allMatch(r -> r.region().equals(d.region()) && r.instanceClass().isEmpty());
    if (!d.readReplicas().isEmpty() && simpleReplicas) {
      o.put("readReplicas", d.readReplicas().size());
    } else if (!d.readReplicas().isEmpty()) {
      ArrayNode rs = o.putArray("readReplicas");
      for (Database.ReadReplica r : d.readReplicas()) {
        ObjectNode n = rs.addObject();
        n.put("region", r.region().code());
        r.instanceClass().ifPresent(c -> n.put("instanceClass", c));
      }
    }
    d.connectionLimit().ifPresent(c -> o.put("connectionLimit", c));
    put(o, "storage", d.storage(), Database.DEFAULT_STORAGE);
    put(o, "readsFrom", d.readsFrom(), Database.ReadsFrom.REPLICAS);
    if (!d.readTime().equals(Database.DEFAULT_READ_TIME)) {
      o.set("readTime", distribution(d.readTime()));
    }
    if (!d.writeTime().equals(Database.DEFAULT_WRITE_TIME)) {
      o.set("writeTime", distribution(d.writeTime()));
    }
    d.failoverTime().ifPresent(t -> o.put("failoverTime", Units.format(t)));
    d.backupInterval().ifPresent(t -> o.put("backupInterval", Units.format(t)));
  }

  static ObjectNode distribution(Distribution d) {
    ObjectNode o = NODES.objectNode();
    o.put("distribution", d.name());
    if (d instanceof Distribution.Exponential e) {
      o.put("mean", Units.format(e.mean()));
    } else if (d instanceof Distribution.Constant c) {
      o.put("value", Units.format(c.value()));
    } else if (d instanceof Distribution.Uniform u) {
      o.put("min", Units.format(u.min()));
      o.put("max", Units.format(u.max()));
    } else if (d instanceof Distribution.LogNormal l) {
      o.put("mean", Units.format(l.mean()));
      o.put("sigma", l.sigma());
    } else if (d instanceof Distribution.Gamma g) {
      o.put("mean", Units.format(g.mean()));
      o.put("shape", g.shape());
    } else if (d instanceof Distribution.Erlang e) {
      o.put("mean", Units.format(e.mean()));
      o.put("phases", e.phases());
    } else if (d instanceof Distribution.Empirical e) {
      ObjectNode p = o.putObject("percentiles");
      e.percentiles().forEach((k, v) -> p.put(Percentiles.key(k), Units.format(v)));
    }
    return o;
  }

  private static ObjectNode connection(Connection c, String defaultId) {
    ObjectNode o = NODES.objectNode();
    if (!c.id().equals(defaultId)) {
      o.put("id", c.id());
    }
    o.put("from", c.from());
    o.put("to", c.to());
    put(o, "mode", c.mode(), Connection.CallMode.SYNC);
    put(o, "share", c.share(), 1.0);
    put(o, "callsPerRequest", c.callsPerRequest(), 1.0);
    put(o, "operation", c.operation(), Connection.Operation.MIXED);
    c.via().ifPresent(v -> o.put("via", v));
    c.requestSize().ifPresent(s -> o.put("requestSize", Units.format(s)));
    c.responseSize().ifPresent(s -> o.put("responseSize", Units.format(s)));
    c.weight().ifPresent(w -> o.put("weight", w));
    c.failover().ifPresent(f -> o.put("failover", f.fileName()));
    c.concurrency().ifPresent(n -> o.put("concurrency", n));
    return o;
  }

  private static ObjectNode slos(Slos s) {
    ObjectNode o = NODES.objectNode();
    s.availability().ifPresent(a -> o.put("availability", a));
    if (!s.latency().isEmpty()) {
      ObjectNode l = o.putObject("latency");
      s.latency().forEach((p, d) -> l.put(Percentiles.key(p), Units.format(d)));
    }
    s.monthlyBudget().ifPresent(m -> o.put("monthlyBudget", Units.format(m)));
    return o;
  }

  private static ObjectNode fault(Fault f) {
    ObjectNode o = NODES.objectNode();
    o.put("type", f.type());
    o.put("at", Units.format(f.at()));
    String targetField =
        f instanceof Fault.AzOutage
            ? "zone"
            : f instanceof Fault.RegionOutage ? "region" : "component";
    o.put(targetField, f.target());
    f.span().ifPresent(d -> o.put("duration", Units.format(d)));
    if (f instanceof Fault.ReplicaLagSpike x) {
      o.put("extraLag", Units.format(x.extraLag()));
    } else if (f instanceof Fault.DependencySlowdown x) {
      o.put("multiplier", x.multiplier());
    }
    return o;
  }

  private static ObjectNode network(Network n) {
    ObjectNode o = NODES.objectNode();
    n.intraAz().ifPresent(d -> o.put("intraAz", Units.format(d)));
    n.crossAz().ifPresent(d -> o.put("crossAz", Units.format(d)));
    if (!n.regions().isEmpty()) {
      ArrayNode rs = o.putArray("regions");
      for (Network.RegionLatency r : n.regions()) {
        ObjectNode e = rs.addObject();
        e.put("from", r.from().code());
        e.put("to", r.to().code());
        e.put("rtt", Units.format(r.rtt()));
      }
    }
    return o;
  }

  /** Writes {@code value} unless it equals {@code byDefault}. */
  private static void put(ObjectNode o, String field, Object value, Object byDefault) {
    if (Objects.equals(value, byDefault)) {
      return;
    }
    if (value instanceof Choice c) {
      o.put(field, c.fileName());
    } else if (value instanceof Duration d) {
      o.put(field, Units.format(d));
    } else if (value instanceof DataSize s) {
      o.put(field, Units.format(s));
    } else if (value instanceof Rate r) {
      o.put(field, Units.format(r));
    } else if (value instanceof Money m) {
      o.put(field, Units.format(m));
    } else if (value instanceof Integer i) {
      o.put(field, i);
    } else if (value instanceof Double x) {
      o.put(field, x);
    } else if (value instanceof Boolean b) {
      o.put(field, b);
    } else {
      throw new IllegalArgumentException("no file form for " + value.getClass());
    }
  }
}
