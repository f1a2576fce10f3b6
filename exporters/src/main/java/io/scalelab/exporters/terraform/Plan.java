package io.scalelab.exporters.terraform;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A design read for export: which regions get a regional stamp, what each holds, and the
 * connections between components. Components that run on another's {@code host} are not exported on
 * their own: they are processes on the host's instances.
 */
final class Plan {

  final Design design;
  final TerraformOptions options;
  final String prefix;
  final List<Region> regions;

  private final java.util.Map<Region, List<NodeGroups.NodeGroup>> nodeGroups =
      new java.util.HashMap<>();

  /**
   * Reads a design for export.
   *
   * @throws TerraformException when something in it cannot be written as Terraform
   */
  static Plan of(Design design, TerraformOptions options) throws TerraformException {
    Plan p = new Plan(design, options);
    for (Region r : p.regions) {
      p.nodeGroups.put(r, NodeGroups.of(p, r));
    }
    Exportable.check(p);
    return p;
  }

  /** The EKS node groups of a region, empty without EKS services. */
  List<NodeGroups.NodeGroup> nodeGroups(Region region) {
    return nodeGroups.getOrDefault(region, List.of());
  }

  private Plan(Design design, TerraformOptions options) {
    this.design = design;
    this.options = options;
    this.prefix =
        options.namePrefix().isEmpty() ? Naming.designPrefix(design.name()) : options.namePrefix();
    Set<Region> used = new LinkedHashSet<>();
    for (Region r : design.regions()) {
      for (Component c : exported()) {
        if (c.region().equals(r)) {
          used.add(r);
        }
      }
      for (Database d : all(Database.class)) {
        d.readReplicas().stream().filter(x -> x.region().equals(r)).forEach(x -> used.add(r));
      }
    }
    this.regions = List.copyOf(used);
  }

  /** Components with an AWS resource of their own: not user origins, not hosted ones. */
  List<Component> exported() {
    List<Component> out = new ArrayList<>();
    for (Component c : design.components()) {
      if (c instanceof UserOrigin || hosted(c)) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  /** Whether a component runs on another service's instances. */
  static boolean hosted(Component c) {
    if (c instanceof Service s) {
      return s.host().isPresent();
    }
    return c instanceof Database d && d.host().isPresent();
  }

  /** Exported components of a type, in design order. */
  <T extends Component> List<T> all(Class<T> type) {
    return exported().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Exported components of a type in a region, in design order. */
  <T extends Component> List<T> in(Class<T> type, Region region) {
    return all(type).stream().filter(c -> c.region().equals(region)).toList();
  }

  /** Exported services of a platform in a region. */
  List<Service> services(Service.Platform platform, Region region) {
    return in(Service.class, region).stream().filter(s -> s.platform() == platform).toList();
  }

  /** Exported services of a platform anywhere. */
  List<Service> services(Service.Platform platform) {
    return all(Service.class).stream().filter(s -> s.platform() == platform).toList();
  }

  /** The component with this id. */
  Optional<Component> component(String id) {
    return design.component(id);
  }

  /** Connections out of a component. */
  List<Connection> from(String id) {
    return design.connections().stream().filter(c -> c.from().equals(id)).toList();
  }

  /** Connections into a component. */
  List<Connection> to(String id) {
    return design.connections().stream().filter(c -> c.to().equals(id)).toList();
  }

  /**
   * The component that really serves calls to {@code id}: the component itself, or for a hosted one
   * its host.
   */
  String serving(String id) {
    Optional<Component> c = component(id);
    if (c.isPresent() && c.get() instanceof Service s && s.host().isPresent()) {
      return s.host().get();
    }
    return id;
  }

  /**
   * Exported services that call {@code id} (directly, or through a hosted service, or with {@code
   * id} as the {@code via} cache), as the ids of what runs them, in design order.
   */
  List<String> clients(String id) {
    Set<String> out = new LinkedHashSet<>();
    for (Connection c : design.connections()) {
      if (c.to().equals(id) || c.via().filter(id::equals).isPresent()) {
        Optional<Component> caller = component(serving(c.from()));
        if (caller.isPresent() && caller.get() instanceof Service) {
          out.add(caller.get().id());
        }
      }
    }
    return List.copyOf(out);
  }

  /** The zones the design names in a region, sorted. */
  List<String> zones(Region region) {
    Set<String> zones = new TreeSet<>();
    for (Component c : exported()) {
      if (c.region().equals(region)) {
        c.zones().stream().map(AvailabilityZone::name).forEach(zones::add);
      }
    }
    return List.copyOf(zones);
  }

  /** Load balancers with at least one EC2 target (Terraform creates those). */
  List<LoadBalancer> terraformLoadBalancers(Region region) {
    return in(LoadBalancer.class, region).stream().filter(lb -> !ec2Targets(lb).isEmpty()).toList();
  }

  /** The EC2 services behind a load balancer, with the connection into each. */
  List<Connection> ec2Targets(LoadBalancer lb) {
    return OutputNames.ec2Targets(design, lb);
  }

  /** The EKS services behind a load balancer. */
  List<String> eksTargets(LoadBalancer lb) {
    return from(lb.id()).stream()
        .map(Connection::to)
        .filter(t -> component(t).filter(Plan::isEks).isPresent())
        .toList();
  }

  static boolean isEc2(Component c) {
    return c instanceof Service s && s.platform() == Service.Platform.EC2;
  }

  static boolean isEks(Component c) {
    return c instanceof Service s && s.platform() == Service.Platform.EKS;
  }

  /** {@code <prefix>-<region>}: the regional name, and the EKS cluster name. */
  String regionalName(Region region) {
    return prefix + "-" + region.code();
  }

  /** An AWS name for a component in a region, within {@code maxLength}. */
  String awsName(int maxLength, Region region, String id) {
    return Naming.aws(maxLength, regionalName(region), id);
  }
}
