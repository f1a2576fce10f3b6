package io.scalelab.exporters.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping an apply from another thread (the GUI's Stop and Kill buttons) while a tool runs: the
 * tool ends, nothing after it starts, and the exception says what state things may be in.
 */
class ApplyStopTest {

  /** Longest a test waits for the stopped apply to return, so a regression fails, not hangs. */
  private static final long GIVE_UP_SECONDS = 90;

  @TempDir Path tmp;

  /** A console that records and counts down when a line containing {@code marker} arrives. */
  private static final class Watching implements Console {
    final RecordingConsole record = new RecordingConsole();
    final CountDownLatch seen = new CountDownLatch(1);
    private final String marker;

    Watching(String marker) {
      this.marker = marker;
    }

    @Override
    public void line(String text) {
      record.line(text);
      if (text.contains(marker)) {
        seen.countDown();
      }
    }

    @Override
    public boolean confirm(String summary) {
      return record.confirm(summary);
    }
  }

  private static CompletableFuture<Outcome> start(Apply apply, Path dir, Console console) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return apply.run(dir, console);
          } catch (ApplyException e) {
            throw new java.util.concurrent.CompletionException(e);
          }
        });
  }

  private static ApplyException failure(CompletableFuture<Outcome> run) throws Exception {
    try {
      Outcome o = run.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
      throw new AssertionError("the apply ended normally: " + o);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(ApplyException.class);
      return (ApplyException) e.getCause();
    }
  }

  @Test
  void stopDuringTerraformApplyLetsTerraformSaveItsStateAndSaysSo() throws Exception {
    Fixtures.assumeOnPath(Tool.TERRAFORM);
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.writeString(
        root.resolve("main.tf"),
        """
        resource "terraform_data" "slow" {
          provisioner "local-exec" {
            command = "echo provisioning; sleep 120"
          }
        }
        """);
    Apply apply = new Apply(Fixtures.options(tmp).withAutoApprove(true));
    Watching console = new Watching("(local-exec): provisioning");

    CompletableFuture<Outcome> run = start(apply, root, console);
    assertThat(console.seen.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)).isTrue();
    apply.stop();
    ApplyException e = failure(run);

    assertThat(e.reason()).isEqualTo(ApplyException.Reason.STOPPED);
    assertThat(e.getMessage())
        .startsWith("stopped terraform apply")
        .contains("saved in its state")
        .doesNotContain("\n");
    // Terraform's own words: it was interrupted and shut down gracefully.
    assertThat(console.record.text()).contains("Interrupt received");
    JsonNode state = new ObjectMapper().readTree(root.resolve("terraform.tfstate").toFile());
    assertThat(state.at("/resources/0/instances/0/status").asText()).isEqualTo("tainted");
    assertThat(console.record.text()).doesNotContain("Apply complete");
  }

  @Test
  void killEndsAToolThatIgnoresTheStopTogetherWithItsChildren() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh for the stand-in tool");
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    // A stand-in for a tool that ignores SIGTERM and whose child holds the output pipe open:
    // only killing both lets the output end.
    Path tool = tmp.resolve("stubborn-terraform");
    Files.writeString(
        tool, "#!/bin/sh\ntrap '' TERM\necho working\nsleep 300 &\nwait $!\necho finished\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
    Apply apply = new Apply(Fixtures.options(tmp).withTool(Tool.TERRAFORM, tool));
    Watching console = new Watching("working");

    CompletableFuture<Outcome> run = start(apply, root, console);
    assertThat(console.seen.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)).isTrue();
    apply.stop();
    apply.kill();
    ApplyException e = failure(run);

    assertThat(e.reason()).isEqualTo(ApplyException.Reason.STOPPED);
    assertThat(e.getMessage())
        .startsWith("killed stubborn-terraform init")
        .contains("nothing was changed")
        .contains("state lock may remain");
    assertThat(console.record.text()).doesNotContain("finished");
    assertThat(console.record.commands()).hasSize(1);
  }

  @Test
  void anApplyStoppedBeforeItRunsStartsNoTool() throws Exception {
    Fixtures.assumeOnPath(Tool.TERRAFORM);
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    Apply apply = new Apply(Fixtures.options(tmp));
    RecordingConsole console = new RecordingConsole();
    apply.stop();

    assertThatThrownBy(() -> apply.run(root, console))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ApplyException.Reason.STOPPED);
              assertThat(e.getMessage()).startsWith("stopped before terraform init");
            });
    assertThat(console.commands()).isEmpty();
    assertThat(root.resolve(".terraform")).doesNotExist();
  }
}
