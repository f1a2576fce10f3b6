package io.scalelab.model.file;

import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.Service;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import io.scalelab.model.topology.Network;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that span components: unique ids, regions and zones that belong to the design,
 * connections whose ends exist and whose types may call each other, Route 53 records that fit their
 * routing policy, hosts and fault targets of the right type. Graph rules (reachability, synchronous
 * cycles) are in {@link GraphChecks}.
 */
public final class DesignChecks {

  private final Design design;
  private final Set<String> brokenIds;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Component> byId = new HashMap<>();
  private final Map<String, Integer> indexOf = new HashMap<>();

  private DesignChecks(Design design, Set<String> brokenIds) {
    this.design = design;
    this.brokenIds = brokenIds;
  }

  /**
   * Every cross-component problem of {@code design}, in design order; empty when it is sound. O(V +
   * E) apart from the sync-cycle search.
   */
  public static List<Problem> check(Design design) {
    return check(design, Set.of());
  }

  /**
   * As {@link #check(Design)}, not reporting references to {@code brokenIds} (already reported).
   */
  static List<Problem> check(Design design, Set<String> brokenIds) {
    DesignChecks c = new DesignChecks(design, brokenIds);
    c.components();
    c.connections();
    c.faults();
    c.network();
    if (c.problems.isEmpty()) {
      c.problems.addAll(GraphChecks.check(design, c.indexOf));
    }
    return c.problems;
  }

  private void components() {
    List<Component> cs = design.components();
    if (cs.stream().noneMatch(c -> c.type() == ComponentType.USERS)) {
      report("components", "no user origin; expected at least one component of type users");
    }
    double shareSum = 0;
    boolean allShares = true;
    for (int i = 0; i < cs.size(); i++) {
      Component c = cs.get(i);
      String at = "components[" + i + "]";
      Component previous = byId.putIfAbsent(c.id(), c);
      if (previous != null) {
        report(
            at + ".id",
            "duplicate id '"
                + c.id()
                + "' (also components["
                + indexOf.get(c.id())
                + "]); ids must be unique");
        continue;
      }
      indexOf.put(c.id(), i);
      region(at, c);
      if (c instanceof io.scalelab.model.component.UserOrigin u) {
        shareSum += u.share().orElse(0.0);
        allShares &= u.share().isPresent();
      }
    }
    if (shareSum > 1 + 1e-9 || (allShares && Math.abs(shareSum - 1) > 1e-9 && shareSum > 0)) {
      report(
          "components",
          "the user origins' shares add up to "
              + round(shareSum)
              + "; expected 1 (or less, when some origins give none)");
    }
    for (int i = 0; i < cs.size(); i++) {
      Component c = cs.get(i);
      if (indexOf.get(c.id()) != i) {
        continue;
      }
      String at = "components[" + i + "]";
      Optional<String> host =
          c instanceof Service s ? s.host() : c instanceof Database d ? d.host() : Optional.empty();
      host.ifPresent(h -> host(at, c, h));
      if (c instanceof Database d) {
        for (int r = 0; r < d.readReplicas().size(); r++) {
          Region region = d.readReplicas().get(r).region();
          if (!design.regions().contains(region)) {
            report(
                at + ".readReplicas[" + r + "].region",
                "found " + region + "; expected one of the design's regions " + design.regions());
          }
        }
      }
      if (c.type() == ComponentType.LOAD_BALANCER && c.zones().size() == 1) {
        report(
            at + ".zones",
            "found one zone; an Application Load Balancer needs at least two (Elastic Load Balancing User Guide)");
      }
    }
  }

  private void region(String at, Component c) {
    Region r = c.region();
    if (r.isGlobal()) {
      if (!c.type().mayBeGlobal()) {
        report(
            at + ".region",
            "found global; expected one of the design's regions "
                + design.regions()
                + " (only dns, cdn and waf are global)");
      }
    } else if (!design.regions().contains(r)) {
      report(
          at + ".region",
          "found "
              + r
              + "; expected one of the design's regions "
              + design.regions()
              + " (or add it to regions)");
    }
    Set<AvailabilityZone> seen = new HashSet<>();
    for (int z = 0; z < c.zones().size(); z++) {
      AvailabilityZone zone = c.zones().get(z);
      if (!zone.region().equals(r)) {
        report(at + ".zones[" + z + "]", "found " + zone + "; expected a zone of " + r);
      } else if (!seen.add(zone)) {
        report(at + ".zones[" + z + "]", "duplicate zone " + zone);
      }
    }
  }

