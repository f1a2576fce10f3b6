package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one cluster's folder: a namespace, one file per EKS service (ConfigMap, Deployment,
 * Service, HPA, PodDisruptionBudget), one per load balancer that becomes an Ingress, and the
 * kustomization that lists them. Warnings go to the list the caller gives.
 */
final class ClusterFiles {

  /** The Pod Security Standard the namespace enforces; the pods are written to meet it. */
  static final String POD_SECURITY_LEVEL = "restricted";

  private final Cluster c;
  private final List<String> warnings;
  private final List<String> withoutImage;

  /**
   * The files of {@code cluster}; warnings are added to {@code warnings}, the ids of services with
   * no image to {@code withoutImage}.
   */
  ClusterFiles(Cluster cluster, List<String> warnings, List<String> withoutImage) {
    this.c = cluster;
    this.warnings = warnings;
    this.withoutImage = withoutImage;
  }

  /** Relative path (inside the region folder) to text, in kustomization order. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("namespace.yaml", YamlText.write(namespace()));
    for (Service s : c.services()) {
      files.put(c.name(s.id()) + ".yaml", YamlText.write(serviceDocs(s)));
    }
    for (Component component : c.design().components()) {
      if (component instanceof LoadBalancer && component.region().equals(c.region())) {
        ingress((LoadBalancer) component)
            .ifPresent(doc -> files.put(c.name(component.id()) + ".yaml", YamlText.write(doc)));
      }
    }
    List<String> resources = new ArrayList<>(files.keySet());
    files.put("kustomization.yaml", YamlText.write(Kustomizations.of(c, resources, withoutImage)));
    return files;
  }

  private Doc namespace() {
    var ns =
        new NamespaceBuilder()
            .withMetadata(
                new ObjectMetaBuilder()
                    .withName(c.namespace())
                    .addToLabels(Names.PART_OF_LABEL, c.namespace())
                    .addToLabels(Names.MANAGED_BY_LABEL, Names.MANAGED_BY)
                    .addToLabels("pod-security.kubernetes.io/enforce", POD_SECURITY_LEVEL)
                    .build())
            .build();
    return Doc.of(
        ns,
        List.of(
            "The namespace of design "
                + c.design().name()
                + "; Pod Security Standard \""
                + POD_SECURITY_LEVEL
                + "\" enforced (the pods are written to meet it)."));
  }

  private List<Doc> serviceDocs(Service s) {
    List<Doc> docs = new ArrayList<>();
    ConfigMap config = ServiceConfig.configMap(c, s);
    docs.add(ServiceConfig.doc(c, s));
    warnings.addAll(ServiceConfig.warnings(c, s));
    docs.add(Workloads.deployment(c, s, ServiceConfig.hash(config)));
    docs.add(Workloads.service(c, s));
    if (s.scaling() instanceof Service.Scaling.Autoscaled) {
      Service.Scaling.Autoscaled a = (Service.Scaling.Autoscaled) s.scaling();
      docs.add(Autoscaling.hpa(c, s, a));
      autoscalingWarnings(s, a);
    }
    var pdb = Autoscaling.pdb(c, s);
    if (pdb.isPresent()) {
      docs.add(pdb.get());
    } else {
      warnings.add(
          s.id()
              + " runs a single pod at its minimum: no PodDisruptionBudget (one could only"
              + " block node drains); a drain or node failure stops it until a new pod is ready."
              + " Set its minimum to 2 or more for availability.");
    }
    return docs;
  }

  private void autoscalingWarnings(Service s, Service.Scaling.Autoscaled a) {
    if (a.metric() == Service.Metric.REQUEST_RATE) {
      warnings.add(
          s.id()
              + " scales on request rate: its HPA reads the pods metric "
              + Autoscaling.REQUEST_RATE_METRIC
              + ", which needs a custom metrics adapter"
              + " (e.g. prometheus-adapter) in the cluster.");
    } else if (a.target() != Math.rint(a.target())) {
      warnings.add(
          s.id()
              + "'s cpu target "
              + Quantities.decimal(a.target())
              + "% is written as "
              + Math.round(a.target())
              + "%: the HPA takes whole percentages.");
    }
  }

  private java.util.Optional<Doc> ingress(LoadBalancer lb) {
    Map<Service, Double> targets = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (Connection call : c.design().connections()) {
      if (call.from().equals(lb.id())) {
        var local = c.service(call.to());
        if (local.isPresent()) {
          targets.merge(local.get(), call.share(), Double::sum);
        } else {
          others.add(call.to());
        }
      }
    }
    if (targets.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (!others.isEmpty()) {
      warnings.add(
          "load balancer "
              + lb.id()
              + " also sends to "
              + String.join(", ", others)
              + " (not EKS services on "
              + c.name()
              + "): no Ingress for it; Terraform makes"
              + " the ALB, and "
              + String.join(", ", targets.keySet().stream().map(Service::id).toList())
              + " must join it through a TargetGroupBinding of the AWS Load Balancer Controller.");
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Ingresses.ingress(c, lb, targets));
  }
}
