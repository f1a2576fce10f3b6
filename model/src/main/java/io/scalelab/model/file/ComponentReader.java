package io.scalelab.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Component.Basics;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.Region;
import io.scalelab.model.unit.Units;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one component: its common settings, then those of its type. */
final class ComponentReader {

  /** The form of a component id. */
  static final String ID = Basics.ID_PATTERN;

  static final String ID_EXPECTED =
      "an id starting with a letter, then letters, digits, '-', '_' or '.' (at most 63)";

  private static final List<ComponentType> TYPES = Arrays.asList(ComponentType.values());

  private final ReadContext ctx;
  private final ServiceReader services;

  ComponentReader(ReadContext ctx) {
    this.ctx = ctx;
    this.services = new ServiceReader(ctx);
  }

  Optional<Component> read(Fields.Element e) {
    JsonNode node = e.node();
    String what = "a component {id, type, region, ...}";
    if (!node.isObject()) {
      ctx.atValue(e.pointer(), "found " + ReadContext.describe(node) + "; expected " + what);
      return Optional.empty();
    }
    Kind<ComponentType> typeKind = Kind.byName(TYPES, ComponentType::fileName);
    JsonNode typeNode = node.get("type");
    if (typeNode == null || typeNode.isNull()) {
      ctx.atValue(
          Paths.child(e.pointer(), "type"),
          "missing; expected the component type, one of "
              + String.join(", ", TYPES.stream().map(ComponentType::fileName).toList()));
      return Optional.empty();
    }
    Optional<ComponentType> type;
    try {
      type = Optional.of(typeKind.read(typeNode));
    } catch (IllegalArgumentException ex) {
      ctx.atValue(
          Paths.child(e.pointer(), "type"),
          "found " + ReadContext.describe(typeNode) + "; expected " + ex.getMessage());
      type = Optional.empty();
    }
    if (type.isEmpty()) {
      return Optional.empty();
    }
    ComponentType t = type.get();
    return Fields.open(ctx, node, e.pointer(), Vocabulary.component(t), what)
        .flatMap(f -> basics(f, t).flatMap(b -> specific(f, t, b)));
  }

  private Optional<Basics> basics(Fields f, ComponentType type) {
    Optional<String> id = f.required("id", Kind.matching(ID, ID_EXPECTED), "the component's id");
    Optional<Region> region =
        type.mayBeGlobal()
            ? Optional.of(f.get("region", Kind.regionOrGlobal(), Region.GLOBAL))
            : f.required("region", Kind.region(), "the component's region, like us-east-1");
    var zones = f.scalars("zones", Kind.zone(), "availability zones");
    Optional<Component.Position> position =
        f.object("position", Vocabulary.POSITION, "a canvas position {x, y}")
            .flatMap(
                p -> {
                  Kind<Double> coordinate = Kind.number(-1e9, 1e9, "a canvas coordinate");
                  var x = p.required("x", coordinate, "the x coordinate");
                  var y = p.required("y", coordinate, "the y coordinate");
                  return x.flatMap(xv -> y.map(yv -> new Component.Position(xv, yv)));
                });
    if (id.isEmpty() || region.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Basics(id.get(), region.get(), zones, position));
  }

  private Optional<Component> specific(Fields f, ComponentType type, Basics b) {
    return switch (type) {
      case USERS ->
          Optional.of(
              new UserOrigin(
                  b,
                  f.optional("share", Kind.share(false)),
                  f.optional(
                      "requestsPerUserPerSecond",
                      Kind.number(0, 1e6, "requests per user per second, a number >= 0")),
                  f.optional("readShare", Kind.share(true))));
      case DNS -> Optional.of(dns(f, b));
      case CDN ->
          Optional.of(
              new Cdn(
                  b,
                  f.get("cacheableShare", Kind.share(true), Cdn.DEFAULT_CACHEABLE_SHARE),
                  f.get("ttl", Kind.positiveDuration(), Cdn.DEFAULT_TTL)));
      case WAF ->
          Optional.of(
              new Waf(b, f.get("rules", Kind.integer(1, Waf.MAX_RULES), Waf.DEFAULT_RULES)));
      case LOAD_BALANCER ->
          Optional.of(
              new LoadBalancer(
                  b,
                  f.get(
                      "algorithm",
                      Kind.choice(LoadBalancer.Algorithm.class),
                      LoadBalancer.Algorithm.ROUND_ROBIN),
                  f.get("internal", Kind.bool(), false)));
      case API_GATEWAY ->
          Optional.of(
              new ApiGateway(
                  b,
                  f.get("throttleRate", Kind.positiveRate(), ApiGateway.DEFAULT_THROTTLE_RATE),
                  f.get(
                      "throttleBurst",
                      Kind.integer(1, Integer.MAX_VALUE),
                      ApiGateway.DEFAULT_THROTTLE_BURST)));
      case SERVICE -> services.read(f, b);
      case CACHE -> cache(f, b);
      case DATABASE -> new DatabaseReader(ctx).read(f, b);
      case KEY_VALUE -> keyValue(f, b);
      case QUEUE ->
          ctx.build(
              f.pointer(),
              () ->
                  new Queue(
                      b,
                      f.get("ordering", Kind.choice(Queue.Ordering.class), Queue.Ordering.STANDARD),
                      f.get(
                          "visibilityTimeout",
                          between(Duration.ZERO, Queue.MAX_VISIBILITY_TIMEOUT),
                          Queue.DEFAULT_VISIBILITY_TIMEOUT),
                      f.optional("maxReceives", Kind.integer(1, 1000)),
                      f.get(
                          "retention",
                          between(Queue.MIN_RETENTION, Queue.MAX_RETENTION),
                          Queue.DEFAULT_RETENTION)));
      case TOPIC ->
          Optional.of(
              new Topic(
                  b,
                  f.get("ordering", Kind.choice(Queue.Ordering.class), Queue.Ordering.STANDARD)));
      case STREAM ->
          Optional.of(
              new Stream(
                  b,
                  f.get("shards", Kind.integer(1, 10_000), 1),
                  f.get(
                      "retention",
                      between(Duration.ofHours(24), Duration.ofDays(365)),
                      Stream.DEFAULT_RETENTION)));
      case OBJECT_STORE -> Optional.of(new ObjectStore(b, f.get("versioning", Kind.bool(), true)));
    };
  }

