package io.scalelab.model.file;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.Region;
import io.scalelab.model.slo.Slos;
import io.scalelab.model.topology.Connection;
import io.scalelab.model.topology.Network;
import io.scalelab.model.workload.Workload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binds a parsed design file to a {@link Design}, collecting every problem. Components are read by
 * {@link ComponentReader}; the cross-component rules are then checked by {@link DesignChecks}.
 */
final class DesignReader {

  /** The form of a connection id; the default {@code from->to#2} has it. */
  static final String CONNECTION_ID = "[A-Za-z][A-Za-z0-9_.>#-]{0,200}";

  private final ReadContext ctx;

  /** Ids of components that were named in the file but could not be read. */
  private final Set<String> brokenIds = new LinkedHashSet<>();

  DesignReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  Set<String> brokenIds() {
    return brokenIds;
  }

  /** Reads the whole design; empty when something essential (name, workload...) is unusable. */
  Optional<Design> read() {
    Optional<Fields> top = Fields.open(ctx, ctx.root(), "", Vocabulary.DESIGN, "a design object");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    Optional<Integer> version =
        f.required(
            "scalelab",
            Kind.exactly(
                Design.FORMAT_VERSION,
                "format version "
                    + Design.FORMAT_VERSION
                    + ", the only one this build of ScaleLab reads"),
            "the format version: scalelab: " + Design.FORMAT_VERSION);
    Optional<String> name = f.required("name", Kind.text(), "the design's name");
    String description = f.get("description", Kind.text(), "");
    List<Region> regions =
        new ArrayList<>(new LinkedHashSet<>(f.scalars("regions", Kind.region(), "region codes")));
    if (!f.has("regions")) {
      f.missing("regions", "the list of AWS regions the design uses, like [us-east-1]");
    } else if (regions.isEmpty()
        && f.raw("regions").map(n -> n.isArray() && n.isEmpty()).orElse(false)) {
      f.invalid("regions", "found an empty list; expected at least one region");
    }
    Optional<Workload> workload = readWorkload(f);
    List<Component> components = readComponents(f);
    List<Connection> connections = readConnections(f);
    Slos slos =
        f.object("slos", Vocabulary.SLOS, "objectives").map(this::readSlos).orElse(Slos.NONE);
    List<Fault> faults = readFaults(f);
    Network network =
        f.object("network", Vocabulary.NETWORK, "network latency overrides")
            .map(this::readNetwork)
            .orElse(Network.DEFAULTS);
    // A design with placeholders for what could not be read still goes through the design checks,
    // so that one run reports every problem; the problems already found keep it from being used.
    if (version.isEmpty() && ctx.problems().isEmpty()) {
      throw new IllegalStateException("a missing version must have been reported");
    }
    return ctx.build(
        "",
        () ->
            new Design(
                name.orElse("unnamed"),
                description,
                regions,
                workload.orElse(Workload.of(1, 0)),
                components,
                connections,
                slos,
                faults,
                network));
  }

