package io.scalelab.exporters.kubernetes;

import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kubernetes and Argo CD export of a design: for every region with EKS services, a folder
 * {@code <region>/} that {@code kubectl kustomize} builds (namespace, per service a ConfigMap,
 * Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget, an Ingress per load
 * balancer in front of them), and {@code argocd/<region>.yaml}, the Argo CD Application that syncs
 * it, kept out of the kustomization. The EKS cluster of a region is {@code <design name>-<region>},
 * as the Terraform export names it. Linear in the design's components and connections.
 */
public final class KubernetesExport {

  /** The export kind, naming its manifest in the output folder. */
  public static final String KIND = "kubernetes";

  /** The folder of the Argo CD Applications. */
  public static final String ARGO_FOLDER = "argocd";

  private KubernetesExport() {}

  /**
   * The files of the export, in memory; write them with {@code ExportDirectory.write}.
   *
   * @return the files (none when the design has no EKS service) and the warnings to show the user
   * @throws ExportException when the design cannot be written as Kubernetes objects: a design name
   *     that is no namespace name (and no namespace given), two ids that become the same Kubernetes
   *     name, an image given for a service that is not on EKS
   */
  public static Result generate(Design design, KubernetesOptions options) throws ExportException {
    Map<Region, List<Service>> byRegion = eksServices(design);
    List<String> warnings = new ArrayList<>();
    if (byRegion.isEmpty()) {
      warnings.add(
          "design "
              + design.name()
              + " has no EKS service (platform: eks): there is nothing to"
              + " export for Kubernetes.");
      return new Result(new GeneratedFiles(KIND, Map.of()), warnings);
    }
    checkImages(options, byRegion);
    checkNames(design);
    String namespace = namespace(design, options);
    Map<String, String> files = new LinkedHashMap<>();
    List<String> withoutImage = new ArrayList<>();
    for (Map.Entry<Region, List<Service>> e : byRegion.entrySet()) {
      Cluster cluster = new Cluster(design, options, e.getKey(), namespace, e.getValue());
      String folder = e.getKey().code() + "/";
      new ClusterFiles(cluster, warnings, withoutImage)
          .files()
          .forEach((f, text) -> files.put(folder + f, text));
      files.put(
          ARGO_FOLDER + "/" + e.getKey().code() + ".yaml",
          YamlText.write(ArgoApplications.of(cluster)));
    }
    if (!withoutImage.isEmpty()) {
      warnings.add(
          "no image given for "
              + String.join(", ", withoutImage)
              + ": the Deployments name the"
              + " logical image (the service id), which the cluster would pull from Docker Hub;"
              + " give each service's image, or an image registry and tag.");
    }
    if (options.repoUrl().isEmpty()) {
      warnings.add(
          "no Git repository given: the Argo CD Applications in "
              + ARGO_FOLDER
              + "/ have the"
              + " placeholder repoURL "
              + ArgoApplications.NO_REPOSITORY
              + "; give the"
              + " repository URL and export again.");
    }
    if (options.imageRegistry().isPresent() && options.imageTag().isEmpty()) {
      warnings.add(
          "an image registry but no image tag: the pods pull :latest, which Argo CD cannot tell"
              + " apart between builds; give an image tag.");
    }
    return new Result(new GeneratedFiles(KIND, files), List.copyOf(warnings));
  }

  private static Map<Region, List<Service>> eksServices(Design design) {
    Map<Region, List<Service>> byRegion = new TreeMap<>();
    for (Component c : design.components()) {
      if (c instanceof Service && ((Service) c).platform() == Service.Platform.EKS) {
        byRegion.computeIfAbsent(c.region(), r -> new ArrayList<>()).add((Service) c);
      }
    }
    return byRegion;
  }

  private static String namespace(Design design, KubernetesOptions options) throws ExportException {
    if (options.namespace().isPresent()) {
      return options.namespace().get();
    }
    String name = Names.kubernetes(design.name());
    if (!Names.isDnsLabel(name)) {
      throw new ExportException(
          "design name '"
              + design.name()
              + "' is not a Kubernetes namespace name (a-z, 0-9, '-',"
              + " at most 63, starting with a letter); give a namespace.");
    }
    return name;
  }

  private static void checkImages(KubernetesOptions options, Map<Region, List<Service>> byRegion)
      throws ExportException {
    for (String id : options.images().keySet()) {
      boolean known =
          byRegion.values().stream().flatMap(List::stream).anyMatch(s -> s.id().equals(id));
      if (!known) {
        throw new ExportException(
            "an image is given for '" + id + "', which is not an EKS service of the design.");
      }
    }
  }

  /**
   * The ids of EKS services and load balancers become Kubernetes names; two that become one, or one
   * that is no name, are refused.
   */
  private static void checkNames(Design design) throws ExportException {
    Map<String, String> seen = new HashMap<>();
    for (Component c : design.components()) {
      boolean exported =
          c instanceof LoadBalancer
              || (c instanceof Service && ((Service) c).platform() == Service.Platform.EKS);
      if (!exported) {
        continue;
      }
      String name = Names.kubernetes(c.id());
      if (!Names.isDnsLabel(name)) {
        throw new ExportException(
            "component id '"
                + c.id()
                + "' gives the Kubernetes name '"
                + name
                + "', which must"
                + " end with a letter or digit; rename the component.");
      }
      String other = seen.putIfAbsent(name, c.id());
      if (other != null) {
        throw new ExportException(
            "components '"
                + other
                + "' and '"
                + c.id()
                + "' both become the Kubernetes name '"
                + name
                + "'; rename one.");
      }
    }
  }

  /**
   * An export's files and what the user should know about them.
   *
   * @param files the files, kind {@value #KIND}
   * @param warnings one line each: what is missing or was decided for the user
   */
  public record Result(GeneratedFiles files, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }
}
