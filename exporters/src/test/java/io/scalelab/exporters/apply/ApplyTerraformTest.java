package io.scalelab.exporters.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Terraform path with the real {@code terraform} binary on built-in resources only. */
class ApplyTerraformTest {

  @TempDir Path tmp;

  @BeforeEach
  void needsTerraform() {
    Fixtures.assumeOnPath(Tool.TERRAFORM);
  }

  private Outcome apply(Path dir, RecordingConsole console, boolean autoApprove) throws Exception {
    return new Apply(Fixtures.options(tmp).withAutoApprove(autoApprove)).run(dir, console);
  }

  @Test
  void yesAppliesTheShownPlanAndTheStateHoldsItsResources() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    RecordingConsole console = new RecordingConsole().answering(true);

    Outcome outcome = apply(root, console, false);

    assertThat(outcome).isEqualTo(Outcome.APPLIED);
    assertThat(console.summaries()).hasSize(1);
    assertThat(console.summaries().get(0))
        .contains("Plan: 2 to add, 0 to change, 0 to destroy.")
        .contains("+ terraform_data.first (create)")
        .contains("+ terraform_data.second (create)");
    assertThat(console.commands())
        .extracting(c -> c.split(" ")[0] + " " + c.split(" ")[1])
        .containsExactly("terraform init", "terraform plan", "terraform apply");
    // The question comes after the plan was saved and before apply runs.
    assertThat(console.indexOf("$ terraform plan"))
        .isLessThan(console.indexOf(RecordingConsole.ASKED));
    assertThat(console.indexOf(RecordingConsole.ASKED))
        .isLessThan(console.indexOf("$ terraform apply"));
    assertThat(console.text()).contains("Apply complete! Resources: 2 added");
    assertThat(Fixtures.resourcesInState(root))
        .containsExactlyInAnyOrder("terraform_data.first", "terraform_data.second");
    assertThat(root.resolve(TerraformStep.PLAN_FILE)).exists();
  }

  @Test
  void noAppliesNothingAndSaysCancelled() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    RecordingConsole console = new RecordingConsole().answering(false);

    Outcome outcome = apply(root, console, false);

    assertThat(outcome).isEqualTo(Outcome.CANCELLED);
    assertThat(console.summaries()).hasSize(1);
    assertThat(console.text()).contains("Apply cancelled.");
    assertThat(console.commands()).noneMatch(c -> c.startsWith("terraform apply"));
    assertThat(Fixtures.resourcesInState(root)).isEmpty();
  }

  @Test
  void autoApproveAppliesWithoutAskingButShowsThePlan() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    RecordingConsole console = new RecordingConsole();

    Outcome outcome = apply(root, console, true);

    assertThat(outcome).isEqualTo(Outcome.APPLIED);
    assertThat(console.summaries()).isEmpty();
    assertThat(console.lines()).contains("Plan: 2 to add, 0 to change, 0 to destroy.");
    assertThat(console.indexOf("Approved by --auto-approve"))
        .isLessThan(console.indexOf("$ terraform apply"));
    assertThat(Fixtures.resourcesInState(root)).hasSize(2);
  }

  @Test
  void aPlanWithoutChangesIsNotAppliedAndNothingIsAsked() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    apply(root, new RecordingConsole(), true);
    RecordingConsole again = new RecordingConsole();

    Outcome outcome = apply(root, again, false);

    assertThat(outcome).isEqualTo(Outcome.NO_CHANGES);
    assertThat(again.summaries()).isEmpty();
    assertThat(again.text()).contains("No changes");
    assertThat(again.commands()).noneMatch(c -> c.startsWith("terraform apply"));
  }

  @Test
  void ourCountsAgreeWithTerraformsOwnPlanLineForReplaceUpdateAndDestroy() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    apply(root, new RecordingConsole(), true);
    // A new greeting updates "first" in place and (through its output) "second"; "third" is new,
    // and "first" is also forced to be replaced by a trigger.
    Files.writeString(
        root.resolve("main.tf"),
        """
        variable "greeting" {
          type    = string
          default = "hello again"
        }

        resource "terraform_data" "first" {
          input            = var.greeting
          triggers_replace = [var.greeting]
        }

        resource "terraform_data" "third" {
          input = "new"
        }
        """);
    RecordingConsole console = new RecordingConsole().answering(false);

    apply(root, console, false);

    String terraformsLine =
        console.lines().stream().filter(l -> l.startsWith("Plan: ")).findFirst().orElseThrow();
    assertThat(console.summaries().get(0))
        .startsWith("Terraform plan for")
        .contains(terraformsLine);
    assertThat(console.summaries().get(0))
        .contains("-/+ terraform_data.first (replace)")
        .contains("- terraform_data.second (delete)")
        .contains("+ terraform_data.third (create)");
  }

  @Test
  void anInvalidConfigurationStopsAtThePlanWithTerraformsMessageAndNeverAsks() throws Exception {
    Path root = Fixtures.copy("terraform-broken", tmp.resolve("root"));
    RecordingConsole console = new RecordingConsole();

    assertThatThrownBy(() -> apply(root, console, false))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.TOOL_FAILED);
              assertThat(e.toolExitCode()).isEqualTo(1);
              assertThat(e.getMessage()).startsWith("terraform plan failed (exit code 1)");
            });
    assertThat(console.text()).contains("Reference to undeclared input variable");
    assertThat(console.summaries()).isEmpty();
    assertThat(console.commands()).noneMatch(c -> c.startsWith("terraform apply"));
  }

  @Test
  void withoutTerraformOnThePathItSaysSoInOneLineAndRunsNothing() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    Path emptyBin = Files.createDirectories(tmp.resolve("bin"));
    RecordingConsole console = new RecordingConsole();
    ApplyOptions options = Fixtures.options(tmp).withVariable("PATH", emptyBin.toString());

    assertThatThrownBy(() -> new Apply(options).run(root, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.UNAVAILABLE);
              assertThat(e.getMessage())
                  .startsWith("terraform was not found on the PATH")
                  .contains("https://developer.hashicorp.com/terraform/install")
                  .doesNotContain("\n");
            });
    assertThat(console.commands()).isEmpty();
  }

  @Test
  void anAwsConfigurationWithoutCredentialsStopsBeforeTerraformRuns() throws Exception {
    Fixtures.assumeNotOnEc2();
    Path root = Files.createDirectories(tmp.resolve("aws-root"));
    Files.writeString(
        root.resolve("versions.tf"),
        """
        terraform {
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = "~> 5.0"
            }
          }
        }
        """);
    RecordingConsole console = new RecordingConsole();

    assertThatThrownBy(() -> new Apply(Fixtures.options(tmp)).run(root, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.UNAVAILABLE);
              assertThat(e.getMessage())
                  .startsWith("no AWS credentials found")
                  .doesNotContain("\n");
            });
    assertThat(console.commands()).isEmpty();
  }
}
