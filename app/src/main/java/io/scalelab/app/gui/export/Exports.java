package io.scalelab.app.gui.export;

import io.scalelab.app.gui.export.ExportPlan.FileSet;
import io.scalelab.app.gui.export.ExportPlan.Part;
import io.scalelab.app.gui.export.ExportPlan.Report;
import io.scalelab.exporters.Exporters;
import io.scalelab.exporters.cost.CostReports;
import io.scalelab.exporters.files.ExportDirectory;
import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.files.ExportSummary;
import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.exporters.files.Slugs;
import io.scalelab.exporters.kubernetes.GitLocation;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.exporters.terraform.TerraformException;
import io.scalelab.exporters.terraform.TerraformExport;
import io.scalelab.exporters.terraform.TerraformOptions;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.result.CostReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The export dialog's work, without JavaFX: makes an export in memory with the {@code exporters}
 * services, finds the files a write would replace that were edited by hand, and writes. Blocking
 * (it reads files and may run {@code git}): call it off the FX thread.
 */
public final class Exports {

  /** The subfolders of the combined export, as {@code scalelab apply} looks for them. */
  static final String TERRAFORM_FOLDER = Exporters.TERRAFORM_FOLDER + "/";

  static final String KUBERNETES_FOLDER = Exporters.KUBERNETES_FOLDER + "/";

  private final Supplier<PriceCatalogue> catalogue;

  /**
   * @param catalogue the prices the Terraform export sizes EKS node groups with, as the cost model
   *     does (the user's catalogue)
   */
  public Exports(Supplier<PriceCatalogue> catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Makes the export in memory; writes nothing.
   *
   * @throws ExportProblem when the design cannot be exported as asked, a setting is impossible, or
   *     a cost report is asked for without a priced run
   */
  public ExportPlan generate(ExportRequest r) throws ExportProblem {
    List<Part> parts = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    ExportKind kind = r.kind();
    if (kind.costReport()) {
      CostReport cost =
          r.cost()
              .orElseThrow(
                  () ->
                      new ExportProblem("a cost report needs a priced run: run the design first"));
      parts.add(report(kind, cost));
      return new ExportPlan(kind, parts, warnings);
    }
    String prefix = kind == ExportKind.TERRAFORM_AND_KUBERNETES ? TERRAFORM_FOLDER : "";
    if (kind.terraform()) {
      parts.add(new FileSet(prefix, terraform(r)));
    }
    if (kind.kubernetes()) {
      String k8s = kind == ExportKind.TERRAFORM_AND_KUBERNETES ? KUBERNETES_FOLDER : "";
      Optional<GitLocation> git = r.folder().flatMap(f -> GitLocation.of(f.resolve(k8s)));
      KubernetesExport.Result result;
      try {
        result = KubernetesExport.generate(r.design(), r.kubernetes().options(git));
      } catch (ExportException | IllegalArgumentException e) {
        throw new ExportProblem("Kubernetes: " + e.getMessage(), e);
      }
      parts.add(new FileSet(k8s, result.files()));
      warnings.addAll(result.warnings());
    }
    return new ExportPlan(kind, parts, warnings);
  }

  /**
   * The files in {@code folder} that writing {@code plan} would replace or remove although ScaleLab
   * did not write them as they are: edited by hand, or someone else's. Reads only.
   *
   * @return paths relative to {@code folder}, in writing order
   */
  public List<String> handEdited(ExportPlan plan, Path folder) throws ExportProblem {
    List<String> edited = new ArrayList<>();
    try {
      for (Part p : plan.parts()) {
        if (p instanceof FileSet) {
          FileSet s = (FileSet) p;
          ExportDirectory.handEdited(s.files(), target(folder, s))
              .forEach(f -> edited.add(s.prefix() + f));
        } else if (p instanceof Report && differs((Report) p, folder)) {
          edited.add(((Report) p).fileName());
        }
      }
    } catch (ExportException e) {
      throw new ExportProblem(e.getMessage(), e);
    } catch (IOException e) {
      throw new ExportProblem("cannot read " + folder + ": " + e.getMessage(), e);
    }
    return edited;
  }

  /**
   * Writes {@code plan} into {@code folder}: each file set all or nothing, each report atomically.
   *
   * @param force replace files edited by hand (the person agreed)
   * @throws ExportProblem when hand-edited files are in the way and {@code force} is false, or the
   *     folder cannot be written; the message names the file or folder
   */
  public Written write(ExportPlan plan, Path folder, boolean force) throws ExportProblem {
    Map<Path, GeneratedFiles> sets = new LinkedHashMap<>();
    List<Report> toReport = new ArrayList<>();
    for (Part p : plan.parts()) {
      if (p instanceof FileSet) {
        FileSet s = (FileSet) p;
        sets.put(target(folder, s), s.files());
      } else if (p instanceof Report) {
        toReport.add((Report) p);
      }
    }
    List<ExportSummary> summaries;
    try {
      summaries = Exporters.writeAll(sets, force);
    } catch (ExportException e) {
      throw new ExportProblem(e.getMessage(), e);
    }
    List<Path> reports = new ArrayList<>();
    for (Report r : toReport) {
      reports.add(writeReport(r, folder, force));
    }
    return new Written(folder, summaries, reports);
  }

  private GeneratedFiles terraform(ExportRequest r) throws ExportProblem {
    try {
      return TerraformExport.generate(
          r.design(), TerraformOptions.defaults().withCatalogue(catalogue.get()));
    } catch (TerraformException | IllegalArgumentException e) {
      throw new ExportProblem("Terraform: " + e.getMessage(), e);
    }
  }

  private static Report report(ExportKind kind, CostReport cost) {
    String ext = kind.reportExtension().orElseThrow();
    String text =
        switch (kind) {
          case COST_HTML -> CostReports.html(List.of(cost));
          case COST_CSV -> CostReports.csv(List.of(cost));
          default -> CostReports.json(cost);
        };
    return new Report(slug(cost.design()) + "-cost." + ext, text);
  }

  /** A file name from a design name: lower case, runs of anything else than a-z 0-9 as one dash. */
  static String slug(String name) {
    String s = Slugs.of(name);
    return s.isEmpty() ? "design" : s;
  }

  private static Path target(Path folder, FileSet s) {
    return s.prefix().isEmpty() ? folder : folder.resolve(s.prefix());
  }

  private static boolean differs(Report r, Path folder) throws IOException {
    Path file = folder.resolve(r.fileName());
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder where the report goes");
    }
    return Files.exists(file)
        && !Arrays.equals(Files.readAllBytes(file), r.text().getBytes(StandardCharsets.UTF_8));
  }

  private static Path writeReport(Report r, Path folder, boolean force) throws ExportProblem {
    Path file = folder.resolve(r.fileName());
    try {
      if (!force && differs(r, folder)) {
        throw new ExportProblem(
            file
                + " exists with other content; nothing was written. Agree to replace it, or"
                + " choose another folder");
      }
      CostReports.write(file, r.text());
      return file;
    } catch (IOException e) {
      throw new ExportProblem("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
