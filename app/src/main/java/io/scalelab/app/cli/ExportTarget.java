package io.scalelab.app.cli;

import io.scalelab.exporters.files.ExportDirectory;
import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.files.ExportSummary;
import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.exporters.terraform.TerraformOptions;
import io.scalelab.simulation.price.PriceCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The design and the output folder every export takes, and how an export reports what it did. */
final class ExportTarget {

  @Parameters(index = "0", paramLabel = "DESIGN", description = "The design file to export.")
  Path design;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "The folder to write (created if missing).")
  Path out;

  @Option(
      names = "--force",
      description =
          "Replace or remove files in DIR that were edited by hand since ScaleLab wrote them.")
  boolean force;

  /** Writes {@code files} into {@code dir} and prints one line per kind of change. */
  static ExportSummary write(GeneratedFiles files, Path dir, boolean force, PrintWriter out)
      throws ExportException {
    ExportSummary s = ExportDirectory.write(files, dir, force);
    print(s, out);
    return s;
  }

  /** One line saying what an export did to its folder. */
  static void print(ExportSummary s, PrintWriter out) {
    out.printf(
        "%s: %d file(s) written, %d unchanged, %d removed%n",
        s.dir(), s.written().size(), s.unchanged().size(), s.removed().size());
  }

  /**
   * The Terraform options: EKS node groups sized with the user's price catalogue (the one {@code
   * scalelab cost} and the GUI price with, {@code ~/.scalelab/prices} or the shipped snapshot).
   */
  static TerraformOptions terraformOptions(PrintWriter err) {
    return TerraformOptions.defaults()
        .withCatalogue(
            PriceCatalogue.current(
                PriceCatalogue.defaultCacheDirectory(), w -> err.println("warning: " + w)));
  }

  /** Prints warnings, one per line, on stderr. */
  static void warn(List<String> warnings, PrintWriter err) {
    warnings.forEach(w -> err.println("warning: " + w));
  }
}
