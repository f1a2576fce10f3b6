package io.scalelab.app.cli;

import io.scalelab.exporters.kubernetes.GitLocation;
import io.scalelab.exporters.kubernetes.KubernetesOptions;
import io.scalelab.exporters.kubernetes.KubernetesOptions.ArgoDestination;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.exporters.kubernetes.KubernetesOptions.Routing;
import io.scalelab.exporters.kubernetes.KubernetesOptionsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The Kubernetes export's options, shared by {@code export kubernetes} and {@code export all}. */
final class KubernetesSettings {

  @Option(
      names = "--namespace",
      paramLabel = "NAME",
      description = "Namespace of every object (default: the design's name).")
  private String namespace;

  @Option(
      names = "--ingress-class",
      paramLabel = "CLASS",
      description =
          "alb (AWS Load Balancer Controller, default) or nginx (ingress-nginx). Valid: ${COMPLETION-CANDIDATES}.",
      converter = IngressClassConverter.class,
      completionCandidates = IngressClassNames.class)
  private IngressClass ingressClass = IngressClass.ALB;

  @Option(
      names = "--routing",
      paramLabel = "HOW",
      description =
          "How an Ingress splits requests between services: SHARES (weighted target groups, ALB"
              + " only; default for alb) or PATHS (/<service>; default for nginx).")
  private Routing routing;

  @Option(
      names = "--image",
      paramLabel = "SERVICE=IMAGE",
      description = "Container image of a service, e.g. service-a=repo/service-a:1.4 (repeatable).")
  private Map<String, String> images = new LinkedHashMap<>();

  @Option(
      names = "--image-registry",
      paramLabel = "REGISTRY",
      description =
          "Registry of the images not given by --image, named after the service, e.g."
              + " 123456789012.dkr.ecr.{region}.amazonaws.com ({region}: each cluster's region).")
  private String imageRegistry;

  @Option(
      names = "--image-tag",
      paramLabel = "TAG",
      description = "Tag of the images from --image-registry.")
  private String imageTag;

  @Option(
      names = "--repo-url",
      paramLabel = "URL",
      description =
          "Git repository Argo CD syncs from (default: the 'origin' remote of the Git repository"
              + " the output folder is in).")
  private String repoUrl;

  @Option(
      names = "--revision",
      paramLabel = "REF",
      description = "Branch, tag or commit Argo CD follows (default: HEAD).")
  private String revision = KubernetesOptions.DEFAULT_REVISION;

  @Option(
      names = "--repo-path",
      paramLabel = "PATH",
      description =
          "The export's folder inside the repository (default: the output folder's path in its Git"
              + " repository, else 'kubernetes').")
  private String repoPath;

  @Option(
      names = "--argo-destination",
      paramLabel = "HOW",
      description =
          "CLUSTER_NAME (one Argo CD, clusters registered by their EKS name; default) or"
              + " IN_CLUSTER (Argo CD in each cluster).")
  private ArgoDestination argoDestination = ArgoDestination.CLUSTER_NAME;

  @Option(
      names = "--certificate-arn",
      paramLabel = "ARN",
      description = "ACM certificate for HTTPS on the ALB (default: HTTP only).")
  private String certificateArn;

  /**
   * The options, with the repository URL and path found from the output folder's Git repository
   * when not given.
   *
   * @throws IllegalArgumentException naming the option that holds an impossible value
   */
  KubernetesOptions options(Optional<GitLocation> git) {
    KubernetesOptionsBuilder b =
        KubernetesOptions.builder()
            .ingressClass(ingressClass)
            .revision(revision)
            .argoDestination(argoDestination);
    Optional.ofNullable(routing).ifPresent(b::routing);
    Optional.ofNullable(namespace).ifPresent(b::namespace);
    images.forEach(b::image);
    Optional.ofNullable(imageRegistry).ifPresent(b::imageRegistry);
    Optional.ofNullable(imageTag).ifPresent(b::imageTag);
    Optional.ofNullable(certificateArn).ifPresent(b::certificateArn);
    Optional.ofNullable(repoUrl).ifPresent(b::repoUrl);
    Optional.ofNullable(repoPath).ifPresent(b::repoPath);
    b.gitDefaults(git);
    return b.build();
  }

  private static final class IngressClassConverter
      implements picocli.CommandLine.ITypeConverter<IngressClass> {
    @Override
    public IngressClass convert(String value) {
      for (IngressClass c : IngressClass.values()) {
        if (c.className().equals(value)) {
          return c;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not an ingress class; use alb or nginx");
    }
  }

  private static final class IngressClassNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    IngressClassNames() {
      super(java.util.List.of("alb", "nginx"));
    }
  }
}
