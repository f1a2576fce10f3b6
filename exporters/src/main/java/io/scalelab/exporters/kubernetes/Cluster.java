package io.scalelab.exporters.kubernetes;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region's EKS cluster as the export sees it: the design, the options, the namespace and the
 * EKS services that run there.
 *
 * @param design the whole design (connections cross regions)
 * @param options the export options
 * @param region the cluster's region
 * @param namespace the namespace of every object
 * @param services the region's EKS services, in design order
 */
record Cluster(
    Design design,
    KubernetesOptions options,
    Region region,
    String namespace,
    List<Service> services) {

  /**
   * The cluster DNS domain: {@code cluster.local}, the kubelet's and CoreDNS's default and what EKS
   * uses (Kubernetes docs, "DNS for Services and Pods").
   */
  static final String CLUSTER_DOMAIN = "cluster.local";

  /** HTTP's well-known port, which a URL leaves out (RFC 9110, "http URI Scheme"). */
  static final int HTTP_PORT = 80;

  Cluster {
    services = List.copyOf(services);
  }

  /** The EKS cluster's name, {@code <design name>-<region>}. */
  String name() {
    return Names.cluster(design, region);
  }

  /** The Kubernetes name of a component id. */
  String name(String id) {
    return Names.kubernetes(id);
  }

  /** The service with this id if it runs on this cluster. */
  Optional<Service> service(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The component with this id (it exists: the design has been checked). */
  Component component(String id) {
    return design
        .component(id)
        .orElseThrow(() -> new IllegalArgumentException("no component " + id));
  }

  /** The in-cluster URL of a service on this cluster. */
  String url(Service service) {
    int port = options.servicePort();
    String host = name(service.id()) + "." + namespace + ".svc." + CLUSTER_DOMAIN;
    return "http://" + host + (port == HTTP_PORT ? "" : ":" + port);
  }

  /** The labels of the objects made for a component. */
  Map<String, String> labels(String id, String role) {
    return Names.labels(name(id), namespace, role);
  }
}
