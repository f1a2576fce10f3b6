package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.scalelab.exporters.kubernetes.KubernetesOptions.ArgoDestination;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Argo CD Application that syncs a cluster's folder. */
final class ArgoApplications {

  /**
   * The repository URL written when none is given: {@code .invalid} is reserved and never resolves
   * (RFC 2606), so Argo CD reports the error instead of syncing from a stranger.
   */
  static final String NO_REPOSITORY = "https://git.example.invalid/CHANGE-ME.git";

  /** The in-cluster API server, as Argo CD names the cluster it runs in. */
  static final String IN_CLUSTER = "https://kubernetes.default.svc";

  private ArgoApplications() {}

  /** The Application of cluster {@code c}. */
  static Doc of(Cluster c) {
    KubernetesOptions o = c.options();
    String path = o.repoPath() + "/" + c.region().code();
    boolean in = o.argoDestination() == ArgoDestination.IN_CLUSTER;
    var app =
        new ArgoApplication(
            new ObjectMetaBuilder()
                .withName(c.namespace() + "-" + c.region().code())
                .withNamespace(o.argoNamespace())
                .addToLabels(Names.PART_OF_LABEL, c.namespace())
                .addToLabels(Names.MANAGED_BY_LABEL, Names.MANAGED_BY)
                .addToAnnotations(Names.CLUSTER_ANNOTATION, c.name())
                .build(),
            new ArgoApplication.Spec(
                o.argoProject(),
                new ArgoApplication.Source(o.repoUrl().orElse(NO_REPOSITORY), o.revision(), path),
                new ArgoApplication.Destination(
                    in ? Optional.empty() : Optional.of(c.name()),
                    in ? Optional.of(IN_CLUSTER) : Optional.empty(),
                    c.namespace()),
                new ArgoApplication.SyncPolicy(new ArgoApplication.Automated(true, true))));
    List<String> header = new ArrayList<>();
    header.add(
        "Argo CD Application: syncs "
            + path
            + " of the repository into EKS cluster "
            + c.name()
            + ".");
    header.add(
        in
            ? "Destination: the cluster this Argo CD runs in; apply this file to " + c.name() + "."
            : "Destination: the cluster registered in Argo CD as "
                + c.name()
                + " (argocd cluster add CONTEXT --name "
                + c.name()
                + ").");
    header.add(
        "Not part of the kustomization: it needs Argo CD's CRDs, and must not deploy"
            + " itself. Apply with kubectl apply -f "
            + c.region().code()
            + ".yaml.");
    header.add(
        "Automated sync with prune (deletes what Git no longer has) and self-heal (undoes"
            + " changes made in the cluster).");
    if (o.repoUrl().isEmpty()) {
      header.add(
          "CHANGE ME: no repository was given; repoURL is a placeholder that never"
              + " resolves. Export again with the repository URL.");
    }
    return Doc.of(app, header);
  }
}
