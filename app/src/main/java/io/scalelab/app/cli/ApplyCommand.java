package io.scalelab.app.cli;

import io.scalelab.exporters.apply.Apply;
import io.scalelab.exporters.apply.ApplyException;
import io.scalelab.exporters.apply.ApplyOptions;
import io.scalelab.exporters.apply.Outcome;
import io.scalelab.exporters.apply.Tool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scalelab apply DIR}: applies an export with the user's own terraform and kubectl, every
 * plan shown and confirmed first. The work is {@link Apply}'s; this class maps its outcome to exit
 * codes.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Applies an export with your own terraform and kubectl (found on the PATH) and credentials.",
      "DIR is the folder of 'scalelab export all' (terraform/ and kubernetes/), a Terraform root,",
      "a kustomize folder, or a Kubernetes export (<region>/kustomization.yaml); kubernetes/argocd",
      "is never applied. Terraform runs first: init, plan (saved to scalelab.tfplan), the plan's",
      "summary, the question, then apply of exactly that plan. Then for each region: the kubeconfig",
      "context, the folder rendered once (kubectl kustomize), kubectl diff and a server-side dry",
      "run of that rendering (or, for a namespace not yet created, its object list), the question,",
      "kubectl apply --server-side of exactly that rendering. Ctrl+C stops the running tool and",
      "waits up to 60 s for it (Terraform saves its state).",
      "Only 'yes' approves; anything else or the end of input declines. The first failure stops",
      "everything after it. See docs/apply.md.",
      "Exit code: 0 applied or nothing to change, 2 DIR has nothing to apply or a bad option,",
      "3 terraform/kubectl, AWS credentials or a kubeconfig context missing (nothing ran, except",
      "  that a missing context is found after Terraform, which may then have applied its plan),",
      "4 a plan was declined (\"Apply cancelled.\"; earlier steps stay applied),",
      "5 terraform or kubectl failed (its message is shown; nothing after it ran)."
    })
final class ApplyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private ScalelabCommand parent;

  @Parameters(index = "0", paramLabel = "DIR", description = "The exported folder to apply.")
  private Path dir;

  @Option(
      names = "--auto-approve",
      description = "Apply every plan without asking; each plan is still shown first.")
  private boolean autoApprove;

  @Option(
      names = "--context",
      paramLabel = "REGION=CONTEXT",
      description =
          "The kubeconfig context for a region's folder (repeatable). Default: the context named"
              + " after the region's EKS cluster (<design>-<region>, or an ARN ending in it); only"
              + " for a single folder that names no cluster, the current context.")
  private Map<String, String> contexts = new LinkedHashMap<>();

  @Option(
      names = "--terraform",
      paramLabel = "FILE",
      description = "The terraform executable to run (default: terraform on the PATH).")
  private Path terraform;

  @Option(
      names = "--kubectl",
      paramLabel = "FILE",
      description = "The kubectl executable to run (default: kubectl on the PATH).")
  private Path kubectl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BufferedReader answers =
        new BufferedReader(new InputStreamReader(parent.in(), Charset.defaultCharset()));
    Apply apply = new Apply(options());
    CliConsole console = new CliConsole(out, answers);
    InterruptGuard guard = new InterruptGuard(apply, console);
    guard.arm();
    try {
      Outcome outcome = apply.run(dir, console);
      return outcome == Outcome.CANCELLED ? ExitCodes.CANCELLED : ExitCodes.OK;
    } catch (ApplyException e) {
      out.flush();
      err.println("scalelab apply: " + e.getMessage());
      err.flush();
      return switch (e.reason()) {
        case FOLDER -> ExitCodes.UNREADABLE;
        case UNAVAILABLE -> ExitCodes.UNAVAILABLE;
        // STOPPED: after Ctrl+C (InterruptGuard); the JVM then exits with the signal's code.
        case TOOL_FAILED, STOPPED -> ExitCodes.TOOL_FAILED;
      };
    } finally {
      guard.disarm();
    }
  }

  private ApplyOptions options() {
    ApplyOptions o =
        ApplyOptions.fromSystem()
            .withEnvironment(parent.environment())
            .withAutoApprove(autoApprove)
            .withContexts(contexts);
    if (terraform != null) {
      o = o.withTool(Tool.TERRAFORM, terraform);
    }
    if (kubectl != null) {
      o = o.withTool(Tool.KUBECTL, kubectl);
    }
    return o;
  }
}
