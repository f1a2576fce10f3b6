package io.scalelab.exporters.kubernetes;

import io.scalelab.exporters.terraform.OutputNames;
import io.scalelab.model.Design;
import io.scalelab.model.region.Region;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How design names become Kubernetes names, labels and environment variable names, and the names
 * the other exports share (the EKS cluster of a region).
 */
final class Names {

  /**
   * An RFC 1123 label: what a namespace, and an RFC 1035 label (starting with a letter) what a
   * Service name must be (Kubernetes docs, "Object Names and IDs"). Both at most 63 characters.
   */
  static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");

  /** The label Kubernetes recommends for the application's name ("Recommended Labels"). */
  static final String NAME_LABEL = "app.kubernetes.io/name";

  /** The recommended label for the higher-level application a workload is part of. */
  static final String PART_OF_LABEL = "app.kubernetes.io/part-of";

  /** The recommended label for the role of a workload in the architecture. */
  static final String COMPONENT_LABEL = "app.kubernetes.io/component";

  /** The recommended label for the tool that manages the objects. */
  static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  /** Our value of {@link #MANAGED_BY_LABEL}. */
  static final String MANAGED_BY = "scalelab";

  /** Annotation naming the EKS cluster an object is meant for. */
  static final String CLUSTER_ANNOTATION = "scalelab.io/eks-cluster";

  /** Annotation naming the design component an object was made from. */
  static final String COMPONENT_ANNOTATION = "scalelab.io/component";

  private Names() {}

  /**
   * The EKS cluster of {@code region}: the name the Terraform export gives it and outputs, and the
   * apply step looks for among the kubeconfig contexts ({@link OutputNames#eksCluster}).
   */
  static String cluster(Design design, Region region) {
    return OutputNames.eksCluster(design, region);
  }

  /**
   * The Kubernetes name of a component id or design name: lower case, '_' and '.' as '-'. Ids are
   * letters, digits, '-', '_' and '.', starting with a letter, at most 63 characters, so the result
   * is a DNS label unless it ends with '-' (checked by the caller).
   */
  static String kubernetes(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
  }

  /** Whether {@code name} may name a namespace or a Service. */
  static boolean isDnsLabel(String name) {
    return DNS_LABEL.matcher(name).matches();
  }

  /** An environment variable name for a component id: upper case, other characters as '_'. */
  static String env(String id) {
    return id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /**
   * The labels every object of a service carries: its name, the design it is part of, the component
   * role and who manages it. {@code app.kubernetes.io/instance} is left out on purpose: Argo CD
   * before 3.0 tracks its resources by that label and overwrites it with the Application name (Argo
   * CD docs, "Resource Tracking").
   */
  static Map<String, String> labels(String name, String partOf, String component) {
    Map<String, String> labels = new LinkedHashMap<>(selector(name, partOf));
    labels.put(COMPONENT_LABEL, component);
    labels.put(MANAGED_BY_LABEL, MANAGED_BY);
    return labels;
  }

  /**
   * The labels that select a service's pods: its name and the design. Kept to two because a
   * Deployment's selector cannot change after it is created.
   */
  static Map<String, String> selector(String name, String partOf) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NAME_LABEL, name);
    labels.put(PART_OF_LABEL, partOf);
    return labels;
  }
}
