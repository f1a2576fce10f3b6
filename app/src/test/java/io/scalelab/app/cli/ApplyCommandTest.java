package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalelab apply} through picocli, with the real terraform and answers piped on stdin. */
class ApplyCommandTest {

  private static final String BUILT_IN_ONLY =
      """
      resource "terraform_data" "first" {
        input = "hello"
      }

      resource "terraform_data" "second" {
        input = terraform_data.first.output
      }
      """;

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, Map<String, String> env, String... args) {
    return ScalelabCommand.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        env,
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        args);
  }

  /** This process's environment with a private Terraform config and no AWS settings. */
  private Map<String, String> env() throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("TF_"));
    env.put("TF_CLI_CONFIG_FILE", Files.writeString(tmp.resolve("terraformrc"), "").toString());
    env.put("CHECKPOINT_DISABLE", "1");
    return env;
  }

  private static void assumeTerraform() {
    boolean found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(d -> !d.isBlank())
            .map(d -> Path.of(d, "terraform"))
            .anyMatch(Files::isExecutable);
    assumeTrue(
        found, "terraform is not on the PATH: the apply command tests that run it are skipped");
  }

  private Path root(String mainTf) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.writeString(root.resolve("main.tf"), mainTf);
    return root;
  }

  private static int resourcesInState(Path root) throws Exception {
    Path state = root.resolve("terraform.tfstate");
    if (!Files.exists(state)) {
      return 0;
    }
    JsonNode json = new ObjectMapper().readTree(state.toFile());
    return json.path("resources").size();
  }

  @Test
  void yesOnStdinAppliesTheShownPlanAndExitsZero() throws Exception {
    assumeTerraform();
    Path root = root(BUILT_IN_ONLY);

    int code = run("yes\n", env(), "apply", root.toString());

    assertThat(code).isZero();
    String shown = out.toString();
    assertThat(shown)
        .contains("Found in " + root)
        .contains("Plan: 2 to add, 0 to change, 0 to destroy.")
        .contains("Only 'yes' will be accepted to approve.")
        .contains("Apply complete! Resources: 2 added");
    assertThat(shown.indexOf("Enter a value:")).isLessThan(shown.indexOf("$ terraform apply"));
    assertThat(resourcesInState(root)).isEqualTo(2);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anyOtherAnswerCancelsWithExitFourAndAppliesNothing() throws Exception {
    assumeTerraform();
    Path root = root(BUILT_IN_ONLY);

    int code = run("y\n", env(), "apply", root.toString());

    assertThat(code).isEqualTo(4);
    assertThat(out.toString()).contains("Apply cancelled.").doesNotContain("$ terraform apply");
    assertThat(resourcesInState(root)).isZero();
  }

  @Test
  void theEndOfInputDeclines() throws Exception {
    assumeTerraform();
    Path root = root(BUILT_IN_ONLY);

    assertThat(run("", env(), "apply", root.toString())).isEqualTo(4);
    assertThat(out.toString()).contains("(no answer: end of input)");
    assertThat(resourcesInState(root)).isZero();
  }

  @Test
  void autoApproveNeedsNoAnswer() throws Exception {
    assumeTerraform();
    Path root = root(BUILT_IN_ONLY);

    assertThat(run("", env(), "apply", "--auto-approve", root.toString())).isZero();
    assertThat(out.toString()).doesNotContain("Enter a value:").contains("Plan: 2 to add");
    assertThat(resourcesInState(root)).isEqualTo(2);
  }

  @Test
  void aFailingPlanExitsFiveWithTerraformsMessageAndNoQuestion() throws Exception {
    assumeTerraform();
    Path root = root("resource \"terraform_data\" \"x\" {\n  input = var.nobody\n}\n");

    int code = run("yes\n", env(), "apply", root.toString());

    assertThat(code).isEqualTo(5);
    assertThat(out.toString())
        .contains("Reference to undeclared input variable")
        .doesNotContain("Enter a value:");
    assertThat(err.toString().strip())
        .startsWith("scalelab apply: terraform plan failed (exit code 1)")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void noTerraformOnThePathExitsThreeWithOneLine() throws Exception {
    Path root = root(BUILT_IN_ONLY);
    Map<String, String> env = env();
    env.put("PATH", Files.createDirectories(tmp.resolve("empty-bin")).toString());

    int code = run("yes\n", env, "apply", root.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString().strip())
        .startsWith("scalelab apply: terraform was not found on the PATH")
        .doesNotContain("\n");
  }

  @Test
  void aFolderWithNothingToApplyExitsTwo() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    assertThat(run("", env(), "apply", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nothing to apply here");
  }

  @Test
  void aContextWithoutARegionIsAUsageError() throws Exception {
    assertThat(run("", env(), "apply", "--context", "just-a-name", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--context");
  }

  @Test
  void theHelpDocumentsEveryExitCode() throws Exception {
    assertThat(run("", env(), "apply", "--help")).isZero();
    assertThat(out.toString())
        .contains("--auto-approve", "--context=REGION=CONTEXT")
        .contains("0 applied", "3 terraform/kubectl", "4 a plan was declined", "5 terraform or");
  }
}
