package io.scalelab.exporters.apply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Terraform root: {@code init}, {@code plan -out}, the plan's summary from {@code show -json},
 * the question, then {@code apply} of exactly the saved plan (so what runs is what was shown).
 */
final class TerraformStep {

  /**
   * The saved plan, in the root's folder. It stays after the run: {@code terraform show
   * scalelab.tfplan} shows it again, and a later plan replaces it (Terraform refuses to apply a
   * stale one). ScaleLab removes nothing in the user's folders.
   */
  static final String PLAN_FILE = "scalelab.tfplan";

  /**
   * Flags on every command: never prompt (the apply step asks its own question), plain text (the
   * output goes to a log or a GUI panel, not always a terminal).
   */
  private static final List<String> NON_INTERACTIVE = List.of("-input=false", "-no-color");

  private final ToolRunner runner;
  private final Path terraform;
  private final Console console;
  private final boolean autoApprove;

  TerraformStep(ToolRunner runner, Path terraform, Console console, boolean autoApprove) {
    this.runner = runner;
    this.terraform = terraform;
    this.console = console;
    this.autoApprove = autoApprove;
  }

  Outcome run(TerraformRoot root) throws ApplyException {
    Path dir = root.dir();
    console.line("");
    console.line("== Terraform: " + dir);
    run(dir, "terraform init", command("init"));
    run(dir, "terraform plan", command("plan", "-out=" + PLAN_FILE));
    ToolRunner.Captured shown =
        runner.capture(dir, List.of(terraform.toString(), "show", "-json", PLAN_FILE), true);
    if (shown.exitCode() != 0) {
      throw ApplyException.toolFailed("terraform show -json " + PLAN_FILE, shown.exitCode());
    }
    PlanSummary plan = PlanSummary.parse(shown.stdout());
    if (!plan.applyable()) {
      console.line("No changes: the infrastructure matches " + dir + "; nothing to apply.");
      return Outcome.NO_CHANGES;
    }
    String summary = "Terraform plan for " + dir + "\n" + plan.text();
    if (autoApprove) {
      summary.lines().forEach(console::line);
      console.line("Approved by --auto-approve.");
    } else if (!console.confirm(summary)) {
      console.line(
          "Apply cancelled. Nothing was changed by Terraform; the plan stays in "
              + dir.resolve(PLAN_FILE));
      return Outcome.CANCELLED;
    }
    run(dir, "terraform apply", command("apply", PLAN_FILE));
    return Outcome.APPLIED;
  }

  private List<String> command(String subcommand, String... more) {
    List<String> c = new ArrayList<>(List.of(terraform.toString(), subcommand));
    c.addAll(NON_INTERACTIVE);
    c.addAll(List.of(more));
    return c;
  }

  private void run(Path dir, String what, List<String> command) throws ApplyException {
    int code = runner.stream(dir, command).exitCode();
    if (code != 0) {
      throw ApplyException.toolFailed(what, code);
    }
  }
}