  private void host(String at, Component c, String hostId) {
    Component h = byId.get(hostId);
    if (h == null) {
      if (!brokenIds.contains(hostId)) {
        report(
            at + ".host",
            "found '"
                + hostId
                + "'; expected the id of an ec2 service"
                + Suggest.didYouMean(hostId, byId.keySet()));
      }
    } else if (!(h instanceof Service s)
        || s.platform() != Service.Platform.EC2
        || s.host().isPresent()) {
      report(
          at + ".host",
          "found '"
              + hostId
              + "', a "
              + h.type()
              + "; expected an ec2 service with its own instances");
    } else if (!h.region().equals(c.region())) {
      report(
          at + ".host",
          "found '" + hostId + "' in " + h.region() + "; expected a host in " + c.region());
    } else if (h.id().equals(c.id())) {
      report(at + ".host", "a service cannot be its own host");
    }
  }

  private void connections() {
    List<Connection> cs = design.connections();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Connection c = cs.get(i);
      String at = "connections[" + i + "]";
      Integer previous = ids.putIfAbsent(c.id(), i);
      if (previous != null) {
        report(
            at + ".id",
            "duplicate connection id '"
                + c.id()
                + "' (also connections["
                + previous
                + "]); give each its own id");
      }
      Component from = end(at + ".from", c.from());
      Component to = end(at + ".to", c.to());
      if (from == null || to == null) {
        continue;
      }
      if (from == to) {
        report(at + ".to", "a component cannot call itself");
      } else if (!from.type().mayCall().contains(to.type())) {
        report(
            at + ".to",
            "a '"
                + from.type()
                + "' component cannot call a '"
                + to.type()
                + "' component; "
                + callable(from.type()));
      }
      c.via().ifPresent(v -> via(at, from, to, v));
      dnsRecord(at, c, from);
      if (c.concurrency().isPresent()
          && from.type() != ComponentType.QUEUE
          && from.type() != ComponentType.STREAM) {
        report(
            at + ".concurrency",
            "only a connection from a queue or stream to its consumer has a concurrency");
      }
    }
    for (Component c : design.components()) {
      if (c instanceof Dns dns && indexOf.containsKey(c.id())) {
        failoverRoles(dns);
      }
    }
  }

  private Component end(String at, String id) {
    Component c = byId.get(id);
    if (c == null && !brokenIds.contains(id)) {
      report(
          at,
          "found '"
              + id
              + "'; expected the id of a component"
              + Suggest.didYouMean(id, byId.keySet()));
    }
    return c;
  }

  private void via(String at, Component from, Component to, String viaId) {
    Component cache = byId.get(viaId);
    if (cache == null) {
      if (!brokenIds.contains(viaId)) {
        report(
            at + ".via",
            "found '"
                + viaId
                + "'; expected the id of a cache"
                + Suggest.didYouMean(viaId, byId.keySet()));
      }
      return;
    }
    if (cache.type() != ComponentType.CACHE) {
      report(at + ".via", "found '" + viaId + "', a " + cache.type() + "; expected a cache");
    }
    if (from.type() != ComponentType.SERVICE
        || (to.type() != ComponentType.DATABASE && to.type() != ComponentType.KEY_VALUE)) {
      report(
          at + ".via",
          "cache-aside goes from a service to a database or key-value store; found "
              + from.type()
              + " -> "
              + to.type());
    }
  }

  private void dnsRecord(String at, Connection c, Component from) {
    Dns.Routing routing = from instanceof Dns d ? d.routing() : null;
    if (c.weight().isPresent() && routing != Dns.Routing.WEIGHTED) {
      report(at + ".weight", "a weight belongs to a connection from a dns with routing: weighted");
    }
    if (c.failover().isPresent() && routing != Dns.Routing.FAILOVER) {
      report(
          at + ".failover",
          "a failover role belongs to a connection from a dns with routing: failover");
    }
    if (routing == Dns.Routing.WEIGHTED && c.weight().isEmpty()) {
      report(at, "missing weight; expected a weight 0-255 on each record of weighted routing");
    }
    if (routing == Dns.Routing.FAILOVER && c.failover().isEmpty()) {
      report(
          at, "missing failover; expected primary or secondary on each record of failover routing");
    }
  }

  private void failoverRoles(Dns dns) {
    if (dns.routing() != Dns.Routing.FAILOVER) {
      return;
    }
    long primaries =
        design.connections().stream()
            .filter(c -> c.from().equals(dns.id()))
            .filter(c -> c.failover().equals(Optional.of(Connection.FailoverRole.PRIMARY)))
            .count();
    if (primaries != 1) {
      report(
          "components[" + indexOf.get(dns.id()) + "].routing",
          "failover routing needs exactly one primary record; found " + primaries);
    }
  }

  private void faults() {
    List<Fault> fs = design.faults();
    for (int i = 0; i < fs.size(); i++) {
      String at = "faults[" + i + "]";
      Fault fault = fs.get(i);
      if (fault instanceof Fault.InstanceCrash f) {
        target(
            at,
            f.component(),
            EnumSet.of(ComponentType.SERVICE, ComponentType.DATABASE, ComponentType.CACHE));
      } else if (fault instanceof Fault.CacheFlush f) {
        target(at, f.component(), EnumSet.of(ComponentType.CACHE, ComponentType.CDN));
      } else if (fault instanceof Fault.ReplicaLagSpike f) {
        target(at, f.component(), EnumSet.of(ComponentType.DATABASE));
        if (byId.get(f.component()) instanceof Database d && d.readReplicas().isEmpty()) {
          report(
              at + ".component",
              "found '"
                  + d.id()
                  + "', which has no read replicas; expected a database with replicas");
        }
      } else if (fault instanceof Fault.DependencySlowdown f) {
        target(at, f.component(), EnumSet.complementOf(EnumSet.of(ComponentType.USERS)));
      } else if (fault instanceof Fault.AzOutage f) {
        if (!design.regions().contains(f.zone().region())) {
          report(
              at + ".zone",
              "found "
                  + f.zone()
                  + "; expected a zone of the design's regions "
                  + design.regions());
        }
      } else if (fault instanceof Fault.RegionOutage f && !design.regions().contains(f.region())) {
        report(
            at + ".region",
            "found " + f.region() + "; expected one of the design's regions " + design.regions());
      }
    }
  }

  private void target(String at, String id, Set<ComponentType> types) {
    Component c = byId.get(id);
    if (c == null) {
      if (!brokenIds.contains(id)) {
        report(
            at + ".component",
            "found '"
                + id
                + "'; expected the id of a component"
                + Suggest.didYouMean(id, byId.keySet()));
      }
    } else if (!types.contains(c.type())) {
      report(
          at + ".component",
          "found '"
              + id
              + "', a "
              + c.type()
              + "; expected a "
              + String.join(" or ", types.stream().map(ComponentType::fileName).sorted().toList()));
    }
  }

  private void network() {
    List<Network.RegionLatency> rs = design.network().regions();
    for (int i = 0; i < rs.size(); i++) {
      Network.RegionLatency r = rs.get(i);
      String at = "network.regions[" + i + "]";
      if (r.from().equals(r.to())) {
        report(at + ".to", "found the same region at both ends; expected two different regions");
      }
    }
  }

  private static String callable(ComponentType type) {
    if (type.mayCall().isEmpty()) {
      return "a '" + type + "' component calls nothing, it only answers";
    }
    List<String> names = type.mayCall().stream().map(ComponentType::fileName).toList();
    return "a '" + type + "' component may call: " + String.join(", ", names);
  }

  private static String round(double v) {
    return String.valueOf(Math.round(v * 1e6) / 1e6);
  }

  void report(String field, String message) {
    problems.add(Problem.inDesign(field, message));
  }
}