  private Optional<Workload> readWorkload(Fields design) {
    if (!design.has("workload")) {
      design.missing("workload", "the workload: {users: N, requestsPerUserPerSecond: R}");
      return Optional.empty();
    }
    return design
        .object("workload", Vocabulary.WORKLOAD, "the workload object")
        .flatMap(
            w -> {
              Optional<Long> users =
                  w.required("users", Kind.wholeNumber(1, 10_000_000_000L), "the number of users");
              double online =
                  w.get(
                      "onlineShareAtPeak",
                      Kind.share(false),
                      Workload.DEFAULT_ONLINE_SHARE_AT_PEAK);
              Optional<Double> rate =
                  w.required(
                      "requestsPerUserPerSecond",
                      Kind.number(0, 1e6, "requests per user per second, a number >= 0"),
                      "requests per user per second, like 0.05");
              double readShare = w.get("readShare", Kind.share(true), Workload.DEFAULT_READ_SHARE);
              Workload.KeySpace keys =
                  w.object("keys", Vocabulary.KEYS, "the key space {count, zipf}")
                      .map(
                          k ->
                              new Workload.KeySpace(
                                  k.get(
                                      "count",
                                      Kind.wholeNumber(1, Long.MAX_VALUE),
                                      Workload.KeySpace.DEFAULT.count()),
                                  k.get(
                                      "zipf",
                                      Kind.number(0, 10, "a Zipf exponent from 0 to 10, like 0.8"),
                                      Workload.KeySpace.DEFAULT.zipf())))
                      .orElse(Workload.KeySpace.DEFAULT);
              Workload.Payload payload =
                  w.object("payload", Vocabulary.PAYLOAD, "payload sizes {request, response}")
                      .map(
                          p ->
                              new Workload.Payload(
                                  p.get(
                                      "request",
                                      Kind.dataSize(),
                                      Workload.Payload.DEFAULT.request()),
                                  p.get(
                                      "response",
                                      Kind.dataSize(),
                                      Workload.Payload.DEFAULT.response())))
                      .orElse(Workload.Payload.DEFAULT);
              List<Double> curve =
                  w.scalars(
                      "dailyCurve",
                      Kind.number(0, 1000, "a load multiplier >= 0"),
                      "24 hourly load multipliers");
              if (w.has("dailyCurve") && curve.size() != Workload.HOURS_PER_DAY) {
                w.invalid(
                    "dailyCurve",
                    "found "
                        + w.raw("dailyCurve").map(n -> n.size()).orElse(0)
                        + " values; expected 24, one multiplier per hour of the day");
                curve = List.of();
              }
              List<Workload.Spike> spikes = new ArrayList<>();
              for (Fields.Element e : w.list("spikes", "spikes {at, duration, multiplier}")) {
                Fields.open(
                        ctx,
                        e.node(),
                        e.pointer(),
                        Vocabulary.SPIKE,
                        "a spike {at, duration, multiplier}")
                    .ifPresent(
                        s -> {
                          Optional<Duration> at =
                              s.required("at", Kind.duration(), "when the spike starts, like 10m");
                          Optional<Duration> len =
                              s.required(
                                  "duration",
                                  Kind.positiveDuration(),
                                  "how long it lasts, like 5m");
                          Optional<Double> mult =
                              s.required(
                                  "multiplier",
                                  Kind.number(
                                      Double.MIN_VALUE, 1000, "a multiplier above 0, like 3"),
                                  "the load multiplier, like 3");
                          if (at.isPresent() && len.isPresent() && mult.isPresent()) {
                            spikes.add(new Workload.Spike(at.get(), len.get(), mult.get()));
                          }
                        });
              }
              if (users.isEmpty() || rate.isEmpty()) {
                return Optional.empty();
              }
              List<Double> dailyCurve = curve;
              return ctx.build(
                  w.pointer(),
                  () ->
                      new Workload(
                          users.get(),
                          online,
                          rate.get(),
                          readShare,
                          keys,
                          payload,
                          dailyCurve,
                          spikes));
            });
  }

  private List<Component> readComponents(Fields design) {
    if (!design.has("components")) {
      design.missing("components", "the list of components");
      return List.of();
    }
    ComponentReader reader = new ComponentReader(ctx);
    List<Component> out = new ArrayList<>();
    for (Fields.Element e : design.list("components", "components")) {
      Optional<Component> c = reader.read(e);
      if (c.isPresent()) {
        out.add(c.get());
      } else if (e.node().isObject() && e.node().path("id").isTextual()) {
        brokenIds.add(e.node().path("id").textValue());
      }
    }
    return out;
  }

