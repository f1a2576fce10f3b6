package io.scalelab.exporters.apply;

import io.scalelab.exporters.Exporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a folder given to {@code scalelab apply} holds, and so what will run. Accepted, in this
 * order of checks:
 *
 * <ol>
 *   <li>a Terraform root itself (it has {@code *.tf} or {@code *.tf.json} files);
 *   <li>a kustomize folder itself (it has a kustomization file);
 *   <li>the parent of {@code scalelab export all}: {@code terraform/} and/or {@code kubernetes/};
 *   <li>a Kubernetes export folder: {@code <region>/kustomization.yaml} per region.
 * </ol>
 *
 * In a Kubernetes export, {@code argocd/} is never applied: an Argo CD Application needs Argo's
 * CRDs, and it would then deploy the same manifests a second time.
 */
record ExportLayout(
    Path dir, List<TerraformRoot> terraform, List<KustomizeFolder> kubernetes, List<String> notes) {

  /** The folder of a Kubernetes export that holds Argo CD Applications, never applied here. */
  static final String ARGOCD_FOLDER = "argocd";

  /** The sub-folders {@code scalelab export all} writes. */
  static final String TERRAFORM_FOLDER = Exporters.TERRAFORM_FOLDER;

  static final String KUBERNETES_FOLDER = Exporters.KUBERNETES_FOLDER;

  ExportLayout {
    terraform = List.copyOf(terraform);
    kubernetes = List.copyOf(kubernetes);
    notes = List.copyOf(notes);
  }

  /** Reads what {@code dir} holds; nothing is run or written. */
  static ExportLayout find(Path dir) throws ApplyException {
    Path d = dir.toAbsolutePath().normalize();
    if (!Files.exists(d)) {
      throw new ApplyException(ApplyException.Reason.FOLDER, dir + ": no such folder");
    }
    if (!Files.isDirectory(d)) {
      throw new ApplyException(
          ApplyException.Reason.FOLDER, dir + ": is a file; expected an exported folder");
    }
    try {
      ExportLayout layout = read(d);
      if (layout.terraform.isEmpty() && layout.kubernetes.isEmpty()) {
        throw new ApplyException(
            ApplyException.Reason.FOLDER,
            dir
                + ": nothing to apply here: no *.tf files, no kustomization.yaml, no"
                + " <region>/kustomization.yaml and no terraform/ or kubernetes/ folder"
                + " (write one with: scalelab export all DESIGN --out DIR)");
      }
      return layout;
    } catch (IOException e) {
      throw new ApplyException(ApplyException.Reason.FOLDER, dir + ": cannot read: " + e);
    }
  }

  private static ExportLayout read(Path d) throws IOException {
    List<String> notes = new ArrayList<>();
    if (TerraformRoot.isRoot(d)) {
      return new ExportLayout(d, List.of(TerraformRoot.read(d)), List.of(), notes);
    }
    if (KustomizeFolder.file(d).isPresent()) {
      return new ExportLayout(d, List.of(), List.of(KustomizeFolder.read(d)), notes);
    }
    Path tf = d.resolve(TERRAFORM_FOLDER);
    Path k8s = d.resolve(KUBERNETES_FOLDER);
    boolean hasTf = TerraformRoot.isRoot(tf);
    if (!hasTf && !Files.isDirectory(k8s)) {
      return new ExportLayout(d, List.of(), regions(d, notes), notes);
    }
    List<TerraformRoot> roots = hasTf ? List.of(TerraformRoot.read(tf)) : List.of();
    List<KustomizeFolder> kube = List.of();
    if (Files.isDirectory(k8s)) {
      kube =
          KustomizeFolder.file(k8s).isPresent()
              ? List.of(KustomizeFolder.read(k8s))
              : regions(k8s, notes);
    }
    return new ExportLayout(d, roots, kube, notes);
  }

  /** The {@code <region>/kustomization.yaml} folders of a Kubernetes export, by name. */
  private static List<KustomizeFolder> regions(Path k8s, List<String> notes) throws IOException {
    List<Path> subs;
    try (Stream<Path> s = Files.list(k8s)) {
      subs = s.filter(Files::isDirectory).sorted().toList();
    }
    List<KustomizeFolder> found = new ArrayList<>();
    for (Path sub : subs) {
      String name = sub.getFileName().toString();
      if (name.equals(ARGOCD_FOLDER)) {
        notes.add(
            sub
                + ": not applied (Argo CD Applications: apply them with kubectl once Argo CD runs"
                + " in the cluster, if you want Argo CD to take over)");
      } else if (KustomizeFolder.file(sub).isPresent()) {
        found.add(KustomizeFolder.read(sub));
      } else if (!name.startsWith(".")) {
        notes.add(sub + ": no kustomization.yaml, not applied");
      }
    }
    return found;
  }
}