  private Dns dns(Fields f, Basics b) {
    Dns.HealthCheck check =
        f.object(
                "healthCheck",
                Vocabulary.HEALTH_CHECK,
                "a health check {interval, failureThreshold}")
            .map(
                h ->
                    new Dns.HealthCheck(
                        h.get(
                            "interval",
                            Kind.oneOf(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30))),
                            Dns.HealthCheck.DEFAULT.interval()),
                        h.get(
                            "failureThreshold",
                            Kind.integer(1, 10),
                            Dns.HealthCheck.DEFAULT.failureThreshold())))
            .orElse(Dns.HealthCheck.DEFAULT);
    return new Dns(
        b,
        f.get("routing", Kind.choice(Dns.Routing.class), Dns.Routing.SIMPLE),
        f.get("ttl", Kind.positiveDuration(), Dns.DEFAULT_TTL),
        check);
  }

  private Optional<Component> cache(Fields f, Basics b) {
    Cache.Engine engine = f.get("engine", Kind.choice(Cache.Engine.class), Cache.Engine.REDIS);
    Optional<String> nodeType =
        f.required(
            "nodeType",
            Kind.matching(
                "cache\\.[a-z0-9]+\\.[a-z0-9]+", "an ElastiCache node type like cache.r6g.large"),
            "the node type, like cache.r6g.large");
    int replicas = f.get("replicasPerShard", Kind.integer(0, Cache.MAX_REPLICAS_PER_SHARD), 0);
    if (engine == Cache.Engine.MEMCACHED && replicas > 0) {
      f.notAllowed("replicasPerShard", "with engine memcached (Memcached does not replicate)");
    }
    int shards = f.get("shards", Kind.integer(1, Cache.MAX_SHARDS), 1);
    var capacity = f.optional("capacityItems", Kind.wholeNumber(1, Long.MAX_VALUE));
    var itemSize = f.get("itemSize", Kind.dataSize(), Cache.DEFAULT_ITEM_SIZE);
    var eviction = f.get("eviction", Kind.choice(Cache.Eviction.class), Cache.Eviction.LRU);
    var ttl = f.optional("ttl", Kind.positiveDuration());
    return nodeType.flatMap(
        n ->
            ctx.build(
                f.pointer(),
                () ->
                    new Cache(b, engine, n, shards, replicas, capacity, itemSize, eviction, ttl)));
  }

  private Optional<Component> keyValue(Fields f, Basics b) {
    var mode =
        f.get(
            "capacity",
            Kind.choice(KeyValueStore.CapacityMode.class),
            KeyValueStore.CapacityMode.ON_DEMAND);
    Kind<Integer> units = Kind.integer(1, 40_000_000);
    Optional<Integer> rcu = Optional.empty();
    Optional<Integer> wcu = Optional.empty();
    if (mode == KeyValueStore.CapacityMode.PROVISIONED) {
      rcu = f.required("readCapacity", units, "provisioned read capacity units (RCU)");
      wcu = f.required("writeCapacity", units, "provisioned write capacity units (WCU)");
    } else {
      for (String field : List.of("readCapacity", "writeCapacity")) {
        if (f.has(field)) {
          f.notAllowed(field, "with on-demand capacity (set capacity: provisioned)");
        }
      }
    }
    var itemSize = f.get("itemSize", Kind.dataSize(), KeyValueStore.DEFAULT_ITEM_SIZE);
    Optional<KeyValueStore.Dax> dax =
        f.object("dax", Vocabulary.DAX, "a DAX cluster {nodeType, nodes}")
            .flatMap(
                d -> {
                  var type =
                      d.required(
                          "nodeType",
                          Kind.matching(
                              "dax\\.[a-z0-9]+\\.[a-z0-9]+", "a DAX node type like dax.r5.large"),
                          "the DAX node type, like dax.r5.large");
                  // Three nodes: the minimum DAX recommends for production (DAX Developer Guide).
                  int nodes = d.get("nodes", Kind.integer(1, 11), 3);
                  return type.map(t -> new KeyValueStore.Dax(t, nodes));
                });
    if (mode == KeyValueStore.CapacityMode.PROVISIONED && (rcu.isEmpty() || wcu.isEmpty())) {
      return Optional.empty();
    }
    Optional<Integer> r = rcu;
    Optional<Integer> w = wcu;
    return Optional.of(new KeyValueStore(b, mode, r, w, itemSize, dax));
  }

  private static Kind<Duration> between(Duration min, Duration max) {
    String expected = "a duration from " + Units.format(min) + " to " + Units.format(max);
    return n -> {
      Duration d = Kind.duration().read(n);
      if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
        throw new IllegalArgumentException(expected);
      }
      return d;
    };
  }
}
