package io.scalelab.exporters.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes step when the cluster answers. No cluster runs where the tests run, so a small
 * shell script stands in for kubectl talking to one: it answers as kubectl documents (diff exits 1
 * when there are differences, 0 when none) and logs every call. What is under test is the step's
 * order and questions, not kubectl.
 */
class KubernetesStepTest {

  private static final String STAND_IN =
      """
      #!/bin/sh
      echo "$*" >> "$STANDIN_LOG"
      case "$1" in
        config) echo demo-us-east-1 ;;
        diff) echo "+  mode: test"; exit "$STANDIN_DIFF_EXIT" ;;
        apply)
          for a in "$@"; do
            if [ "$a" = "--dry-run=server" ]; then
              echo "configmap/settings serverside-applied (server dry run)"; exit 0
            fi
          done
          echo "configmap/settings serverside-applied" ;;
      esac
      """;

  @TempDir Path tmp;

  private Outcome apply(int diffExit, RecordingConsole console) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh for the kubectl stand-in");
    Path kubectl = Files.writeString(tmp.resolve("kubectl"), STAND_IN);
    Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwx------"));
    Path dir =
        Fixtures.kustomization(tmp.resolve("us-east-1"), "# EKS cluster demo-us-east-1", "demo");
    ApplyOptions options =
        Fixtures.options(tmp)
            .withTool(Tool.KUBECTL, kubectl)
            .withVariable("STANDIN_LOG", tmp.resolve("calls.log").toString())
            .withVariable("STANDIN_DIFF_EXIT", Integer.toString(diffExit));
    return new Apply(options).run(dir, console);
  }

  private List<String> calls() throws Exception {
    return Files.readAllLines(tmp.resolve("calls.log")).stream()
        .map(l -> l.split(" ")[0] + (l.contains("--dry-run=server") ? " dry-run" : ""))
        .toList();
  }

  @Test
  void differencesAreDiffedDryRunAskedThenApplied() throws Exception {
    RecordingConsole console = new RecordingConsole().answering(true);

    assertThat(apply(1, console)).isEqualTo(Outcome.APPLIED);

    assertThat(calls()).containsExactly("config", "diff", "apply dry-run", "apply");
    assertThat(console.summaries())
        .singleElement()
        .asString()
        .contains("on context demo-us-east-1")
        .contains("configmap/settings serverside-applied (server dry run)");
    assertThat(console.indexOf("+  mode: test"))
        .isLessThan(console.indexOf(RecordingConsole.ASKED));
  }

  @Test
  void aDeclinedDiffAppliesNothing() throws Exception {
    RecordingConsole console = new RecordingConsole().answering(false);

    assertThat(apply(1, console)).isEqualTo(Outcome.CANCELLED);

    assertThat(calls()).containsExactly("config", "diff", "apply dry-run");
    assertThat(console.text()).contains("Apply cancelled.");
  }

  @Test
  void noDifferencesAsksNothingAndAppliesNothing() throws Exception {
    RecordingConsole console = new RecordingConsole();

    assertThat(apply(0, console)).isEqualTo(Outcome.NO_CHANGES);

    assertThat(calls()).containsExactly("config", "diff");
    assertThat(console.summaries()).isEmpty();
  }
}