  private List<Connection> readConnections(Fields design) {
    List<Connection> out = new ArrayList<>();
    Map<String, Integer> seenPairs = new HashMap<>();
    for (Fields.Element e : design.list("connections", "connections {from, to}")) {
      Fields.open(ctx, e.node(), e.pointer(), Vocabulary.CONNECTION, "a connection {from, to}")
          .flatMap(c -> readConnection(c, seenPairs))
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<Connection> readConnection(Fields c, Map<String, Integer> seenPairs) {
    Kind<String> ref = Kind.matching(ComponentReader.ID, "a component id");
    Optional<String> from = c.required("from", ref, "the id of the calling component");
    Optional<String> to = c.required("to", ref, "the id of the called component");
    Optional<String> id =
        c.optional(
            "id",
            Kind.matching(
                CONNECTION_ID, "an id starting with a letter, then letters, digits or - _ . > #"));
    Connection.CallMode mode =
        c.get("mode", Kind.choice(Connection.CallMode.class), Connection.CallMode.SYNC);
    double share = c.get("share", Kind.share(true), 1.0);
    double calls =
        c.get(
            "callsPerRequest",
            Kind.number(Double.MIN_VALUE, 1e6, "calls per request above 0, like 1 or 2.5"),
            1.0);
    Connection.Operation op =
        c.get("operation", Kind.choice(Connection.Operation.class), Connection.Operation.MIXED);
    Optional<String> via = c.optional("via", ref);
    var requestSize = c.optional("requestSize", Kind.dataSize());
    var responseSize = c.optional("responseSize", Kind.dataSize());
    Optional<Integer> weight = c.optional("weight", Kind.integer(0, 255));
    Optional<Connection.FailoverRole> failover =
        c.optional("failover", Kind.choice(Connection.FailoverRole.class));
    Optional<Integer> concurrency = c.optional("concurrency", Kind.integer(1, 100_000));
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    String defaultId = defaultConnectionId(from.get(), to.get(), seenPairs);
    return ctx.build(
        c.pointer(),
        () ->
            new Connection(
                id.orElse(defaultId),
                from.get(),
                to.get(),
                mode,
                share,
                calls,
                op,
                via,
                requestSize,
                responseSize,
                weight,
                failover,
                concurrency));
  }

  /**
   * {@code from->to} for the first connection between two components, then {@code from->to#2}...
   */
  static String defaultConnectionId(String from, String to, Map<String, Integer> seenPairs) {
    String base = Connection.defaultId(from, to);
    int n = seenPairs.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "#" + n;
  }

  private Slos readSlos(Fields s) {
    Optional<Double> availability = s.optional("availability", Kind.share(false));
    var budget = s.optional("monthlyBudget", Kind.money());
    TreeMap<Double, Duration> latency = new TreeMap<>();
    for (var e : s.entries("latency", "latency targets by percentile, like {p99: 300ms}")) {
      Optional<Double> p = Percentiles.parse(e.getKey());
      if (p.isEmpty() || p.get() <= 0 || p.get() >= 100) {
        ctx.atKey(
            e.getValue().pointer(),
            "found '" + e.getKey() + "'; expected a percentile key like p50, p99 or p99.9");
        continue;
      }
      s.readValue(e.getValue().node(), e.getValue().pointer(), Kind.positiveDuration())
          .ifPresent(d -> latency.put(p.get(), d));
    }
    return ctx.build(s.pointer(), () -> new Slos(latency, availability, budget)).orElse(Slos.NONE);
  }

  private List<Fault> readFaults(Fields design) {
    FaultReader reader = new FaultReader(ctx);
    List<Fault> out = new ArrayList<>();
    for (Fields.Element e : design.list("faults", "faults {type, at, ...}")) {
      reader.read(e).ifPresent(out::add);
    }
    return out;
  }

  private Network readNetwork(Fields n) {
    Optional<Duration> intra = n.optional("intraAz", Kind.positiveDuration());
    Optional<Duration> cross = n.optional("crossAz", Kind.positiveDuration());
    List<Network.RegionLatency> pairs = new ArrayList<>();
    for (Fields.Element e : n.list("regions", "region round-trip times {from, to, rtt}")) {
      Fields.open(
              ctx,
              e.node(),
              e.pointer(),
              Vocabulary.REGION_LATENCY,
              "a round-trip time {from, to, rtt}")
          .ifPresent(
              r -> {
                var from = r.required("from", Kind.region(), "a region code");
                var to = r.required("to", Kind.region(), "a region code");
                var rtt =
                    r.required("rtt", Kind.positiveDuration(), "the round-trip time, like 180ms");
                if (from.isPresent() && to.isPresent() && rtt.isPresent()) {
                  pairs.add(new Network.RegionLatency(from.get(), to.get(), rtt.get()));
                }
              });
    }
    return new Network(intra, cross, pairs);
  }
}
