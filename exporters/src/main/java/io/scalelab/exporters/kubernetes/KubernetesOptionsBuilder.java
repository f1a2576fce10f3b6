package io.scalelab.exporters.kubernetes;

import io.scalelab.exporters.kubernetes.KubernetesOptions.ArgoDestination;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.exporters.kubernetes.KubernetesOptions.Routing;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link KubernetesOptions}, starting from the defaults. Routing, unless set, follows the
 * ingress class: {@link Routing#SHARES} for the ALB, {@link Routing#PATHS} for NGINX.
 */
public final class KubernetesOptionsBuilder {

  private Optional<String> namespace = Optional.empty();
  private IngressClass ingressClass = IngressClass.ALB;
  private Optional<Routing> routing = Optional.empty();
  private int containerPort = KubernetesOptions.DEFAULT_CONTAINER_PORT;
  private int servicePort = KubernetesOptions.DEFAULT_SERVICE_PORT;
  private String readinessPath = KubernetesOptions.DEFAULT_HEALTH_PATH;
  private String livenessPath = KubernetesOptions.DEFAULT_HEALTH_PATH;
  private final Map<String, String> images = new LinkedHashMap<>();
  private Optional<String> imageRegistry = Optional.empty();
  private Optional<String> imageTag = Optional.empty();
  private Optional<String> repoUrl = Optional.empty();
  private String revision = KubernetesOptions.DEFAULT_REVISION;
  private String repoPath = KubernetesOptions.DEFAULT_REPO_PATH;
  private boolean repoPathGiven;
  private String argoNamespace = KubernetesOptions.DEFAULT_ARGO_NAMESPACE;
  private String argoProject = KubernetesOptions.DEFAULT_ARGO_PROJECT;
  private ArgoDestination argoDestination = ArgoDestination.CLUSTER_NAME;
  private Optional<String> certificateArn = Optional.empty();

  KubernetesOptionsBuilder() {}

  /** The namespace of every object (default: the design name). */
  public KubernetesOptionsBuilder namespace(String value) {
    namespace = Optional.of(value);
    return this;
  }

  /** The ingress controller (default ALB). */
  public KubernetesOptionsBuilder ingressClass(IngressClass value) {
    ingressClass = value;
    return this;
  }

  /** How an Ingress splits requests (default: shares for ALB, paths for NGINX). */
  public KubernetesOptionsBuilder routing(Routing value) {
    routing = Optional.of(value);
    return this;
  }

  /** The containers' port (default {@value KubernetesOptions#DEFAULT_CONTAINER_PORT}). */
  public KubernetesOptionsBuilder containerPort(int value) {
    containerPort = value;
    return this;
  }

  /** The Services' port (default {@value KubernetesOptions#DEFAULT_SERVICE_PORT}). */
  public KubernetesOptionsBuilder servicePort(int value) {
    servicePort = value;
    return this;
  }

  /** The readiness probe's path (default {@value KubernetesOptions#DEFAULT_HEALTH_PATH}). */
  public KubernetesOptionsBuilder readinessPath(String value) {
    readinessPath = value;
    return this;
  }

  /**
   * The liveness and startup probes' path (default {@value KubernetesOptions#DEFAULT_HEALTH_PATH}).
   */
  public KubernetesOptionsBuilder livenessPath(String value) {
    livenessPath = value;
    return this;
  }

  /** The image of one service, a full reference ({@code registry/name:tag} or a digest). */
  public KubernetesOptionsBuilder image(String serviceId, String reference) {
    images.put(serviceId, reference);
    return this;
  }

  /** The registry of the images the export names after their services. */
  public KubernetesOptionsBuilder imageRegistry(String value) {
    imageRegistry = Optional.of(value);
    return this;
  }

  /** The tag of the images built from the registry. */
  public KubernetesOptionsBuilder imageTag(String value) {
    imageTag = Optional.of(value);
    return this;
  }

  /** The Git repository Argo CD syncs from. */
  public KubernetesOptionsBuilder repoUrl(String value) {
    repoUrl = Optional.of(value);
    return this;
  }

  /** The revision Argo CD follows (default {@value KubernetesOptions#DEFAULT_REVISION}). */
  public KubernetesOptionsBuilder revision(String value) {
    revision = value;
    return this;
  }

  /**
   * The export's folder in the repository (default {@value KubernetesOptions#DEFAULT_REPO_PATH}).
   */
  public KubernetesOptionsBuilder repoPath(String value) {
    repoPath = value;
    repoPathGiven = true;
    return this;
  }

  /**
   * Fills what was not given from where the export's folder sits in Git: the repository URL from
   * its {@code origin} remote, the path from the folder's place below the repository's top (kept at
   * the default when the folder is the top). Call after {@link #repoUrl} and {@link #repoPath}.
   */
  public KubernetesOptionsBuilder gitDefaults(Optional<GitLocation> git) {
    if (repoUrl.isEmpty()) {
      repoUrl = git.flatMap(GitLocation::remote);
    }
    if (!repoPathGiven) {
      git.map(GitLocation::path).filter(p -> !p.isEmpty()).ifPresent(p -> repoPath = p);
    }
    return this;
  }

  /** Argo CD's namespace (default {@value KubernetesOptions#DEFAULT_ARGO_NAMESPACE}). */
  public KubernetesOptionsBuilder argoNamespace(String value) {
    argoNamespace = value;
    return this;
  }

  /** The Argo CD project (default {@value KubernetesOptions#DEFAULT_ARGO_PROJECT}). */
  public KubernetesOptionsBuilder argoProject(String value) {
    argoProject = value;
    return this;
  }

  /** How Applications name their cluster (default by cluster name). */
  public KubernetesOptionsBuilder argoDestination(ArgoDestination value) {
    argoDestination = value;
    return this;
  }

  /** An ACM certificate for HTTPS on the ALB. */
  public KubernetesOptionsBuilder certificateArn(String value) {
    certificateArn = Optional.of(value);
    return this;
  }

  /**
   * The options.
   *
   * @throws IllegalArgumentException naming the setting that is impossible
   */
  public KubernetesOptions build() {
    return new KubernetesOptions(
        namespace,
        ingressClass,
        routing.orElse(ingressClass == IngressClass.ALB ? Routing.SHARES : Routing.PATHS),
        containerPort,
        servicePort,
        readinessPath,
        livenessPath,
        images,
        imageRegistry,
        imageTag,
        repoUrl,
        revision,
        repoPath,
        argoNamespace,
        argoProject,
        argoDestination,
        certificateArn);
  }
}
