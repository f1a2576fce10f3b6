package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.exporters.kubernetes.KubernetesOptions.Routing;
import io.scalelab.model.Design;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Ingress that is a design load balancer whose targets are all EKS services on one cluster: the
 * ingress controller makes the load balancer (Terraform makes no {@code aws_lb} for it).
 */
final class Ingresses {

  /**
   * The ALB controller's annotation prefix (AWS Load Balancer Controller, "Ingress annotations").
   */
  static final String ALB = "alb.ingress.kubernetes.io/";

  /** ingress-nginx's annotation prefix (ingress-nginx, "Annotations"). */
  static final String NGINX = "nginx.ingress.kubernetes.io/";

  /** The action (and backend name) of the weighted split between services. */
  static final String SPLIT_ACTION = "split-by-share";

  /**
   * ALB weights are integers 0 to 999 (Elastic Load Balancing API, "TargetGroupTuple"); shares
   * become per-mille weights, 1000 would be out of range, so percent.
   */
  static final int WEIGHT_SCALE = 100;

  private Ingresses() {}

  /**
   * Whether {@code lb} becomes an Ingress: it sends to something, and only to EKS services of its
   * own region (the cluster the Ingress is in).
   */
  static boolean made(Design design, LoadBalancer lb) {
    List<Connection> out =
        design.connections().stream().filter(x -> x.from().equals(lb.id())).toList();
    return !out.isEmpty()
        && out.stream()
            .allMatch(
                x ->
                    design
                        .component(x.to())
                        .filter(t -> t instanceof Service s && s.platform() == Service.Platform.EKS)
                        .filter(t -> t.region().equals(lb.region()))
                        .isPresent());
  }

  /**
   * The Ingress of {@code lb}.
   *
   * @param targets the load balancer's connections to EKS services on the cluster: service and
   *     share of requests
   */
  static Doc ingress(Cluster c, LoadBalancer lb, Map<Service, Double> targets) {
    KubernetesOptions o = c.options();
    String name = c.name(lb.id());
    boolean split = targets.size() > 1 && o.routing() == Routing.SHARES;
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(Names.COMPONENT_ANNOTATION, lb.id());
    int timeout =
        targets.keySet().stream()
            .mapToInt(s -> Quantities.seconds(s.timeout()))
            .max()
            .orElseThrow();
    if (o.ingressClass() == IngressClass.ALB) {
      AlbAnnotations.put(c, lb, timeout, annotations);
      if (split) {
        annotations.put(ALB + "actions." + SPLIT_ACTION, AlbAnnotations.split(c, targets) + "\n");
      }
    } else {
      annotations.put(NGINX + "proxy-read-timeout", Integer.toString(timeout));
      annotations.put(NGINX + "proxy-send-timeout", Integer.toString(timeout));
      if (lb.algorithm() == LoadBalancer.Algorithm.LEAST_OUTSTANDING_REQUESTS) {
        annotations.put(NGINX + "load-balance", "ewma");
      }
    }
    var ingress =
        new IngressBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(c.labels(lb.id(), "load-balancer"))
            .withAnnotations(annotations)
            .endMetadata()
            .withNewSpec()
            .withIngressClassName(o.ingressClass().className())
            .addNewRule()
            .withNewHttp()
            .withPaths(split ? List.of(splitPath()) : paths(c, targets))
            .endHttp()
            .endRule()
            .endSpec()
            .build();
    return new Doc(ingress, header(c, lb, targets, split), comments(o));
  }

  private static Map<String, List<String>> comments(KubernetesOptions o) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    if (o.ingressClass() == IngressClass.ALB) {
      String a = "metadata.annotations." + ALB;
      m.put(a + "target-type", List.of("Straight to the pod IPs (VPC CNI), no NodePort hop."));
      m.put(a + "target-group-attributes", List.of("The design's load-balancing algorithm."));
      m.put(
          a + "load-balancer-attributes",
          List.of("Idle timeout: the longest request timeout of the services behind it."));
      m.put(a + "tags", List.of("The tags the Terraform export puts on everything."));
    } else {
      m.put(
          "metadata.annotations." + NGINX + "proxy-read-timeout",
          List.of("The longest request timeout of the services behind it."));
    }
    return m;
  }

  private static HTTPIngressPath splitPath() {
    return new HTTPIngressPathBuilder()
        .withPath("/")
        .withPathType("Prefix")
        .withNewBackend()
        .withNewService()
        .withName(SPLIT_ACTION)
        .withNewPort()
        .withName("use-annotation")
        .endPort()
        .endService()
        .endBackend()
        .build();
  }

  /** One prefix per service; the service with the largest share also takes everything else. */
  private static List<HTTPIngressPath> paths(Cluster c, Map<Service, Double> targets) {
    List<HTTPIngressPath> paths = new ArrayList<>();
    Service largest =
        targets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<Service> ordered = new ArrayList<>(targets.keySet());
    ordered.sort(Comparator.comparing(s -> c.name(s.id())));
    if (targets.size() > 1) {
      for (Service s : ordered) {
        paths.add(path(c, "/" + c.name(s.id()), s));
      }
    }
    paths.add(path(c, "/", largest));
    return paths;
  }

  private static HTTPIngressPath path(Cluster c, String prefix, Service s) {
    return new HTTPIngressPathBuilder()
        .withPath(prefix)
        .withPathType("Prefix")
        .withNewBackend()
        .withNewService()
        .withName(c.name(s.id()))
        .withNewPort()
        .withName(Workloads.PORT_NAME)
        .endPort()
        .endService()
        .endBackend()
        .build();
  }

  private static List<String> header(
      Cluster c, LoadBalancer lb, Map<Service, Double> targets, boolean split) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Design load balancer \""
            + lb.id()
            + "\", made by the "
            + (c.options().ingressClass() == IngressClass.ALB
                ? "AWS Load Balancer Controller (an ALB; Terraform makes no aws_lb for it)."
                : "ingress-nginx controller (behind the load balancer of its own Service)."));
    if (split) {
      lines.add(
          "Routing: the ALB splits requests between the services by the design's shares"
              + " (weighted target groups, the "
              + SPLIT_ACTION
              + " action).");
    } else if (targets.size() > 1) {
      lines.add(
          "Routing: by path, /<service> to each service and / to the one with the largest"
              + " share; the design's shares are what the simulation assumed each path carries.");
    }
    return lines;
  }
}
