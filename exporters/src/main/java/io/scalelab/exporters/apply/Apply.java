package io.scalelab.exporters.apply;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The apply step: applies an exported folder with the user's own {@code terraform} and {@code
 * kubectl}, Terraform first (it creates the clusters), then each kustomize folder. Every change is
 * shown before it is made, and made only after the {@link Console} approves it (or with {@link
 * ApplyOptions#autoApprove()}); the first failure stops everything after it.
 *
 * <p>Before running anything it checks, and explains in one line when missing: the tools, AWS
 * credentials for a configuration that uses the AWS provider, and {@code --context} keys. The
 * Kubernetes context of each folder is chosen after Terraform has run, since Terraform may have
 * just created the cluster. Usage: {@code new Apply(ApplyOptions.fromSystem()).run(dir, console)}.
 */
public final class Apply {

  /**
   * Set for Terraform unless the user set it: it then leaves out its hints to run commands the
   * apply step runs itself (Terraform CLI docs, "Environment Variables").
   */
  static final String TF_IN_AUTOMATION = "TF_IN_AUTOMATION";

  private final ApplyOptions options;
  private final ToolControl control = new ToolControl();

  /** An apply step with these options. */
  public Apply(ApplyOptions options) {
    this.options = options;
  }

  /**
   * Stops a {@link #run} going on another thread, as Ctrl+C in a terminal would: the running tool
   * is asked to stop (SIGTERM on Unix; Terraform finishes the calls under way, saves its state and
   * releases its lock, which may take a while), and nothing after it starts. {@code run} then
   * throws {@link ApplyException.Reason#STOPPED}, saying what state things may be in. A question
   * being asked is not answered by this: the console declines it. Once stopped, this apply stays
   * stopped. Safe to call from any thread, any number of times.
   */
  public void stop() {
    control.stop();
  }

  /**
   * Like {@link #stop()}, for when the running tool has already been interrupted by someone else:
   * Ctrl+C in a terminal reaches every process of the terminal's foreground process group, the tool
   * included. Nothing is sent to the tool, since a second interrupt makes Terraform give up at once
   * ("Two interrupts received. Exiting immediately"), without saving its state; nothing after it
   * starts, and {@code run} throws {@link ApplyException.Reason#STOPPED}. Safe from any thread.
   */
  public void stopAfterInterrupt() {
    control.stopAfterRunning();
  }

  /**
   * Like {@link #stop()}, but ends the running tool and every process it started at once, without
   * letting them finish: for a tool that does not stop when asked. Killing Terraform while it
   * changes resources can leave resources its state does not record, and its state lock held.
   */
  public void kill() {
    control.kill();
  }

  /**
   * Applies {@code dir}: a Terraform root, a kustomize folder, a Kubernetes export ({@code
   * <region>/kustomization.yaml}) or the parent folder of {@code scalelab export all}. Blocks until
   * done; output and questions go through {@code console} as they come.
   *
   * @return {@link Outcome#CANCELLED} when a plan was declined (later steps did not run), otherwise
   *     whether anything was applied
   * @throws ApplyException when the folder holds nothing to apply, a tool, credentials or a context
   *     is missing, a tool failed (its message is already on the console), or {@link #stop()} or
   *     {@link #kill()} was called
   */
  public Outcome run(Path dir, Console console) throws ApplyException {
    ExportLayout layout = ExportLayout.find(dir);
    KubeContexts.checkKeys(layout.kubernetes(), options.contexts());
    new LayoutReport(layout, options.autoApprove()).print(console);
    Map<Tool, Path> tools = requireTools(layout);
    checkCredentials(layout, console);
    control.tools(tools);
    ToolRunner runner = new ToolRunner(console, environment(), control);
    boolean applied = false;
    for (TerraformRoot root : layout.terraform()) {
      TerraformStep step =
          new TerraformStep(runner, tools.get(Tool.TERRAFORM), console, options.autoApprove());
      Outcome o = step.run(root);
      if (o == Outcome.CANCELLED) {
        return o;
      }
      applied |= o == Outcome.APPLIED;
    }
    if (!layout.kubernetes().isEmpty()) {
      Path kubectl = tools.get(Tool.KUBECTL);
      Map<KustomizeFolder, KubeContexts.Choice> contexts =
          new KubeContexts(runner, kubectl, layout.dir())
              .choose(layout.kubernetes(), options.contexts());
      console.line("");
      contexts.forEach(
          (f, c) ->
              console.line(
                  "Kubernetes context for " + f.key() + ": " + c.context() + " (" + c.why() + ")"));
      KubernetesStep step = new KubernetesStep(runner, kubectl, console, options.autoApprove());
      for (Map.Entry<KustomizeFolder, KubeContexts.Choice> e : contexts.entrySet()) {
        Outcome o = step.run(e.getKey(), e.getValue().context());
        if (o == Outcome.CANCELLED) {
          return o;
        }
        applied |= o == Outcome.APPLIED;
      }
    }
    console.line("");
    console.line(applied ? "Apply complete." : "No changes: nothing was applied.");
    return applied ? Outcome.APPLIED : Outcome.NO_CHANGES;
  }

  private Map<Tool, Path> requireTools(ExportLayout layout) throws ApplyException {
    Tools tools = new Tools(options.tools(), options.environment());
    Map<Tool, Path> found = new EnumMap<>(Tool.class);
    if (!layout.terraform().isEmpty()) {
      found.put(Tool.TERRAFORM, tools.require(Tool.TERRAFORM));
    }
    if (!layout.kubernetes().isEmpty()) {
      found.put(Tool.KUBECTL, tools.require(Tool.KUBECTL));
    }
    return found;
  }

  private void checkCredentials(ExportLayout layout, Console console) throws ApplyException {
    if (layout.terraform().stream().noneMatch(TerraformRoot::usesAws)) {
      return;
    }
    AwsCredentials aws = new AwsCredentials(options.environment(), options.home());
    String source =
        aws.source()
            .orElseThrow(
                () -> new ApplyException(ApplyException.Reason.UNAVAILABLE, aws.missing()));
    console.line("AWS credentials: from " + source + " (Terraform checks that they work)");
  }

  private Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>(options.environment());
    env.putIfAbsent(TF_IN_AUTOMATION, "1");
    return env;
  }
}
