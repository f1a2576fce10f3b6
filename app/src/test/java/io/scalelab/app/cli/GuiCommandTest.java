package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.GuiStart;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code scalelab gui}: what it opens, and its one-line answers when it cannot. */
class GuiCommandTest {

  private final List<GuiStart> launched = new ArrayList<>();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new GuiCommand(launched::add));
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void withoutArgumentsItOpensThePhaseThreePreset() {
    assertThat(run()).isZero();
    assertThat(launched)
        .singleElement()
        .satisfies(s -> assertThat(s.design()).isEqualTo(Presets.design(Phase.PERFORMANCE)));
  }

  @Test
  void phaseOpensThatPresetAndAWrongPhaseIsOneLine() {
    assertThat(run("--phase", "1")).isZero();
    assertThat(launched.get(0).design()).isEqualTo(Presets.design(Phase.HIGH_AVAILABILITY));

    assertThat(run("--phase", "7")).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly("scalelab gui: --phase: found 7; expected 0 to 4");
  }

  @Test
  void presetOpensAnOptionalPresetAndAnUnknownOneOrTwoChoicesAreOneLine() {
    assertThat(run("--preset", "serverless")).isZero();
    assertThat(launched.get(0).design()).isEqualTo(Presets.design(Extra.SERVERLESS));
    assertThat(launched.get(0).file()).isEmpty();

    assertThat(run("--preset", "sharded")).isEqualTo(2);
    assertThat(run("--preset", "serverless", "--phase", "1")).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "scalelab gui: --preset: found 'sharded'; expected one of serverless,"
                + " disaster-recovery",
            "scalelab gui: give one of a design file, --phase or --preset");
    assertThat(launched).hasSize(1);
  }

  @Test
  void aFileOpensEvenUnfinishedButAnUnreadableOneIsRefusedAsTheCliDoes(@TempDir Path tmp)
      throws Exception {
    String unfinished =
        Presets.text(Phase.MVP)
            .replace(
                "components:\n", "components:\n  - {id: q, type: queue, region: ap-south-1}\n");
    Path file = Files.writeString(tmp.resolve("u.yaml"), unfinished);
    assertThat(run(file.toString())).isZero();
    assertThat(launched.get(0).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'q' is not reachable"));
    assertThat(launched.get(0).file()).contains(file);

    Path bad = Files.writeString(tmp.resolve("b.yaml"), "scalelab: 1\nname: x\n");
    assertThat(run(bad.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("INVALID " + bad);
    assertThat(run(tmp.resolve("none.yaml").toString())).isEqualTo(2);
    assertThat(launched).hasSize(1);
  }

  @Test
  void withoutADisplayOnLinuxItSaysSoInOneLine() {
    Properties linux = new Properties();
    linux.setProperty("os.name", "Linux");
    assertThat(GuiCommand.missingDisplay(Map.of(), linux)).isPresent();
    assertThat(GuiCommand.missingDisplay(Map.of("DISPLAY", ":0"), linux)).isEmpty();
    assertThat(GuiCommand.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), linux)).isEmpty();
    Properties windows = new Properties();
    windows.setProperty("os.name", "Windows 11");
    assertThat(GuiCommand.missingDisplay(Map.of(), windows)).isEmpty();
    assertThat(GuiCommand.missingDisplay(Map.of(), linux).get()).doesNotContain("\n");
  }
}
