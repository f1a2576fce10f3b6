package io.scalelab.app.cli;

import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.kubernetes.GitLocation;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.model.Design;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scalelab export kubernetes DESIGN --out DIR}. */
@Command(
    name = "kubernetes",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the design's EKS services as Kubernetes manifests: per region a kustomize folder",
      "(Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget, ConfigMap, Ingress) and",
      "an Argo CD Application in argocd/. Check with: kubectl kustomize DIR/<region>.",
      "Exit code: 0 written, 1 invalid design, 2 unreadable design or bad option,",
      "6 refused (hand-edited files in DIR) or not writable; nothing was changed."
    })
final class ExportKubernetesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private ExportTarget target;

  @Mixin private KubernetesSettings settings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KubernetesExport.Result r;
    try {
      Design design = DesignInput.load(target.design, err);
      r = KubernetesExport.generate(design, settings.options(GitLocation.of(target.out)));
    } catch (DesignInput.Failed e) {
      return e.exitCode();
    } catch (ExportException | IllegalArgumentException e) {
      // Raised while generating: an option the export cannot use (an image for no service).
      err.println("scalelab export kubernetes: " + e.getMessage());
      return ExitCodes.UNREADABLE;
    }
    ExportTarget.warn(r.warnings(), err);
    try {
      ExportTarget.write(r.files(), target.out, target.force, out);
      return ExitCodes.OK;
    } catch (ExportException e) {
      err.println("scalelab export kubernetes: " + e.getMessage());
      return ExitCodes.REFUSED;
    }
  }
}
