package io.scalelab.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.app.gui.run.FxThread;
import io.scalelab.app.gui.run.RecordingDialogs;
import io.scalelab.exporters.apply.ApplyOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply dialog's view model with the real {@code terraform} on the apply step's fixture of
 * built-in {@code terraform_data} resources (no provider to download, no credentials), on the FX
 * thread as in the application.
 */
class ApplyViewModelTest {

  /** The apply step's own fixture, shared rather than copied. */
  static final Path FIXTURE = Path.of("../exporters/src/test/resources/apply/terraform-data");

  private static final Duration WAIT = Duration.ofSeconds(120);

  @TempDir Path tmp;

  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final SimpleObjectProperty<Optional<Path>> lastExport =
      new SimpleObjectProperty<>(Optional.empty());
  private ApplyViewModel vm;

  @BeforeAll
  static void toolkit() throws Exception {
    FxThread.start();
  }

  @BeforeEach
  void viewModel() throws Exception {
    ApplyOptions options = testOptions(tmp);
    vm =
        FxThread.call(
            () -> new ApplyViewModel(lastExport, dialogs, () -> options, Platform::runLater));
  }

  /**
   * This machine's environment with a private Terraform CLI configuration and home, no update
   * check, and no AWS or kubeconfig settings leaking in.
   */
  static ApplyOptions testOptions(Path tmp) throws IOException {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet()
        .removeIf(k -> k.startsWith("AWS_") || k.startsWith("TF_") || k.equals("KUBECONFIG"));
    Path rc = tmp.resolve("terraformrc");
    Files.writeString(rc, "");
    env.put("TF_CLI_CONFIG_FILE", rc.toString());
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("HOME", tmp.toString());
    return ApplyOptions.fromSystem().withEnvironment(env).withHome(tmp);
  }

  static void assumeTerraform() {
    String path = System.getenv().getOrDefault("PATH", "");
    boolean found =
        Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "terraform")));
    assumeTrue(found, "terraform is not on the PATH: the apply dialog's tests that run it skip");
  }

  static Path copyFixture(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> s = Files.list(FIXTURE)) {
      for (Path p : s.toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          Files.copy(in, target.resolve(p.getFileName().toString()));
        }
      }
    }
    return target;
  }

  /** The managed resources in a Terraform state file, as "type.name", read with Jackson. */
  static List<String> resourcesInState(Path root) throws IOException {
    Path state = root.resolve("terraform.tfstate");
    List<String> found = new ArrayList<>();
    if (!Files.exists(state)) {
      return found;
    }
    for (JsonNode r : new ObjectMapper().readTree(state.toFile()).path("resources")) {
      if (r.path("mode").asText().equals("managed") && r.path("instances").size() > 0) {
        found.add(r.path("type").asText() + "." + r.path("name").asText());
      }
    }
    return found;
  }

  private void startOn(Path dir) throws Exception {
    FxThread.run(
        () -> {
          vm.folder().set(dir.toString());
          vm.start();
        });
  }

  private String log() throws Exception {
    return FxThread.call(() -> String.join("\n", vm.log()));
  }

  @Test
  void approvingTheShownPlanAppliesItAndTheStateHoldsItsResources() throws Exception {
    assumeTerraform();
    Path root = copyFixture(tmp.resolve("root"));
    startOn(root);

    FxThread.await(() -> vm.state().get() == ApplyState.ASKING, WAIT);
    assertThat(FxThread.call(() -> vm.question().get()))
        .contains("Plan: 2 to add, 0 to change, 0 to destroy.")
        .contains("+ terraform_data.first (create)");
    // Nothing is applied while the question waits.
    assertThat(resourcesInState(root)).isEmpty();
    FxThread.run(vm::approve);
    FxThread.await(() -> !vm.state().get().active(), WAIT);

    assertThat(FxThread.call(() -> vm.state().get())).isEqualTo(ApplyState.APPLIED);
    assertThat(FxThread.call(() -> vm.status().get())).startsWith("Applied");
    assertThat(log()).contains("$ terraform plan").contains("Apply complete! Resources: 2 added");
    assertThat(resourcesInState(root))
        .containsExactlyInAnyOrder("terraform_data.first", "terraform_data.second");
  }

  @Test
  void cancellingTheQuestionAppliesNothing() throws Exception {
    assumeTerraform();
    Path root = copyFixture(tmp.resolve("root"));
    startOn(root);

    FxThread.await(() -> vm.state().get() == ApplyState.ASKING, WAIT);
    FxThread.run(vm::decline);
    FxThread.await(() -> !vm.state().get().active(), WAIT);

    assertThat(FxThread.call(() -> vm.state().get())).isEqualTo(ApplyState.CANCELLED);
    assertThat(log()).contains("Apply cancelled.").doesNotContain("$ terraform apply");
    assertThat(resourcesInState(root)).isEmpty();
  }

  @Test
  void stopWhileAskingDeclinesAndNothingIsApplied() throws Exception {
    assumeTerraform();
    Path root = copyFixture(tmp.resolve("root"));
    startOn(root);

    FxThread.await(() -> vm.state().get() == ApplyState.ASKING, WAIT);
    FxThread.run(vm::stop);
    FxThread.await(() -> !vm.state().get().active(), WAIT);

    assertThat(FxThread.call(() -> vm.state().get())).isEqualTo(ApplyState.CANCELLED);
    assertThat(resourcesInState(root)).isEmpty();
  }

  @Test
  void aFolderWithNothingToApplyIsOneLineAndRunsNothing() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    startOn(empty);
    FxThread.await(() -> !vm.state().get().active(), WAIT);

    assertThat(FxThread.call(() -> vm.state().get())).isEqualTo(ApplyState.FAILED);
    String status = FxThread.call(() -> vm.status().get());
    assertThat(status).startsWith("Not applied: ").contains(empty.toString()).doesNotContain("\n");
    assertThat(log()).doesNotContain("$ ");
  }

  @Test
  void theFolderFollowsTheLastExport() throws Exception {
    Path exported = tmp.resolve("shop");
    FxThread.run(() -> lastExport.set(Optional.of(exported)));

    assertThat(FxThread.call(() -> vm.folder().get())).isEqualTo(exported.toString());
  }

  @Test
  void quittingIsRefusedWhileAnApplyWaitsForAnAnswer() throws Exception {
    assumeTerraform();
    startOn(copyFixture(tmp.resolve("root")));
    FxThread.await(() -> vm.state().get() == ApplyState.ASKING, WAIT);

    assertThat(FxThread.call(vm::mayQuit)).isFalse();
    assertThat(dialogs.infos).singleElement().asString().startsWith("An apply is running");
    FxThread.run(vm::decline);
    FxThread.await(() -> !vm.state().get().active(), WAIT);
    assertThat(FxThread.call(vm::mayQuit)).isTrue();
  }
}
