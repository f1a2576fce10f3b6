package io.scalelab.exporters.terraform;

import io.scalelab.model.Design;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of the Terraform root outputs that hold the address of a component: the one rule the
 * Terraform export writes its outputs by and the Kubernetes export's ConfigMaps name them by. A
 * name is {@code <component id>_<what>}, the id in lower case with every character other than a
 * letter, digit or '_' as '_' (an output name is an identifier), e.g. {@code cache-mumbai} → {@code
 * cache_mumbai_endpoint}.
 *
 * <p>A name exists only for an address Terraform creates. There is none for an EKS service (its
 * Service is the Kubernetes export's), a load balancer the Kubernetes Ingress makes, a database
 * that runs in containers on a host, nor for an EC2 service without a load balancer of its own (its
 * instances come and go in an Auto Scaling group).
 */
public final class OutputNames {

  private OutputNames() {}

  /**
   * The EKS cluster of {@code region} with the default name prefix: {@code <design name,
   * slugged>-<region>}, e.g. {@code phase-4-global-us-east-1}; a design name of more than 32
   * characters is shortened with a hash, so that every name built on it fits AWS's limits. The
   * Terraform export names the cluster so and outputs it; the Kubernetes export writes it into each
   * kustomization and Argo CD Application; the apply step looks for it among the kubeconfig
   * contexts.
   */
  public static String eksCluster(Design design, Region region) {
    return Naming.designPrefix(design.name()) + "-" + region.code();
  }

  /**
   * The output with the address callers use for {@code target}: the writer endpoint of a database,
   * the endpoint of a cache, the URL of a queue, the ARN of a topic, the name of a stream, table,
   * bucket or Lambda function, the invoke URL of an API, the DNS name of a load balancer Terraform
   * makes, the URL of an EC2 service a load balancer of its own fronts. A service that runs on a
   * {@code host} is reached at its host's address.
   *
   * @return the output's name, empty when Terraform makes no address for {@code target}
   */
  public static Optional<String> address(Design design, Component target) {
    if (target instanceof Service s) {
      if (s.host().isPresent()) {
        return design.component(s.host().get()).flatMap(h -> address(design, h));
      }
      return serviceAddress(design, s);
    }
    if (target instanceof Database d) {
      return d.host().isPresent() ? Optional.empty() : name(d, "endpoint");
    }
    if (target instanceof LoadBalancer lb) {
      return ec2Targets(design, lb).isEmpty() ? Optional.empty() : name(lb, "dns_name");
    }
    return name(target, suffix(target));
  }

  /**
   * The output with the reader endpoint of {@code database} in {@code region}, for connections that
   * read: {@code <id>_reader_endpoint} in the database's own region, {@code
   * <id>_<region>_reader_endpoint} for its replicas (or Aurora secondary cluster) in another.
   *
   * @return the output's name, empty when the database has no replica in {@code region} or runs on
   *     a host
   */
  public static Optional<String> readerAddress(Database database, Region region) {
    boolean replica = database.readReplicas().stream().anyMatch(r -> r.region().equals(region));
    if (!replica || database.host().isPresent()) {
      return Optional.empty();
    }
    String where = database.region().equals(region) ? "" : "_" + identifier(region.code());
    return Optional.of(identifier(database.id()) + where + "_reader_endpoint");
  }

  /**
   * The output with the endpoint of the DAX cluster in front of {@code table}, {@code
   * <id>_dax_endpoint}; empty when the table has none.
   */
  public static Optional<String> daxAddress(KeyValueStore table) {
    return table.dax().isPresent() ? name(table, "dax_endpoint") : Optional.empty();
  }

  /**
   * The load balancer that sends to {@code service} and to nothing else, the first in design order:
   * its DNS name is the service's address. Empty when there is none.
   */
  static Optional<LoadBalancer> ownLoadBalancer(Design design, Service service) {
    for (Component c : design.components()) {
      if (c instanceof LoadBalancer lb) {
        List<Connection> out = from(design, lb.id());
        if (!out.isEmpty() && out.stream().allMatch(x -> x.to().equals(service.id()))) {
          return Optional.of(lb);
        }
      }
    }
    return Optional.empty();
  }

  /** The connections from a load balancer to EC2 services: with one, Terraform makes it. */
  static List<Connection> ec2Targets(Design design, LoadBalancer lb) {
    return from(design, lb.id()).stream()
        .filter(c -> design.component(c.to()).filter(Plan::isEc2).isPresent())
        .toList();
  }

  private static Optional<String> serviceAddress(Design design, Service s) {
    return switch (s.platform()) {
      case LAMBDA -> name(s, "function_name");
      case EC2 -> ownLoadBalancer(design, s).isPresent() ? name(s, "url") : Optional.empty();
      case EKS -> Optional.empty();
    };
  }

  /** What the output of a component without choices holds; empty for the global services. */
  private static String suffix(Component c) {
    if (c instanceof Cache) {
      return "endpoint";
    }
    if (c instanceof Queue) {
      return "queue_url";
    }
    if (c instanceof Topic) {
      return "topic_arn";
    }
    if (c instanceof Stream) {
      return "stream_name";
    }
    if (c instanceof KeyValueStore) {
      return "table_name";
    }
    if (c instanceof ObjectStore) {
      return "bucket_name";
    }
    if (c instanceof ApiGateway) {
      return "invoke_url";
    }
    // Users, DNS, CDN and WAF: no service calls them (ComponentType.mayCall), no address output.
    return "";
  }

  private static Optional<String> name(Component c, String what) {
    return what.isEmpty() ? Optional.empty() : Optional.of(identifier(c.id()) + "_" + what);
  }

  private static List<Connection> from(Design design, String id) {
    return design.connections().stream().filter(c -> c.from().equals(id)).toList();
  }

  private static String identifier(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }
}
