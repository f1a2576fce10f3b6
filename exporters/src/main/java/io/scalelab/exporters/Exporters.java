package io.scalelab.exporters;

import io.scalelab.exporters.files.ExportDirectory;
import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.files.ExportSummary;
import io.scalelab.exporters.files.GeneratedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The front door of the infrastructure exports as a whole: where {@code export all} puts each part
 * (and {@code apply} looks for it), and writing several parts so that a refusal in one changes
 * none. The parts themselves are made by {@link io.scalelab.exporters.terraform.TerraformExport}
 * and {@link io.scalelab.exporters.kubernetes.KubernetesExport}; the command line and the desktop
 * application both write through here.
 */
public final class Exporters {

  /** The Terraform root's folder in a combined export: {@code terraform}. */
  public static final String TERRAFORM_FOLDER = "terraform";

  /** The Kubernetes export's folder in a combined export: {@code kubernetes}. */
  public static final String KUBERNETES_FOLDER = "kubernetes";

  private Exporters() {}

  /**
   * Writes each set of files into its folder. Every folder is checked for hand edits before any is
   * written, so a refusal leaves all of them as they were. A set without files is written only into
   * a folder that exists already: a design without EKS services makes no empty {@code kubernetes/}
   * folder, but an earlier export's manifests there are removed rather than left for {@code apply}
   * to find.
   *
   * @param sets folder to the files it should hold, written in this map's order
   * @param force replace or remove files edited by hand
   * @return what was done to each folder that was written, in order
   * @throws ExportException naming hand-edited files (nothing written), or an I/O failure
   */
  public static List<ExportSummary> writeAll(Map<Path, GeneratedFiles> sets, boolean force)
      throws ExportException {
    List<Map.Entry<Path, GeneratedFiles>> todo = new ArrayList<>();
    for (Map.Entry<Path, GeneratedFiles> e : sets.entrySet()) {
      if (!e.getValue().files().isEmpty() || Files.isDirectory(e.getKey())) {
        ExportDirectory.check(e.getValue(), e.getKey(), force);
        todo.add(e);
      }
    }
    List<ExportSummary> done = new ArrayList<>();
    for (Map.Entry<Path, GeneratedFiles> e : todo) {
      done.add(ExportDirectory.write(e.getValue(), e.getKey(), force));
    }
    return done;
  }
}
