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
      render() {
        for f in "$1"/*.yaml; do
          case "$f" in */kustomization.yaml) ;; *) echo "---"; cat "$f" ;; esac
        done
      }
      case "$1" in
        config) echo demo-us-east-1 ;;
        kustomize) render "$2" ;;
        get) if [ "$STANDIN_NS_EXISTS" = yes ]; then echo "namespace/$3"; fi ;;
        diff) echo "+  mode: test"; exit "$STANDIN_DIFF_EXIT" ;;
        apply)
          for a in "$@"; do
            if [ "$a" = "--dry-run=server" ]; then
              echo "configmap/settings serverside-applied (server dry run)"; exit 0
            fi
          done
          echo "$3" > "$STANDIN_APPLIED_FILE"
          if [ "$2" = "-k" ]; then render "$3"; else cat "$3"; fi > "$STANDIN_APPLIED"
          echo "configmap/settings serverside-applied" ;;
      esac
      """;

  @TempDir Path tmp;

  private Path folder() throws Exception {
    return Fixtures.kustomization(tmp.resolve("us-east-1"), "# EKS cluster demo-us-east-1", "demo");
  }

  private Outcome apply(int diffExit, Console console) throws Exception {
    return apply(folder(), diffExit, true, console);
  }

  private Outcome apply(Path dir, int diffExit, boolean namespaceExists, Console console)
      throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh for the kubectl stand-in");
    Path kubectl = Files.writeString(tmp.resolve("kubectl"), STAND_IN);
    Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwx------"));
    ApplyOptions options =
        Fixtures.options(tmp)
            .withTool(Tool.KUBECTL, kubectl)
            .withVariable("STANDIN_LOG", tmp.resolve("calls.log").toString())
            .withVariable("STANDIN_APPLIED", tmp.resolve("applied.yaml").toString())
            .withVariable("STANDIN_APPLIED_FILE", tmp.resolve("applied-from").toString())
            .withVariable("STANDIN_NS_EXISTS", namespaceExists ? "yes" : "no")
            .withVariable("STANDIN_DIFF_EXIT", Integer.toString(diffExit));
    return new Apply(options).run(dir, console);
  }

  private List<String> calls() throws Exception {
    return Files.readAllLines(tmp.resolve("calls.log")).stream()
        .map(l -> l.split(" ")[0] + (l.contains("--dry-run=server") ? " dry-run" : ""))
        .toList();
  }

  /** The arguments of the first call of {@code verb}. */
  private String call(String verb) throws Exception {
    return Files.readAllLines(tmp.resolve("calls.log")).stream()
        .filter(l -> l.startsWith(verb + " "))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void differencesAreDiffedDryRunAskedThenApplied() throws Exception {
    RecordingConsole console = new RecordingConsole().answering(true);

    assertThat(apply(1, console)).isEqualTo(Outcome.APPLIED);

    assertThat(calls()).containsExactly("config", "kustomize", "diff", "apply dry-run", "apply");
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

    assertThat(calls()).containsExactly("config", "kustomize", "diff", "apply dry-run");
    assertThat(console.text()).contains("Apply cancelled.");
  }

  @Test
  void noDifferencesAsksNothingAndAppliesNothing() throws Exception {
    RecordingConsole console = new RecordingConsole();

    assertThat(apply(0, console)).isEqualTo(Outcome.NO_CHANGES);

    assertThat(calls()).containsExactly("config", "kustomize", "diff");
    assertThat(console.summaries()).isEmpty();
  }

  @Test
  void theRenderedFileThatWasDiffedIsTheOneAppliedEvenIfTheFolderChangesMeanwhile()
      throws Exception {
    Path dir = folder();
    Path settings = dir.resolve("settings.yaml");
    RecordingConsole record = new RecordingConsole().answering(true);
    Console editsWhileAsked =
        new Console() {
          @Override
          public void line(String text) {
            record.line(text);
          }

          @Override
          public boolean confirm(String summary) {
            try {
              Files.writeString(
                  settings, Files.readString(settings).replace("mode: test", "mode: unseen"));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return record.confirm(summary);
          }
        };

    assertThat(apply(dir, 1, true, editsWhileAsked)).isEqualTo(Outcome.APPLIED);

    assertThat(Files.readString(tmp.resolve("applied.yaml")))
        .contains("mode: test")
        .doesNotContain("unseen");
    String file = Files.readString(tmp.resolve("applied-from")).strip();
    assertThat(call("diff")).contains("-f " + file);
    assertThat(call("apply")).contains("-f " + file);
    assertThat(Path.of(file)).doesNotExist();
  }

  @Test
  void aNamespaceTheApplyCreatesIsNotDiffedTheRenderedObjectsAreShownInstead() throws Exception {
    Path dir = folder();
    Files.writeString(
        dir.resolve("namespace.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n");
    RecordingConsole console = new RecordingConsole().answering(true);

    assertThat(apply(dir, 1, false, console)).isEqualTo(Outcome.APPLIED);

    assertThat(calls()).containsExactly("config", "kustomize", "get", "apply");
    assertThat(call("get")).startsWith("get namespace demo").contains("--context demo-us-east-1");
    assertThat(console.text())
        .contains(
            "namespace demo does not exist yet: it is created by this apply; the server cannot"
                + " diff objects inside it");
    assertThat(console.summaries())
        .singleElement()
        .asString()
        .contains("Namespace/demo")
        .contains("ConfigMap/settings");
  }

  @Test
  void aNamespaceThatExistsIsDiffedAsUsual() throws Exception {
    Path dir = folder();
    Files.writeString(
        dir.resolve("namespace.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n");
    RecordingConsole console = new RecordingConsole().answering(true);

    assertThat(apply(dir, 1, true, console)).isEqualTo(Outcome.APPLIED);

    assertThat(calls())
        .containsExactly("config", "kustomize", "get", "diff", "apply dry-run", "apply");
    assertThat(console.text()).doesNotContain("does not exist yet");
  }
}
