package io.scalelab.exporters.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes path with the real {@code kubectl} and a kubeconfig whose API server does not
 * exist: what it can show without a cluster is how the step chooses contexts and how it stops.
 */
class ApplyKubernetesTest {

  private static final String ARN_CONTEXT =
      "arn:aws:eks:us-east-1:111122223333:cluster/demo-us-east-1";

  @TempDir Path tmp;

  @BeforeEach
  void needsKubectl() {
    Fixtures.assumeOnPath(Tool.KUBECTL);
  }

  private ApplyOptions options(Path kubeconfig) throws Exception {
    return Fixtures.options(tmp).withVariable("KUBECONFIG", kubeconfig.toString());
  }

  private Path region(String region) throws Exception {
    return Fixtures.kustomization(
        tmp.resolve("export/kubernetes").resolve(region),
        "# ScaleLab export for EKS cluster demo-"
            + region
            + " (design demo, region "
            + region
            + ")",
        "demo");
  }

  @Test
  void anUnreachableClusterStopsAtTheDiffWithKubectlsMessageAndNothingAfterRuns() throws Exception {
    Path dir = region("us-east-1");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "", "someone-else", ARN_CONTEXT);
    RecordingConsole console = new RecordingConsole();

    assertThatThrownBy(() -> new Apply(options(kubeconfig)).run(dir, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.TOOL_FAILED);
              assertThat(e.getMessage()).startsWith("kubectl diff failed");
            });
    assertThat(console.lines())
        .contains(
            "Kubernetes context for us-east-1: "
                + ARN_CONTEXT
                + " (the context of EKS cluster demo-us-east-1)");
    assertThat(console.text()).contains("127.0.0.1:1").contains("connection refused");
    assertThat(console.commands()).hasSize(2);
    assertThat(console.commands().get(0)).startsWith("kubectl kustomize " + dir + " > ");
    assertThat(console.commands().get(1))
        .startsWith("kubectl diff -f ")
        .contains("--server-side", "--field-manager=scalelab", "--context " + ARN_CONTEXT);
    assertThat(console.summaries()).isEmpty();
  }

  @Test
  void withoutAContextForTheClusterItExplainsHowToAddOneInOneLine() throws Exception {
    Path dir = region("us-east-1");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "", "someone-else", "old-demo-us-east-1");
    RecordingConsole console = new RecordingConsole();

    assertThatThrownBy(() -> new Apply(options(kubeconfig)).run(dir, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.UNAVAILABLE);
              assertThat(e.getMessage())
                  .contains(
                      "aws eks update-kubeconfig --region us-east-1 --name demo-us-east-1"
                          + " --alias demo-us-east-1")
                  .contains("--context us-east-1=CONTEXT")
                  .doesNotContain("\n");
            });
    assertThat(console.commands()).isEmpty();
  }

  @Test
  void twoRegionsNeverFallBackToTheCurrentContext() throws Exception {
    region("us-east-1");
    region("ap-south-1");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "someone-else", "someone-else", "demo-ap-south-1");

    assertThatThrownBy(
            () ->
                new Apply(options(kubeconfig))
                    .run(tmp.resolve("export/kubernetes"), new RecordingConsole()))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("no kubeconfig context for EKS cluster demo-us-east-1");
  }

  @Test
  void aSingleExportFolderWithoutItsClusterContextIsRefusedRatherThanSentToTheCurrentOne()
      throws Exception {
    Path dir = region("us-east-1");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "someone-else", "someone-else");
    RecordingConsole console = new RecordingConsole();
    ApplyOptions auto = options(kubeconfig).withAutoApprove(true);

    assertThatThrownBy(() -> new Apply(auto).run(dir, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.UNAVAILABLE);
              assertThat(e.getMessage())
                  .contains("aws eks update-kubeconfig --region us-east-1 --name demo-us-east-1")
                  .doesNotContain("\n");
            });
    assertThat(console.commands()).isEmpty();
  }

  @Test
  void aFolderThatNamesNoClusterUsesTheCurrentContextAndSaysSo() throws Exception {
    Path dir = Fixtures.kustomization(tmp.resolve("my-app"), "# hand-written", "");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "someone-else", "someone-else");
    RecordingConsole console = new RecordingConsole();

    assertThatThrownBy(() -> new Apply(options(kubeconfig)).run(dir, console))
        .isInstanceOf(ApplyException.class);
    assertThat(console.lines())
        .contains(
            "Kubernetes context for my-app: someone-else (the current context; the folder names no"
                + " EKS cluster)");
    assertThat(console.commands().get(1)).contains("--context someone-else");
  }

  @Test
  void anExplicitContextWinsAndAnUnknownOneIsRefused() throws Exception {
    Path dir = region("us-east-1");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "", "someone-else", ARN_CONTEXT);
    RecordingConsole console = new RecordingConsole();
    ApplyOptions chosen = options(kubeconfig).withContexts(Map.of("us-east-1", "someone-else"));

    assertThatThrownBy(() -> new Apply(chosen).run(dir, console))
        .hasMessageStartingWith("kubectl diff failed");
    assertThat(console.commands().get(1)).contains("--context someone-else");

    ApplyOptions unknown = options(kubeconfig).withContexts(Map.of("us-east-1", "nope"));
    assertThatThrownBy(() -> new Apply(unknown).run(dir, new RecordingConsole()))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "--context us-east-1=nope: the kubeconfig has no such context (it has: "
                            + ARN_CONTEXT
                            + ", someone-else)"));
  }

  @Test
  void aContextForAFolderThatIsNotThereIsRefusedBeforeAnythingRuns() throws Exception {
    Path dir = region("us-east-1");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "", ARN_CONTEXT);
    RecordingConsole console = new RecordingConsole();
    ApplyOptions typo = options(kubeconfig).withContexts(Map.of("us-east1", ARN_CONTEXT));

    assertThatThrownBy(() -> new Apply(typo).run(dir, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.FOLDER);
              assertThat(e.getMessage()).contains("no kustomize folder us-east1");
            });
    assertThat(console.lines()).isEmpty();
  }

  @Test
  void terraformRunsFirstThenKubectlAndArgoCdIsNeverApplied() throws Exception {
    Fixtures.assumeOnPath(Tool.TERRAFORM);
    Path export = tmp.resolve("export");
    Fixtures.copy("terraform-data", export.resolve("terraform"));
    region("us-east-1");
    Fixtures.kustomization(export.resolve("kubernetes/argocd"), "# Argo CD", "argocd");
    Path kubeconfig = Fixtures.kubeconfig(tmp, "", ARN_CONTEXT);
    RecordingConsole console = new RecordingConsole();

    assertThatThrownBy(
            () -> new Apply(options(kubeconfig).withAutoApprove(true)).run(export, console))
        .hasMessageStartingWith("kubectl diff failed");

    assertThat(Fixtures.resourcesInState(export.resolve("terraform"))).hasSize(2);
    assertThat(console.commands())
        .extracting(c -> c.split(" ")[0] + " " + c.split(" ")[1])
        .containsExactly(
            "terraform init",
            "terraform plan",
            "terraform apply",
            "kubectl kustomize",
            "kubectl diff");
    assertThat(console.commands()).noneMatch(c -> c.contains("argocd"));
    assertThat(console.text()).contains("kubernetes/argocd: not applied");
  }
}
