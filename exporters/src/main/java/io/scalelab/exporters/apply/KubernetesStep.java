package io.scalelab.exporters.apply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One kustomize folder on one cluster: {@code kubectl diff --server-side} (shown), a server-side
 * dry run (which the API server validates, admission included), the question, then {@code kubectl
 * apply --server-side}. Server-side apply records ScaleLab as the field manager, so a later apply
 * reports conflicts with fields someone else changed instead of silently taking them back.
 */
final class KubernetesStep {

  /** The field manager name server-side apply records for the fields ScaleLab sets. */
  static final String FIELD_MANAGER = "scalelab";

  /** {@code kubectl diff}: 0 no differences, 1 differences found, more than 1 an error. */
  private static final int DIFF_FOUND = 1;

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
    int diff = runner.stream(dir, command(folder, context, "diff")).exitCode();
    if (diff == 0) {
      console.line("No changes: the cluster matches " + dir + "; nothing to apply.");
      return Outcome.NO_CHANGES;
    }
    if (diff != DIFF_FOUND) {
      throw ApplyException.toolFailed("kubectl diff", diff);
    }
    ToolRunner.Streamed dryRun =
        runner.stream(dir, command(folder, context, "apply", "--dry-run=server"));
    if (dryRun.exitCode() != 0) {
      throw ApplyException.toolFailed("kubectl apply --dry-run=server", dryRun.exitCode());
    }
    StringBuilder summary =
        new StringBuilder("Kubernetes changes for " + dir + " on context " + context);
    dryRun.lines().forEach(l -> summary.append("\n  ").append(l));
    if (autoApprove) {
      summary.toString().lines().forEach(console::line);
      console.line("Approved by --auto-approve.");
    } else if (!console.confirm(summary.toString())) {
      console.line("Apply cancelled. Nothing was changed on context " + context + ".");
      return Outcome.CANCELLED;
    }
    ToolRunner.Streamed applied = runner.stream(dir, command(folder, context, "apply"));
    if (applied.exitCode() != 0) {
      throw ApplyException.toolFailed("kubectl apply", applied.exitCode());
    }
    return Outcome.APPLIED;
  }

  private List<String> command(
      KustomizeFolder folder, String context, String verb, String... more) {
    List<String> c =
        new ArrayList<>(
            List.of(
                kubectl.toString(),
                verb,
                "-k",
                folder.dir().toString(),
                "--server-side",
                "--field-manager=" + FIELD_MANAGER,
                "--context",
                context));
    c.addAll(List.of(more));
    return c;
  }
}
