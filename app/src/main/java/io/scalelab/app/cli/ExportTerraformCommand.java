package io.scalelab.app.cli;

import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.terraform.TerraformException;
import io.scalelab.exporters.terraform.TerraformExport;
import io.scalelab.model.Design;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scalelab export terraform DESIGN --out DIR}. */
@Command(
    name = "terraform",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the design as Terraform: versions.tf (hashicorp/aws ~> 5.23), providers.tf (one",
      "aliased provider per region), main.tf, variables.tf, outputs.tf and modules/region/, the",
      "regional stamp used once per region. Check with: terraform fmt -check -recursive DIR.",
      "Exit code: 0 written, 1 invalid design or not exportable, 2 unreadable design or bad option,",
      "6 refused (hand-edited files in DIR) or not writable; nothing was changed."
    })
final class ExportTerraformCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private ExportTarget target;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Design design = DesignInput.load(target.design, err);
      ExportTarget.write(
          TerraformExport.generate(design, ExportTarget.terraformOptions(err)),
          target.out,
          target.force,
          out);
      return ExitCodes.OK;
    } catch (DesignInput.Failed e) {
      return e.exitCode();
    } catch (TerraformException e) {
      err.println("scalelab export terraform: " + target.design + ": " + e.getMessage());
      return ExitCodes.INVALID;
    } catch (ExportException e) {
      err.println("scalelab export terraform: " + e.getMessage());
      return ExitCodes.REFUSED;
    }
  }
}
