package io.scalelab.app.cli;

import io.scalelab.exporters.Exporters;
import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.files.ExportSummary;
import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.exporters.kubernetes.GitLocation;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.exporters.terraform.TerraformException;
import io.scalelab.exporters.terraform.TerraformExport;
import io.scalelab.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code scalelab export all DESIGN --out DIR}: Terraform into {@code DIR/terraform}, Kubernetes
 * into {@code DIR/kubernetes}, the layout {@code scalelab apply DIR} reads. Both are generated
 * before either folder is touched, so a design one export refuses changes neither.
 */
@Command(
    name = "all",
    mixinStandardHelpOptions = true,
    description = {
      "Writes Terraform into DIR/terraform and Kubernetes manifests with Argo CD Applications into",
      "DIR/kubernetes: the folder 'scalelab apply DIR' applies. Kubernetes options as for",
      "'export kubernetes'; the Argo CD path defaults to DIR/kubernetes's place in its Git repository.",
      "Exit code: 0 written, 1 invalid design or not exportable, 2 unreadable design or bad option,",
      "6 refused (hand-edited files) or not writable."
    })
final class ExportAllCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private ExportTarget target;

  @Mixin private KubernetesSettings settings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Design design;
    GeneratedFiles tf;
    KubernetesExport.Result k8s;
    Path tfDir = target.out.resolve(Exporters.TERRAFORM_FOLDER);
    Path k8sDir = target.out.resolve(Exporters.KUBERNETES_FOLDER);
    try {
      design = DesignInput.load(target.design, err);
      tf = TerraformExport.generate(design, ExportTarget.terraformOptions(err));
      k8s = KubernetesExport.generate(design, settings.options(GitLocation.of(k8sDir)));
    } catch (DesignInput.Failed e) {
      return e.exitCode();
    } catch (TerraformException e) {
      err.println("scalelab export all: " + target.design + ": " + e.getMessage());
      return ExitCodes.INVALID;
    } catch (ExportException | IllegalArgumentException e) {
      // Raised while generating: an option the export cannot use (an image for no service).
      err.println("scalelab export all: " + e.getMessage());
      return ExitCodes.UNREADABLE;
    }
    ExportTarget.warn(k8s.warnings(), err);
    Map<Path, GeneratedFiles> sets = new LinkedHashMap<>();
    sets.put(tfDir, tf);
    sets.put(k8sDir, k8s.files());
    try {
      for (ExportSummary s : Exporters.writeAll(sets, target.force)) {
        ExportTarget.print(s, out);
      }
      return ExitCodes.OK;
    } catch (ExportException e) {
      err.println("scalelab export all: " + e.getMessage());
      return ExitCodes.REFUSED;
    }
  }
}
