package io.scalelab.model.file;

import io.scalelab.model.component.ComponentType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The field names each object of a design file may hold. The reader rejects any other field (with a
 * "did you mean" suggestion) and a test keeps {@code docs/scalelab.schema.json} in step with it.
 */
final class Vocabulary {

  static final List<String> DESIGN =
      List.of(
          "scalelab",
          "name",
          "description",
          "regions",
          "workload",
          "components",
          "connections",
          "slos",
          "faults",
          "network");

  static final List<String> WORKLOAD =
      List.of(
          "users",
          "onlineShareAtPeak",
          "requestsPerUserPerSecond",
          "readShare",
          "keys",
          "payload",
          "dailyCurve",
          "spikes");
  static final List<String> KEYS = List.of("count", "zipf");
  static final List<String> PAYLOAD = List.of("request", "response");
  static final List<String> SPIKE = List.of("at", "duration", "multiplier");

  static final List<String> SLOS = List.of("availability", "latency", "monthlyBudget");

  static final List<String> FAULT =
      List.of("type", "at", "duration", "component", "zone", "region", "extraLag", "multiplier");

  static final List<String> NETWORK = List.of("intraAz", "crossAz", "regions");
  static final List<String> REGION_LATENCY = List.of("from", "to", "rtt");

  static final List<String> CONNECTION =
      List.of(
          "id",
          "from",
          "to",
          "mode",
          "share",
          "callsPerRequest",
          "operation",
          "via",
          "requestSize",
          "responseSize",
          "weight",
          "failover",
          "concurrency");

  static final List<String> DISTRIBUTION =
      List.of(
          "distribution", "mean", "value", "min", "max", "sigma", "shape", "phases", "percentiles");

  static final List<String> POSITION = List.of("x", "y");
  static final List<String> HEALTH_CHECK = List.of("interval", "failureThreshold");
  static final List<String> AUTOSCALING =
      List.of("min", "max", "metric", "target", "warmup", "cooldown");
  static final List<String> READ_REPLICA = List.of("region", "instanceClass");
  static final List<String> DAX = List.of("nodeType", "nodes");

  /** Fields every component has. */
  static final List<String> COMPONENT_COMMON = List.of("id", "type", "region", "zones", "position");

  private static final Map<ComponentType, List<String>> SPECIFIC =
      new EnumMap<>(ComponentType.class);

  static {
    SPECIFIC.put(ComponentType.USERS, List.of("share", "requestsPerUserPerSecond", "readShare"));
    SPECIFIC.put(ComponentType.DNS, List.of("routing", "ttl", "healthCheck"));
    SPECIFIC.put(ComponentType.CDN, List.of("cacheableShare", "ttl"));
    SPECIFIC.put(ComponentType.WAF, List.of("rules"));
    SPECIFIC.put(ComponentType.LOAD_BALANCER, List.of("algorithm", "internal"));
    SPECIFIC.put(ComponentType.API_GATEWAY, List.of("throttleRate", "throttleBurst"));
    SPECIFIC.put(
        ComponentType.SERVICE,
        List.of(
            "platform",
            "instanceType",
            "instances",
            "autoscaling",
            "concurrencyLimit",
            "concurrencyPerInstance",
            "serviceTime",
            "timeout",
            "queueCapacityPerInstance",
            "host",
            "cpu",
            "memory"));
    SPECIFIC.put(
        ComponentType.CACHE,
        List.of(
            "engine",
            "nodeType",
            "shards",
            "replicasPerShard",
            "capacityItems",
            "itemSize",
            "eviction",
            "ttl"));
    SPECIFIC.put(
        ComponentType.DATABASE,
        List.of(
            "engine",
            "instanceClass",
            "multiAz",
            "readReplicas",
            "connectionLimit",
            "storage",
            "readsFrom",
            "readTime",
            "writeTime",
            "failoverTime",
            "backupInterval",
            "host"));
    SPECIFIC.put(
        ComponentType.KEY_VALUE,
        List.of("capacity", "readCapacity", "writeCapacity", "itemSize", "dax"));
    SPECIFIC.put(
        ComponentType.QUEUE, List.of("ordering", "visibilityTimeout", "maxReceives", "retention"));
    SPECIFIC.put(ComponentType.TOPIC, List.of("ordering"));
    SPECIFIC.put(ComponentType.STREAM, List.of("shards", "retention"));
    SPECIFIC.put(ComponentType.OBJECT_STORE, List.of("versioning"));
  }

  private Vocabulary() {}

  /** The fields a component of the given type may hold: the common ones, then its own. */
  static List<String> component(ComponentType type) {
    List<String> all = new ArrayList<>(COMPONENT_COMMON);
    all.addAll(SPECIFIC.get(type));
    return List.copyOf(all);
  }
}
