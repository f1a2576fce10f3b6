package io.scalelab.exporters.kubernetes;

import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The AWS Load Balancer Controller annotations of an Ingress. */
final class AlbAnnotations {

  private static final String ALB = Ingresses.ALB;

  private AlbAnnotations() {}

  /** The annotations every ALB Ingress gets, added to {@code out}. */
  static void put(Cluster c, LoadBalancer lb, int idleTimeoutSeconds, Map<String, String> out) {
    KubernetesOptions o = c.options();
    out.put(ALB + "scheme", lb.internal() ? "internal" : "internet-facing");
    out.put(ALB + "target-type", "ip");
    out.put(ALB + "healthcheck-path", o.readinessPath());
    out.put(
        ALB + "target-group-attributes",
        "load_balancing.algorithm.type="
            + (lb.algorithm() == LoadBalancer.Algorithm.LEAST_OUTSTANDING_REQUESTS
                ? "least_outstanding_requests"
                : "round_robin"));
    out.put(ALB + "load-balancer-attributes", "idle_timeout.timeout_seconds=" + idleTimeoutSeconds);
    out.put(
        ALB + "tags", "scalelab:design=" + c.design().name() + ",scalelab:component=" + lb.id());
    if (o.certificateArn().isPresent()) {
      out.put(
          ALB + "listen-ports",
          YamlText.json(List.of(Map.of("HTTP", 80), Map.of("HTTPS", 443))) + "\n");
      out.put(ALB + "certificate-arn", o.certificateArn().get());
      out.put(ALB + "ssl-redirect", "443");
    } else {
      out.put(ALB + "listen-ports", YamlText.json(List.of(Map.of("HTTP", 80))) + "\n");
    }
  }

  /** The forward action that splits requests between {@code targets} by their shares. */
  static String split(Cluster c, Map<Service, Double> targets) {
    double total = targets.values().stream().mapToDouble(Double::doubleValue).sum();
    List<TargetGroup> groups = new ArrayList<>();
    targets.forEach(
        (s, share) ->
            groups.add(
                new TargetGroup(
                    c.name(s.id()),
                    Workloads.PORT_NAME,
                    (int) Math.round(Ingresses.WEIGHT_SCALE * share / total))));
    return YamlText.json(new Action("forward", new ForwardConfig(groups)));
  }

  /** The controller's action JSON ("advanced schema"). */
  record Action(String type, ForwardConfig forwardConfig) {}

  /** Target groups of a forward action. */
  record ForwardConfig(List<TargetGroup> targetGroups) {}

  /** A Kubernetes Service as a weighted target group. */
  record TargetGroup(String serviceName, String servicePort, int weight) {}
}
