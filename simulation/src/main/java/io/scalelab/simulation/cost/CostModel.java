package io.scalelab.simulation.cost;

import io.scalelab.model.Design;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
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
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.topology.Connection;
import io.scalelab.simulation.price.Discount;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceEntry;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.CostKind;
import io.scalelab.simulation.result.CostLine;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.SimulationResult;
import io.scalelab.simulation.result.Unpriced;
import io.scalelab.simulation.result.Usage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices a simulated design: what each component costs a month, from the price catalogue and what
 * the simulation measured. The method is in {@code docs/cost.md}; in short:
 *
 * <ul>
 *   <li>The simulated window (after the warm-up) is one stretch of a day that starts at the daily
 *       curve's peak hour. A quantity that follows the traffic (requests, bytes, GB-seconds) is
 *       scaled from the window to each hour of the day by the curve: hour {@code h} gets the
 *       window's rate × (the curve's mean in hour {@code h} / its mean over the window). Spikes are
 *       left out of the projection: they are one-off events.
 *   <li>Instances of an autoscaled service follow the same factor, bounded by the group's min and
 *       max; fixed instances stay at the simulated time-average (a crashed instance not yet
 *       replaced is not billed).
 *   <li>A month is 730 hours (AWS's convention): a day's quantities × 730 / 24.
 *   <li>Tiered prices (internet transfer, CloudFront, API Gateway, Lambda, S3, Route 53) are
 *       applied to the month's total over every component that uses the same price, and the cost
 *       split among them by their share of the usage.
 * </ul>
 */
public final class CostModel {

  /** Days in a 730-hour month. */
  static final double DAYS_PER_MONTH = CostReport.HOURS_PER_MONTH / 24;

  /**
   * Root volume of every EC2 instance and EKS node: 8 GiB of gp3, the size of the Amazon Linux 2023
   * AMI's root volume (Amazon Linux 2023 User Guide, "AL2023 on Amazon EC2").
   */
  static final double ROOT_VOLUME_GIB = 8;

  /**
   * Requests a client sends over one connection to a load balancer before closing it: 10, an
   * assumption for browsers and mobile apps with HTTP keep-alive. Drives the new-connections
   * dimension of load balancer capacity units.
   */
  static final double REQUESTS_PER_CONNECTION = 10;

  /**
   * One ALB load balancer capacity unit: 25 new connections per second, or 1 GB processed per hour
   * for EC2 targets (Elastic Load Balancing pricing, "LCU details"). Active connections (3,000 per
   * LCU per minute) and rule evaluations (1,000 per second, 10 rules free) are not modelled: with
   * keep-alive connections and few rules they rarely decide the count.
   */
  static final double NEW_CONNECTIONS_PER_LCU = 25;

  static final double GB_PER_HOUR_PER_LCU = 1;

  /** SQS and SNS bill each 64 KiB chunk of a payload as one request (SQS and SNS pricing pages). */
  static final long MESSAGE_CHUNK_BYTES = 64 * 1024;

  /** Kinesis bills PUTs in 25 KB payload units (Amazon Kinesis Data Streams pricing). */
  static final long KINESIS_PAYLOAD_UNIT_BYTES = 25 * 1024;

  /**
   * DynamoDB: a read of up to 4 KB is one read request unit when strongly consistent and half of
   * one when eventually consistent, the default of GetItem; a write of up to 1 KB is one write unit
   * (DynamoDB Developer Guide, "Read/write capacity mode").
   */
  static final double RRU_PER_EVENTUALLY_CONSISTENT_READ = 0.5;

  static final long READ_UNIT_BYTES = 4 * 1024;
  static final long WRITE_UNIT_BYTES = 1024;

  /**
   * NAT gateways in a region whose services sit behind a load balancer and name no zones: two, one
   * per zone of the two an Application Load Balancer needs.
   */
  static final int ASSUMED_NAT_ZONES = 2;

  /** A Multi-AZ DB cluster: a writer and two readable standbys (RDS User Guide). */
  static final int MULTI_AZ_CLUSTER_INSTANCES = 3;

  private static final double GIB = 1024.0 * 1024 * 1024;
  private static final double GB = 1e9;

  private final Design design;
  private final SimulationResult result;
  private final PriceCatalogue catalogue;
  private final Discount discount;
  private final double[] shape = new double[24];
  private final double windowSeconds;
  private final List<Item> items = new ArrayList<>();
  private final List<Unpriced> unpriced = new ArrayList<>();
  private final Set<String> notCovered = new LinkedHashSet<>();

  private CostModel(
      Design design, SimulationResult result, PriceCatalogue catalogue, Discount discount) {
    this.design = design;
    this.result = result;
    this.catalogue = catalogue;
    this.discount = discount;
    this.windowSeconds = result.simulatedSeconds() - result.warmupSeconds();
    double windowFactor = windowMeanFactor();
    double[] f = design.workload().hourFactors();
    for (int h = 0; h < 24; h++) {
      double hourMean = (f[h] + f[(h + 1) % 24]) / 2;
      shape[h] = windowFactor > 0 ? hourMean / windowFactor : 0;
    }
  }

  /**
   * What {@code design} costs a month, from {@code result} (a simulation of it) and the prices of
   * {@code catalogue}, buying capacity as {@code purchase} says.
   *
   * @throws PriceException when the catalogue has no rates for {@code purchase}
   */
  public static CostReport estimate(
      Design design, SimulationResult result, PriceCatalogue catalogue, PurchaseOption purchase)
      throws PriceException {
    Discount discount =
        catalogue
            .discount(purchase)
            .orElseThrow(
                () ->
                    new PriceException(
                        "the price catalogue of "
                            + catalogue.date()
                            + " has no rates for "
                            + purchase.key()));
    if (!(result.simulatedSeconds() > result.warmupSeconds())) {
      throw new IllegalArgumentException("the simulation measured nothing after its warm-up");
    }
    return new CostModel(design, result, catalogue, discount).report();
  }

  // --- the window and the day -----------------------------------------------------------------

  /** The daily curve's mean factor over the measured window. */
  private double windowMeanFactor() {
    double from = result.warmupSeconds();
    double to = result.simulatedSeconds();
    int steps = (int) Math.max(100, Math.min(100_000, (to - from) / 10));
    double dt = (to - from) / steps;
    double sum = 0;
    for (int k = 0; k < steps; k++) {
      sum += design.workload().curveFactorAt(from + (k + 0.5) * dt);
    }
    return sum / steps;
  }

  /** Per hour of a day: a rate measured over the window (per second), in units per hour. */
  private double[] traffic(double perSecond) {
    double[] q = new double[24];
    for (int h = 0; h < 24; h++) {
      q[h] = perSecond * 3600 * shape[h];
    }
    return q;
  }

  /** Per hour of a day: {@code count} every hour (instance-hours of a fixed count, say). */
  private static double[] constant(double count) {
    double[] q = new double[24];
    java.util.Arrays.fill(q, count);
    return q;
  }

  /** Per hour of a day: a monthly quantity (hosted zones, GB-months) spread evenly. */
  private static double[] monthly(double perMonth) {
    return constant(perMonth / CostReport.HOURS_PER_MONTH);
  }

  // --- components -----------------------------------------------------------------------------

  private CostReport report() {
    Map<String, List<Service>> eksByRegion = new LinkedHashMap<>();
    for (Component c : design.components()) {
      ComponentResult r = result.components().get(c.id());
      if (r == null) {
        continue;
      }
      if (c instanceof Dns d) {
        dns(d, r);
      } else if (c instanceof Cdn cdn) {
        cdn(cdn, r);
      } else if (c instanceof Waf w) {
        waf(w, r);
      } else if (c instanceof LoadBalancer lb) {
        loadBalancer(lb, r);
      } else if (c instanceof ApiGateway g) {
        apiGateway(g, r);
      } else if (c instanceof Service s) {
        service(s, r, eksByRegion);
      } else if (c instanceof Cache cache) {
        cache(cache);
      } else if (c instanceof Database db) {
        database(db, r);
      } else if (c instanceof KeyValueStore kv) {
        keyValue(kv, r);
      } else if (c instanceof Queue q) {
        queue(q, r);
      } else if (c instanceof Topic t) {
        topic(t, r);
      } else if (c instanceof Stream st) {
        stream(st, r);
      } else if (c instanceof ObjectStore o) {
        objectStore(o, r);
      }
      transfer(c, r.usage());
    }
    clusters(eksByRegion);
    natGateways();
    return assemble();
  }

  private void dns(Dns d, ComponentResult r) {
    charge(
        d.id(),
        CostKind.NETWORKING,
        "Route 53 hosted zone",
        Products.hostedZone(),
        "global",
        monthly(1),
        false);
    // A resolver asks once per record TTL for each online user at most; fewer when they send less.
    double online = design.workload().users() * design.workload().onlineShareAtPeak();
    double perUserCap = online / d.ttl().toNanos() * 1e9;
    double queries = Math.min(r.usage().callsPerSecond(), perUserCap);
    String routing = d.routing() == Dns.Routing.LATENCY ? "Latency" : "Standard";
    charge(
        d.id(),
        CostKind.REQUESTS,
        routing + " DNS queries",
        Products.dnsQueries(routing),
        "global",
        traffic(queries),
        false);
    long records = design.connections().stream().filter(c -> c.from().equals(d.id())).count();
    if (records > 0) {
      charge(
          d.id(),
          CostKind.NETWORKING,
          "health checks, one per record",
          Products.healthCheck(),
          "global",
          monthly(records),
          false);
    }
  }

  private void cdn(Cdn cdn, ComponentResult r) {
    long response = design.workload().payload().response().bytes();
    for (var entry : r.usage().internetBytesPerSecond().entrySet()) {
      String geo =
          geography(
              design
                  .component(entry.getKey())
                  .map(Component::region)
                  .map(x -> x.code())
                  .orElse("us-east-1"));
      double bytes = entry.getValue();
      charge(
          cdn.id(),
          CostKind.DATA_TRANSFER,
          "CloudFront transfer out, " + geo + " (users of " + entry.getKey() + ")",
          Products.cloudFrontTransfer(geo),
          "global",
          traffic(bytes / GB),
          false);
      charge(
          cdn.id(),
          CostKind.REQUESTS,
          "CloudFront HTTPS requests, " + geo,
          Products.cloudFrontHttpsRequests(geo),
          "global",
          traffic(bytes / response),
          false);
    }
  }

  private void waf(Waf w, ComponentResult r) {
    charge(w.id(), CostKind.NETWORKING, "web ACL", Products.webAcl(), "global", monthly(1), false);
    charge(
        w.id(),
        CostKind.NETWORKING,
        w.rules() + " rules",
        Products.wafRule(),
        "global",
        monthly(w.rules()),
        false);
    charge(
        w.id(),
        CostKind.REQUESTS,
        "requests inspected",
        Products.wafRequests(),
        "global",
        traffic(r.usage().callsPerSecond()),
        false);
  }

  private void loadBalancer(LoadBalancer lb, ComponentResult r) {
    String region = lb.region().code();
    charge(
        lb.id(),
        CostKind.NETWORKING,
        "Application Load Balancer hours",
        Products.albHours(),
        region,
        constant(1),
        false);
    var payload = design.workload().payload();
    double bytesPerCall = payload.request().bytes() + payload.response().bytes();
    double[] calls = traffic(r.usage().callsPerSecond()); // per hour
    double[] lcu = new double[24];
    for (int h = 0; h < 24; h++) {
      double newConnectionsPerSecond = calls[h] / 3600 / REQUESTS_PER_CONNECTION;
      double gbPerHour = calls[h] * bytesPerCall / GB;
      lcu[h] =
          Math.max(
              newConnectionsPerSecond / NEW_CONNECTIONS_PER_LCU, gbPerHour / GB_PER_HOUR_PER_LCU);
    }
    charge(
        lb.id(),
        CostKind.NETWORKING,
        "load balancer capacity units",
        Products.albCapacityUnits(),
        region,
        lcu,
        false);
  }

  private void apiGateway(ApiGateway g, ComponentResult r) {
    charge(
        g.id(),
        CostKind.REQUESTS,
        "REST API requests",
        Products.apiGatewayRequests(),
        g.region().code(),
        traffic(r.usage().callsPerSecond()),
        false);
  }

  private void service(Service s, ComponentResult r, Map<String, List<Service>> eksByRegion) {
    if (s.host().isPresent()) {
      return; // runs on its host's instances, which pay
    }
    String region = s.region().code();
    switch (s.platform()) {
      case EC2 -> {
        String type = s.instanceType().orElse(Service.DEFAULT_INSTANCE_TYPE);
        double[] n = instances(s, r);
        ec2(s.id(), region, type)
            .ifPresent(
                e -> add(s.id(), CostKind.COMPUTE, "EC2 " + type + " instance-hours", e, n, true));
        rootVolumes(s.id(), region, n);
      }
      case EKS -> {
        eksByRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(s);
        String type = s.instanceType().orElse(Service.DEFAULT_INSTANCE_TYPE);
        Optional<PriceEntry> node = ec2(s.id(), region, type);
        if (node.isEmpty()) {
          return;
        }
        Optional<EksNodes.NodeShape> shape = EksNodes.shape(type, node.get());
        if (shape.isEmpty()) {
          unpriced.add(
              new Unpriced(
                  s.id(),
                  "EKS nodes",
                  node.get().describe()
                      + " does not give vcpu and memory, needed to pack pods on nodes"));
          return;
        }
        double cpu = s.cpu().orElse(Service.DEFAULT_POD_CPU);
        double memoryBytes = s.memory().orElse(Service.DEFAULT_POD_MEMORY).bytes();
        double[] pods = instances(s, r);
        double[] nodes = new double[24];
        for (int h = 0; h < 24; h++) {
          nodes[h] = EksNodes.nodes(pods[h], cpu, memoryBytes, shape.get());
        }
        add(
            s.id(),
            CostKind.COMPUTE,
            "EKS nodes, " + type + " node-hours",
            node.get(),
            nodes,
            true);
        rootVolumes(s.id(), region, nodes);
      }
      case LAMBDA -> {
        double invocations = r.usage().callsPerSecond();
        double gib = s.memory().orElse(Service.DEFAULT_LAMBDA_MEMORY).bytes() / GIB;
        double seconds = r.latencyMs().mean() / 1000;
        charge(
            s.id(),
            CostKind.REQUESTS,
            "Lambda requests",
            Products.lambdaRequests(),
            region,
            traffic(invocations),
            false);
        charge(
            s.id(),
            CostKind.COMPUTE,
            "Lambda duration, GB-seconds",
            Products.lambdaDuration(),
            region,
            traffic(invocations * gib * seconds),
            true);
      }
    }
  }

  /** Instances per hour of the day: autoscaled ones follow the traffic within their bounds. */
  private double[] instances(Service s, ComponentResult r) {
    double mean = r.instances().map(ComponentResult.Instances::mean).orElse(0.0);
    if (s.scaling() instanceof Service.Scaling.Autoscaled a) {
      double[] n = new double[24];
      for (int h = 0; h < 24; h++) {
        n[h] = Math.max(a.min(), Math.min(a.max(), mean * shape[h]));
      }
      return n;
    }
    return constant(mean);
  }

  private Optional<PriceEntry> ec2(String id, String region, String type) {
    return price(id, "EC2 " + type, Products.ec2(type), region);
  }

  private void rootVolumes(String id, String region, double[] instances) {
    double[] gbMonths = new double[24];
    for (int h = 0; h < 24; h++) {
      gbMonths[h] = instances[h] * ROOT_VOLUME_GIB / CostReport.HOURS_PER_MONTH;
    }
    charge(
        id,
        CostKind.STORAGE,
        "EBS gp3 root volumes, " + (int) ROOT_VOLUME_GIB + " GiB each",
        Products.ebsGp3(),
        region,
        gbMonths,
        false);
  }

  private void clusters(Map<String, List<Service>> eksByRegion) {
    eksByRegion.forEach(
        (region, services) -> {
          for (Service s : services) {
            charge(
                s.id(),
                CostKind.COMPUTE,
                "EKS cluster-hours (1 cluster in "
                    + region
                    + ", shared by "
                    + services.size()
                    + " service(s))",
                Products.eksCluster(),
                region,
                constant(1.0 / services.size()),
                false);
          }
        });
  }

  private void natGateways() {
    for (var region : design.regions()) {
      List<Component> behind = new ArrayList<>();
      boolean balanced = false;
      Set<AvailabilityZone> zones = new LinkedHashSet<>();
      for (Component c : design.components()) {
        if (!c.region().equals(region)) {
          continue;
        }
        if (c instanceof LoadBalancer) {
          balanced = true;
        }
        if (c instanceof Service s
            && s.platform() != Service.Platform.LAMBDA
            && s.host().isEmpty()) {
          behind.add(c);
          zones.addAll(c.zones());
        }
      }
      if (!balanced || behind.isEmpty()) {
        continue;
      }
      int gateways = zones.isEmpty() ? ASSUMED_NAT_ZONES : zones.size();
      for (Component c : behind) {
        charge(
            c.id(),
            CostKind.NETWORKING,
            "NAT gateway-hours ("
                + gateways
                + " in "
                + region.code()
                + ", one per zone, shared by "
                + behind.size()
                + " service(s))",
            Products.natGatewayHours(),
            region.code(),
            constant((double) gateways / behind.size()),
            false);
      }
    }
  }

  private void cache(Cache cache) {
    String engine =
        switch (cache.engine()) {
          case REDIS -> "Redis";
          case VALKEY -> "Valkey";
          case MEMCACHED -> "Memcached";
        };
    charge(
        cache.id(),
        CostKind.COMPUTE,
        "ElastiCache "
            + engine
            + " "
            + cache.nodeType()
            + " node-hours ("
            + cache.nodes()
            + " nodes)",
        Products.cacheNode(cache.nodeType(), engine),
        cache.region().code(),
        constant(cache.nodes()),
        true);
  }

  private void database(Database db, ComponentResult r) {
    if (db.host().isPresent() || db.instanceClass().isEmpty()) {
      return; // self-managed on its host's instances
    }
    String cls = db.instanceClass().get();
    String region = db.region().code();
    String engine =
        switch (db.engine()) {
          case POSTGRES -> "PostgreSQL";
          case MYSQL -> "MySQL";
          case AURORA_POSTGRESQL -> "Aurora PostgreSQL";
          case AURORA_MYSQL -> "Aurora MySQL";
        };
    double storageGb = db.storage().bytes() / GIB;
    if (db.engine().isAurora()) {
      int n = db.multiAz() == Database.MultiAz.NONE ? 1 : 2;
      rds(db.id(), region, cls, engine, "Single-AZ")
          .ifPresent(
              e ->
                  add(
                      db.id(),
                      CostKind.COMPUTE,
                      engine
                          + " "
                          + cls
                          + " instance-hours ("
                          + (n == 1 ? "writer" : "writer + replica in another zone")
                          + ")",
                      e,
                      constant(n),
                      true));
      auroraStorage(db.id(), region, storageGb);
      charge(
          db.id(),
          CostKind.REQUESTS,
          "Aurora I/Os, one per write (reads assumed served from the buffer cache)",
          Products.auroraIo(),
          region,
          traffic(r.usage().writesPerSecond()),
          false);
    } else {
      String deployment = db.multiAz() == Database.MultiAz.INSTANCE ? "Multi-AZ" : "Single-AZ";
      int n = db.multiAz() == Database.MultiAz.CLUSTER ? MULTI_AZ_CLUSTER_INSTANCES : 1;
      String what =
          switch (db.multiAz()) {
            case NONE -> "Single-AZ";
            case INSTANCE -> "Multi-AZ: primary + standby";
            case CLUSTER -> "Multi-AZ DB cluster: writer + 2 readable standbys";
          };
      rds(db.id(), region, cls, engine, deployment)
          .ifPresent(
              e ->
                  add(
                      db.id(),
                      CostKind.COMPUTE,
                      engine + " " + cls + " instance-hours (" + what + ")",
                      e,
                      constant(n),
                      true));
      rdsStorage(db.id(), region, deployment, storageGb * n);
    }
    int k = 0;
    for (Database.ReadReplica replica : db.readReplicas()) {
      k++;
      String rr = replica.region().code();
      String rc = replica.instanceClass().orElse(cls);
      String label = "read replica " + k + " (" + rr + ")";
      rds(db.id(), rr, rc, engine, "Single-AZ")
          .ifPresent(
              e ->
                  add(
                      db.id(),
                      CostKind.COMPUTE,
                      engine + " " + rc + " " + label + " instance-hours",
                      e,
                      constant(1),
                      true));
      if (!db.engine().isAurora()) {
        rdsStorage(db.id(), rr, "Single-AZ", storageGb);
      } else if (!rr.equals(region)) {
        auroraStorage(db.id(), rr, storageGb);
      }
    }
  }

  private Optional<PriceEntry> rds(
      String id, String region, String cls, String engine, String deployment) {
    return price(
        id,
        engine + " " + cls + " " + deployment,
        Products.rdsInstance(cls, engine, deployment),
        region);
  }

  private void rdsStorage(String id, String region, String deployment, double gb) {
    charge(
        id,
        CostKind.STORAGE,
        "RDS gp3 storage, " + deployment + " (" + region + ")",
        Products.rdsGp3Storage(deployment),
        region,
        monthly(gb),
        false);
  }

  private void auroraStorage(String id, String region, double gb) {
    charge(
        id,
        CostKind.STORAGE,
        "Aurora cluster storage (" + region + ")",
        Products.auroraStorage(),
        region,
        monthly(gb),
        false);
  }

  private void keyValue(KeyValueStore kv, ComponentResult r) {
    String region = kv.region().code();
    long item = kv.itemSize().bytes();
    if (kv.capacity() == KeyValueStore.CapacityMode.ON_DEMAND) {
      double miss = 1 - r.hitRate().orElse(0);
      double rru =
          r.usage().readsPerSecond()
              * miss
              * RRU_PER_EVENTUALLY_CONSISTENT_READ
              * units(item, READ_UNIT_BYTES);
      double wru = r.usage().writesPerSecond() * units(item, WRITE_UNIT_BYTES);
      charge(
          kv.id(),
          CostKind.REQUESTS,
          "read request units (eventually consistent)",
          Products.dynamoReadRequests(),
          region,
          traffic(rru),
          false);
      charge(
          kv.id(),
          CostKind.REQUESTS,
          "write request units",
          Products.dynamoWriteRequests(),
          region,
          traffic(wru),
          false);
    } else {
      int rcu = kv.readCapacity().orElse(0);
      int wcu = kv.writeCapacity().orElse(0);
      charge(
          kv.id(),
          CostKind.REQUESTS,
          rcu + " provisioned read capacity units",
          Products.dynamoReadCapacity(),
          region,
          constant(rcu),
          true);
      charge(
          kv.id(),
          CostKind.REQUESTS,
          wcu + " provisioned write capacity units",
          Products.dynamoWriteCapacity(),
          region,
          constant(wcu),
          true);
    }
    double gb = design.workload().keys().count() * (double) item / GB;
    charge(
        kv.id(),
        CostKind.STORAGE,
        "table storage (keys × item size)",
        Products.dynamoStorage(),
        region,
        monthly(gb),
        false);
    kv.dax()
        .ifPresent(
            dax ->
                price(kv.id(), "DAX " + dax.nodeType(), Products.daxNode(dax.nodeType()), region)
                    .ifPresent(
                        e ->
                            add(
                                kv.id(),
                                CostKind.COMPUTE,
                                "DAX " + dax.nodeType() + " node-hours (" + dax.nodes() + " nodes)",
                                e,
                                constant(dax.nodes()),
                                true)));
  }

  private void queue(Queue q, ComponentResult r) {
    double chunks = units(design.workload().payload().request().bytes(), MESSAGE_CHUNK_BYTES);
    double sends = r.usage().callsPerSecond();
    double receives = 0;
    double deletes = 0;
    if (r.messages().isPresent()) {
      var m = r.messages().get();
      receives = (m.consumed() + m.redelivered() + m.deadLettered()) / windowSeconds;
      deletes = m.consumed() / windowSeconds;
    }
    String type = q.ordering() == Queue.Ordering.FIFO ? "FIFO (FIFO)" : "Standard";
    charge(
        q.id(),
        CostKind.REQUESTS,
        "SQS send, receive and delete requests",
        Products.sqsRequests(type),
        q.region().code(),
        traffic((sends + receives + deletes) * chunks),
        false);
  }

  private void topic(Topic t, ComponentResult r) {
    double chunks = units(design.workload().payload().request().bytes(), MESSAGE_CHUNK_BYTES);
    double publishes = r.usage().callsPerSecond();
    charge(
        t.id(),
        CostKind.REQUESTS,
        "SNS publish requests",
        Products.snsPublishes(),
        t.region().code(),
        traffic(publishes * chunks),
        false);
    long http = 0;
    for (Connection c : design.connections()) {
      if (c.from().equals(t.id())
          && design.component(c.to()).orElse(null) instanceof Service s
          && s.platform() != Service.Platform.LAMBDA) {
        http++;
      }
    }
    if (http > 0) {
      long subscribers = http;
      charge(
          t.id(),
          CostKind.REQUESTS,
          "HTTP deliveries (" + subscribers + " subscriber(s); SQS and Lambda deliveries are free)",
          Products.snsHttpDeliveries(),
          t.region().code(),
          traffic(publishes * subscribers),
          false);
    }
  }

  private void stream(Stream st, ComponentResult r) {
    String region = st.region().code();
    charge(
        st.id(),
        CostKind.COMPUTE,
        st.shards() + " shard-hours",
        Products.kinesisShardHours(),
        region,
        constant(st.shards()),
        false);
    double units =
        r.usage().callsPerSecond()
            * units(design.workload().payload().request().bytes(), KINESIS_PAYLOAD_UNIT_BYTES);
    charge(
        st.id(),
        CostKind.REQUESTS,
        "PUT payload units (25 KB)",
        Products.kinesisPayloadUnits(),
        region,
        traffic(units),
        false);
  }

  private void objectStore(ObjectStore o, ComponentResult r) {
    String region = o.region().code();
    double gb =
        design.workload().keys().count()
            * (double) design.workload().payload().response().bytes()
            / GB;
    charge(
        o.id(),
        CostKind.STORAGE,
        "S3 Standard storage (keys × response size)",
        Products.s3Storage(),
        region,
        monthly(gb),
        false);
    charge(
        o.id(),
        CostKind.REQUESTS,
        "PUT requests",
        Products.s3Puts(),
        region,
        traffic(r.usage().writesPerSecond()),
        false);
    charge(
        o.id(),
        CostKind.REQUESTS,
        "GET requests",
        Products.s3Gets(),
        region,
        traffic(r.usage().readsPerSecond()),
        false);
  }

  /** Bytes a component sent to users (unless CloudFront, priced above), other regions and zones. */
  private void transfer(Component c, Usage u) {
    if (!(c instanceof Cdn)) {
      double internet = u.internetBytesPerSecondTotal();
      if (internet > 0) {
        String region = c.region().isGlobal() ? "us-east-1" : c.region().code();
        charge(
            c.id(),
            CostKind.DATA_TRANSFER,
            "data transfer out to the internet (" + region + ")",
            Products.internetTransfer(),
            region,
            traffic(internet / GB),
            false);
      }
    }
    for (Usage.Transfer t : u.interRegion()) {
      charge(
          c.id(),
          CostKind.DATA_TRANSFER,
          "inter-region transfer " + t.from() + " → " + t.to(),
          Products.interRegionTransfer(),
          t.from(),
          traffic(t.bytesPerSecond() / GB),
          false);
    }
    if (u.crossAzBytesPerSecond() > 0) {
      String region = c.region().code();
      // Billed on both sides of the zone boundary: out of one zone and into the other.
      charge(
          c.id(),
          CostKind.DATA_TRANSFER,
          "cross-zone transfer (" + region + "), billed out and in",
          Products.crossZoneTransfer(),
          region,
          traffic(2 * u.crossAzBytesPerSecond() / GB),
          false);
    }
  }

  // --- pricing --------------------------------------------------------------------------------

  private Optional<PriceEntry> price(
      String component, String item, Products.Product product, String region) {
    Optional<PriceEntry> e =
        catalogue.find(product.service(), product.family(), region, product.attributes());
    if (e.isEmpty()) {
      unpriced.add(
          new Unpriced(
              component,
              item,
              "no price for "
                  + product.describe(region)
                  + " in the price catalogue of "
                  + catalogue.date()
                  + " ("
                  + catalogue.origin()
                  + ")"));
    }
    return e;
  }

  /** Prices {@code perHour} units with the catalogue's product, or records that it has none. */
  private void charge(
      String component,
      CostKind kind,
      String label,
      Products.Product product,
      String region,
      double[] perHour,
      boolean discountable) {
    price(component, label, product, region)
        .ifPresent(e -> add(component, kind, label, e, perHour, discountable));
  }

  private void add(
      String component,
      CostKind kind,
      String label,
      PriceEntry entry,
      double[] perHour,
      boolean discountable) {
    items.add(new Item(component, kind, label, entry, perHour, discountable));
  }

  private record Item(
      String component,
      CostKind kind,
      String label,
      PriceEntry entry,
      double[] perHour,
      boolean discountable) {
    double monthly() {
      double sum = 0;
      for (double v : perHour) {
        sum += v;
      }
      return sum * DAYS_PER_MONTH;
    }
  }

  private double factor(Item item) {
    if (!item.discountable()) {
      return 1;
    }
    var f = discount.factor(item.entry().service());
    if (f.isEmpty()) {
      notCovered.add(item.entry().service());
      return 1;
    }
    return f.getAsDouble();
  }

  private CostReport assemble() {
    Map<PriceEntry, Double> pooled = new IdentityHashMap<>();
    for (Item i : items) {
      pooled.merge(i.entry(), i.monthly(), Double::sum);
    }
    Map<String, List<CostLine>> lines = new LinkedHashMap<>();
    for (Component c : design.components()) {
      lines.put(c.id(), new ArrayList<>());
    }
    double[] hourly = new double[24];
    Map<CostKind, Double> byKind = new EnumMap<>(CostKind.class);
    double total = 0;
    for (Item i : items) {
      double quantity = i.monthly();
      double all = pooled.get(i.entry());
      double usd = all > 0 ? i.entry().cost(all) * (quantity / all) * factor(i) : 0;
      lines
          .get(i.component())
          .add(
              new CostLine(
                  i.kind(),
                  i.label(),
                  quantity,
                  i.entry().unit(),
                  usd,
                  i.entry().describe(),
                  i.discountable() && factor(i) < 1));
      if (quantity > 0) {
        for (int h = 0; h < 24; h++) {
          hourly[h] += usd * (i.perHour()[h] * DAYS_PER_MONTH / quantity) / DAYS_PER_MONTH;
        }
      }
      byKind.merge(i.kind(), usd, Double::sum);
      total += usd;
    }
    Map<String, ComponentCost> components = new LinkedHashMap<>();
    Map<String, Double> byComponent = new LinkedHashMap<>();
    for (Component c : design.components()) {
      List<CostLine> ls = lines.get(c.id());
      Map<String, Double> kinds = new LinkedHashMap<>();
      double sum = 0;
      for (CostKind k : CostKind.values()) {
        double v = ls.stream().filter(l -> l.kind() == k).mapToDouble(CostLine::monthlyUsd).sum();
        if (ls.stream().anyMatch(l -> l.kind() == k)) {
          kinds.put(k.fileName(), v);
        }
        sum += v;
      }
      components.put(c.id(), new ComponentCost(c.type().fileName(), sum, kinds, ls));
      byComponent.put(c.id(), sum);
    }
    Map<String, Double> kinds = new LinkedHashMap<>();
    for (CostKind k : CostKind.values()) {
      kinds.put(k.fileName(), byKind.getOrDefault(k, 0.0));
    }
    long windowRequests = result.endToEnd().requests();
    double requestsPerSecond = windowRequests / (windowSeconds * result.replications());
    double monthlyRequests = 0;
    for (double q : traffic(requestsPerSecond)) {
      monthlyRequests += q * DAYS_PER_MONTH;
    }
    long users = design.workload().users();
    List<Double> hours = new ArrayList<>();
    for (double h : hourly) {
      hours.add(h);
    }
    return new CostReport(
        design.name(),
        catalogue.date().toString(),
        catalogue.origin(),
        discount.option().key(),
        discount.label()
            + (discount.estimate() && !discount.label().contains("estimate") ? " (estimate)" : ""),
        total,
        byComponent,
        components,
        kinds,
        monthlyRequests,
        monthlyRequests > 0 ? total / monthlyRequests * 1e6 : 0,
        users,
        total / users,
        hours,
        assumptions(),
        unpriced);
  }

  private List<String> assumptions() {
    List<String> a = new ArrayList<>();
    a.add(
        String.format(
            Locale.ROOT,
            "Projected from %.0f simulated seconds after the warm-up, starting at the daily curve's peak hour; "
                + "traffic-driven quantities follow the daily curve, spikes are left out; a month is 730 hours.",
            windowSeconds));
    a.add(
        "Autoscaled instances follow the traffic within their min and max; fixed instances stay at the simulated average.");
    a.add(
        "Every call carries the workload's request payload and every answer its response payload.");
    a.add(
        String.format(
            Locale.ROOT,
            "EC2 instances and EKS nodes each have an %.0f GiB gp3 root volume; load balancer capacity assumes %.0f requests per connection.",
            ROOT_VOLUME_GIB,
            REQUESTS_PER_CONNECTION));
    a.add("Free tiers are not deducted. Prices: " + catalogue.label() + ".");
    if (discount.option() != PurchaseOption.ON_DEMAND) {
      a.add(
          "Purchase option: "
              + discount.label()
              + (discount.estimate() && !discount.label().contains("estimate")
                  ? " (an estimate)"
                  : "")
              + "; source: "
              + discount.source()
              + ".");
      if (!notCovered.isEmpty()) {
        a.add(
            discount.label()
                + " does not cover "
                + String.join(", ", notCovered)
                + ", priced on demand.");
      }
    }
    if (!unpriced.isEmpty()) {
      a.add(
          unpriced.size()
              + " charge(s) have no price in the catalogue and are left out of the totals (see unpriced).");
    }
    return a;
  }

  /** Whole units of {@code unit} bytes a payload of {@code bytes} takes, at least one. */
  private static double units(long bytes, long unit) {
    return Math.max(1, Math.ceil(bytes / (double) unit));
  }

  /**
   * The CloudFront price geography of users near {@code region} (Amazon CloudFront pricing,
   * "Regional data transfer out to internet").
   */
  static String geography(String region) {
    if (region.startsWith("us-") || region.startsWith("ca-") || region.startsWith("mx-")) {
      return "United States";
    }
    if (region.startsWith("eu-") || region.startsWith("il-")) {
      return "Europe";
    }
    if (region.startsWith("ap-south-")) {
      return "India";
    }
    if (region.equals("ap-northeast-1") || region.equals("ap-northeast-3")) {
      return "Japan";
    }
    if (region.equals("ap-southeast-2") || region.equals("ap-southeast-4")) {
      return "Australia";
    }
    if (region.startsWith("sa-")) {
      return "South America";
    }
    if (region.startsWith("me-")) {
      return "Middle East";
    }
    if (region.startsWith("af-")) {
      return "South Africa";
    }
    return "Asia Pacific";
  }
}
