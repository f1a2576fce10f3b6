package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.scalelab.model.component.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code kustomization.yaml} of a cluster's folder, with the images it sets. */
final class Kustomizations {

  /** Where {@code {region}} in the image registry option stands for the cluster's region. */
  static final String REGION_PLACEHOLDER = "{region}";

  private Kustomizations() {}

  /**
   * The kustomization of {@code resources}; the ids of services with no image are added to {@code
   * withoutImage}.
   */
  static Doc of(Cluster c, List<String> resources, List<String> withoutImage) {
    List<Kustomization.Image> images = new ArrayList<>();
    for (Service s : c.services()) {
      image(c, s).ifPresentOrElse(images::add, () -> withoutImage.add(s.id()));
    }
    var meta =
        new ObjectMetaBuilder()
            .withName(c.namespace() + "-" + c.region().code())
            .addToAnnotations(Names.CLUSTER_ANNOTATION, c.name())
            .build();
    return Doc.of(
        new Kustomization(meta, c.namespace(), resources, images),
        List.of(
            "Design " + c.design().name() + ", region " + c.region().code() + ".",
            "EKS cluster: " + c.name() + " (the Terraform export's cluster of this region).",
            "",
            "Build: kubectl kustomize .",
            "Apply: kubectl apply -k . --server-side (or let Argo CD sync ../argocd/"
                + c.region().code()
                + ".yaml)",
            "Kubeconfig: aws eks update-kubeconfig --region "
                + c.region().code()
                + " --name "
                + c.name()));
  }

  private static Optional<Kustomization.Image> image(Cluster c, Service s) {
    KubernetesOptions o = c.options();
    String logical = c.name(s.id());
    String given = o.images().get(s.id());
    if (given != null) {
      ImageReference ref = ImageReference.parse(given, "images." + s.id());
      return Optional.of(new Kustomization.Image(logical, ref.name(), ref.tag(), ref.digest()));
    }
    return o.imageRegistry()
        .map(
            registry ->
                new Kustomization.Image(
                    logical,
                    registry.replace(REGION_PLACEHOLDER, c.region().code()) + "/" + logical,
                    o.imageTag(),
                    Optional.empty()));
  }
}
