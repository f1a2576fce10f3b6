package io.scalelab.exporters.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One kustomize folder on one cluster. The folder is rendered once ({@code kubectl kustomize}) to a
 * temporary file, and that file is what is diffed, dry-run and applied, so an edit to the folder
 * while the question is open cannot apply something that was not shown (as Terraform applies its
 * saved plan). Then: {@code kubectl diff --server-side} (shown), a server-side dry run (which the
 * API server validates, admission included), the question, {@code kubectl apply --server-side}.
 * Server-side apply records ScaleLab as the field manager, so a later apply reports conflicts with
 * fields someone else changed instead of silently taking them back.
 *
 * <p>When the folder creates a namespace the cluster does not have yet, the server cannot diff or
 * dry-run the objects inside it (kubernetes/kubernetes#114141: "namespaces not found"), so the plan
 * shown is the list of rendered objects instead.
 */
final class KubernetesStep {

  /** The field manager name server-side apply records for the fields ScaleLab sets. */
  static final String FIELD_MANAGER = "scalelab";

  /** {@code kubectl diff}: 0 no differences, 1 differences found, more than 1 an error. */
  private static final int DIFF_FOUND = 1;

  /** The rendered kustomization's file name, in a temporary folder of its own. */
  static final String RENDERED_FILE = "rendered.yaml";

  private final ToolRunner runner;
  private final Path kubectl;
  private final Console console;
  private final boolean autoApprove;

  KubernetesStep(ToolRunner runner, Path kubectl, Console console, boolean autoApprove) {
    this.runner = runner;
    this.kubectl = kubectl;
    this.console = console;
    this.autoApprove = autoApprove;
  }

  Outcome run(KustomizeFolder folder, String context) throws ApplyException {
    Path dir = folder.dir();
    console.line("");
    console.line("== Kubernetes: " + dir + " on context " + context);
    Path temp = tempDir();
    try {
      Path rendered = render(dir, temp.resolve(RENDERED_FILE));
      List<RenderedObjects.Ref> objects = RenderedObjects.read(rendered);
      List<String> missing = missingNamespaces(dir, objects, context);
      StringBuilder summary =
          new StringBuilder("Kubernetes changes for " + dir + " on context " + context);
      if (missing.isEmpty()) {
        if (!diffAndDryRun(dir, rendered, context, summary)) {
          return Outcome.NO_CHANGES;
        }
      } else {
        for (String ns : missing) {
          console.line(
              "namespace "
                  + ns
                  + " does not exist yet: it is created by this apply; the server cannot diff"
                  + " objects inside it, so here are the objects to apply instead.");
        }
        objects.forEach(o -> summary.append("\n  ").append(o.display()));
      }
      if (autoApprove) {
        summary.toString().lines().forEach(console::line);
        console.line("Approved by --auto-approve.");
      } else if (!console.confirm(summary.toString())) {
        console.line("Apply cancelled. Nothing was changed on context " + context + ".");
        return Outcome.CANCELLED;
      }
      ToolRunner.Streamed applied = runner.stream(dir, command(rendered, context, "apply"));
      if (applied.exitCode() != 0) {
        throw ApplyException.toolFailed("kubectl apply", applied.exitCode());
      }
      return Outcome.APPLIED;
    } finally {
      delete(temp);
    }
  }

  /** Diff then dry run; false when the diff finds nothing to change. */
  private boolean diffAndDryRun(Path dir, Path rendered, String context, StringBuilder summary)
      throws ApplyException {
    int diff = runner.stream(dir, command(rendered, context, "diff")).exitCode();
    if (diff == 0) {
      console.line("No changes: the cluster matches " + dir + "; nothing to apply.");
      return false;
    }
    if (diff != DIFF_FOUND) {
      throw ApplyException.toolFailed("kubectl diff", diff);
    }
    ToolRunner.Streamed dryRun =
        runner.stream(dir, command(rendered, context, "apply", "--dry-run=server"));
    if (dryRun.exitCode() != 0) {
      throw ApplyException.toolFailed("kubectl apply --dry-run=server", dryRun.exitCode());
    }
    dryRun.lines().forEach(l -> summary.append("\n  ").append(l));
    return true;
  }

  /** {@code kubectl kustomize DIR}, its output kept in {@code target}. */
  private Path render(Path dir, Path target) throws ApplyException {
    List<String> c = List.of(kubectl.toString(), "kustomize", dir.toString());
    console.line("$ " + ToolRunner.display(c) + " > " + target);
    ToolRunner.Captured out = runner.capture(dir, c, true);
    if (out.exitCode() != 0) {
      throw ApplyException.toolFailed("kubectl kustomize", out.exitCode());
    }
    try {
      Files.writeString(target, out.stdout());
      return target;
    } catch (IOException e) {
      throw new ApplyException(
          ApplyException.Reason.UNAVAILABLE, "cannot write " + target + ": " + e.getMessage());
    }
  }

  /**
   * The namespaces the folder creates that the cluster does not have. A check that fails (e.g. the
   * cluster does not answer) counts as present: the diff then runs and reports the failure in
   * kubectl's own words.
   */
  private List<String> missingNamespaces(
      Path dir, List<RenderedObjects.Ref> objects, String context) throws ApplyException {
    List<String> missing = new ArrayList<>();
    for (RenderedObjects.Ref o : objects) {
      if (!o.isNamespace()) {
        continue;
      }
      List<String> c =
          List.of(
              kubectl.toString(),
              "get",
              "namespace",
              o.name(),
              "--ignore-not-found",
              "-o",
              "name",
              "--context",
              context);
      console.line("$ " + ToolRunner.display(c));
      ToolRunner.Captured found = runner.capture(dir, c, false);
      if (found.exitCode() == 0 && found.stdout().isBlank()) {
        missing.add(o.name());
      }
    }
    return missing;
  }

  private List<String> command(Path rendered, String context, String verb, String... more) {
    List<String> c =
        new ArrayList<>(
            List.of(
                kubectl.toString(),
                verb,
                "-f",
                rendered.toString(),
                "--server-side",
                "--field-manager=" + FIELD_MANAGER,
                "--context",
                context));
    c.addAll(List.of(more));
    return c;
  }

  private static Path tempDir() throws ApplyException {
    try {
      return Files.createTempDirectory("scalelab-apply-");
    } catch (IOException e) {
      throw new ApplyException(
          ApplyException.Reason.UNAVAILABLE,
          "cannot create a temporary folder for the rendered manifests: " + e.getMessage());
    }
  }

  private static void delete(Path temp) {
    try {
      Files.deleteIfExists(temp.resolve(RENDERED_FILE));
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // A leftover file in the temporary folder harms nothing; the apply's outcome matters more.
    }
  }
}
