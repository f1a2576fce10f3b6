package io.scalelab.app.gui.export;

import io.scalelab.exporters.kubernetes.GitLocation;
import io.scalelab.exporters.kubernetes.KubernetesOptions;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.exporters.kubernetes.KubernetesOptionsBuilder;
import java.util.Optional;

/**
 * The Kubernetes export settings the dialog offers, as typed; a blank text means "not given", and
 * the exporter's named default applies.
 *
 * @param ingressClass the ingress controller that makes each load balancer
 * @param imageRegistry the registry of the services' images ({@code {region}} becomes each
 *     cluster's region); blank: the logical image, the service id
 * @param imageTag the tag of those images; blank: none ({@code :latest})
 * @param repoUrl the Git repository Argo CD syncs from; blank: the export folder's {@code origin}
 *     remote, else a placeholder the exporter warns about
 */
public record KubernetesChoices(
    IngressClass ingressClass, String imageRegistry, String imageTag, String repoUrl) {

  /** Every setting at its default: the ALB, no registry, tag or repository. */
  public static final KubernetesChoices DEFAULTS =
      new KubernetesChoices(IngressClass.ALB, "", "", "");

  /**
   * The exporter's options; the repository URL and path come from {@code git} when not typed, as
   * {@code scalelab export kubernetes} finds them.
   *
   * @throws IllegalArgumentException naming the setting that holds an impossible value
   */
  public KubernetesOptions options(Optional<GitLocation> git) {
    KubernetesOptionsBuilder b = KubernetesOptions.builder().ingressClass(ingressClass);
    given(imageRegistry).ifPresent(b::imageRegistry);
    given(imageTag).ifPresent(b::imageTag);
    given(repoUrl).ifPresent(b::repoUrl);
    return b.gitDefaults(git).build();
  }

  /** The one-line problem with these settings, found without running {@code git}; empty if none. */
  public Optional<String> problem() {
    try {
      options(Optional.empty());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Optional<String> given(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }
}
