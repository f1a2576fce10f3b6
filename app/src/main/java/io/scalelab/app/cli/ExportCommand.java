package io.scalelab.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scalelab export}: groups the exports of a design. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a design as infrastructure as code: Terraform, Kubernetes manifests with Argo CD",
      "Applications, or both. Every file is made in memory first and the folder is updated only",
      "when all are ready; files you edited by hand are never replaced without --force, and files",
      "ScaleLab did not write (Terraform state, a README) are never touched. See docs/export.md."
    },
    subcommands = {
      ExportTerraformCommand.class,
      ExportKubernetesCommand.class,
      ExportAllCommand.class,
      CommandLine.HelpCommand.class
    })
final class ExportCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
