package io.scalelab.exporters.kubernetes;

import io.scalelab.exporters.terraform.TerraformOptions;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the Kubernetes export needs that a design does not say. Build with {@link #builder()}; every
 * setting has a named default. The constructor refuses an impossible value with a message that
 * names the setting.
 *
 * @param namespace the namespace of every object; empty for the design name
 * @param ingressClass which ingress controller makes a load balancer
 * @param routing how an Ingress splits requests between services
 * @param containerPort the port the containers listen on (named {@code http})
 * @param servicePort the port of each Kubernetes Service
 * @param readinessPath HTTP path of the readiness probe (and the ALB health check)
 * @param livenessPath HTTP path of the liveness and startup probes
 * @param images service id to container image reference ({@code registry/name:tag} or
 *     {@code @sha256:...}); wins over {@code imageRegistry}
 * @param imageRegistry registry the images are in, e.g. {@code
 *     123456789012.dkr.ecr.{region}.amazonaws.com}; {@code {region}} becomes each cluster's region,
 *     the image name is the service id
 * @param imageTag the tag of the images built from {@code imageRegistry}
 * @param repoUrl the Git repository Argo CD syncs from
 * @param revision the branch, tag or commit Argo CD follows
 * @param repoPath the export's folder inside the repository (forward slashes, no leading slash)
 * @param argoNamespace the namespace Argo CD runs in
 * @param argoProject the Argo CD project of the Applications
 * @param argoDestination how an Application names its cluster
 * @param certificateArn an ACM certificate for HTTPS on the ALB; empty for HTTP only
 */
public record KubernetesOptions(
    Optional<String> namespace,
    IngressClass ingressClass,
    Routing routing,
    int containerPort,
    int servicePort,
    String readinessPath,
    String livenessPath,
    Map<String, String> images,
    Optional<String> imageRegistry,
    Optional<String> imageTag,
    Optional<String> repoUrl,
    String revision,
    String repoPath,
    String argoNamespace,
    String argoProject,
    ArgoDestination argoDestination,
    Optional<String> certificateArn) {

  /**
   * Container port 8080: the usual unprivileged HTTP port (ports below 1024 need root or {@code
   * CAP_NET_BIND_SERVICE}, which the pods' restricted security context drops).
   */
  public static final int DEFAULT_CONTAINER_PORT = 8080;

  /** Service port 80: HTTP's well-known port, so callers need no port in the URL. */
  public static final int DEFAULT_SERVICE_PORT = 80;

  /**
   * Health path {@code /healthz}: the Kubernetes components' own convention, the one path the
   * Terraform export's load balancer and Route 53 health checks request too.
   */
  public static final String DEFAULT_HEALTH_PATH = TerraformOptions.DEFAULT_HEALTH_CHECK_PATH;

  /** Revision {@code HEAD}: Argo CD's default, the repository's default branch. */
  public static final String DEFAULT_REVISION = "HEAD";

  /** The folder {@code scalelab export all} writes the Kubernetes export into. */
  public static final String DEFAULT_REPO_PATH = "kubernetes";

  /** Namespace {@code argocd}: where the Argo CD install manifests put it. */
  public static final String DEFAULT_ARGO_NAMESPACE = "argocd";

  /** Project {@code default}: the project every Argo CD install has. */
  public static final String DEFAULT_ARGO_PROJECT = "default";

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
  private static final Pattern REPO_PATH =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");
  private static final Pattern REGISTRY = Pattern.compile("[a-z0-9]([a-z0-9.{}:/_-]*[a-z0-9}])?");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern ACM_ARN =
      Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/.+");

  public KubernetesOptions {
    namespace.ifPresent(
        n -> check(Names.isDnsLabel(n), "namespace", n, "a DNS label (a-z, 0-9, '-', at most 63)"));
    if (routing == Routing.SHARES && ingressClass != IngressClass.ALB) {
      throw new IllegalArgumentException(
          "routing: shares needs the ALB ingress class (ingress-nginx has no weighted split between services); use paths");
    }
    checkPort("containerPort", containerPort);
    checkPort("servicePort", servicePort);
    check(
        PATH.matcher(readinessPath).matches(),
        "readinessPath",
        readinessPath,
        "an absolute HTTP path");
    check(
        PATH.matcher(livenessPath).matches(),
        "livenessPath",
        livenessPath,
        "an absolute HTTP path");
    images = Map.copyOf(new TreeMap<>(images));
    images.forEach((id, ref) -> ImageReference.parse(ref, "images." + id));
    imageRegistry.ifPresent(
        r ->
            check(
                REGISTRY.matcher(r).matches(),
                "imageRegistry",
                r,
                "a registry host and path, without scheme or tag"));
    imageTag.ifPresent(t -> check(TAG.matcher(t).matches(), "imageTag", t, "a Docker tag"));
    repoUrl.ifPresent(u -> check(!u.isBlank() && !u.contains(" "), "repoUrl", u, "a Git URL"));
    check(!revision.isBlank(), "revision", revision, "a branch, tag or commit");
    check(REPO_PATH.matcher(repoPath).matches(), "repoPath", repoPath, "a relative folder path");
    check(Names.isDnsLabel(argoNamespace), "argoNamespace", argoNamespace, "a DNS label");
    check(!argoProject.isBlank(), "argoProject", argoProject, "a project name");
    certificateArn.ifPresent(
        a -> check(ACM_ARN.matcher(a).matches(), "certificateArn", a, "an ACM certificate ARN"));
    if (certificateArn.isPresent() && ingressClass != IngressClass.ALB) {
      throw new IllegalArgumentException("certificateArn is for the ALB ingress class only");
    }
  }

  /** The defaults: ALB ingress, routing by the design's shares, ports 8080/80, {@code /healthz}. */
  public static KubernetesOptions defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static KubernetesOptionsBuilder builder() {
    return new KubernetesOptionsBuilder();
  }

  private static void checkPort(String name, int port) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException(name + " must be a port, 1 to 65535: " + port);
    }
  }

  private static void check(boolean ok, String name, String value, String expected) {
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + expected + ": '" + value + "'");
    }
  }

  /** The ingress controllers the export writes for. */
  public enum IngressClass {
    /** The AWS Load Balancer Controller: each Ingress becomes an Application Load Balancer. */
    ALB("alb"),
    /** ingress-nginx behind one Network Load Balancer the controller's own Service makes. */
    NGINX("nginx");

    private final String className;

    IngressClass(String className) {
      this.className = className;
    }

    /** The {@code ingressClassName} the controller's install registers. */
    public String className() {
      return className;
    }
  }

  /** How an Ingress in front of several services splits requests. */
  public enum Routing {
    /** Weighted target groups (ALB only): each service gets the design's share of requests. */
    SHARES,
    /** One path prefix per service, {@code /<service>}; the largest share also gets {@code /}. */
    PATHS
  }

  /** How an Argo CD Application names its destination cluster. */
  public enum ArgoDestination {
    /**
     * By name, the region's EKS cluster name: one Argo CD manages every cluster, each registered
     * with {@code argocd cluster add CONTEXT --name CLUSTER}.
     */
    CLUSTER_NAME,
    /** {@code https://kubernetes.default.svc}: Argo CD runs in each region's own cluster. */
    IN_CLUSTER
  }
}
