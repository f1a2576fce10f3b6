package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT to a running {@code scalelab apply}: the tool is asked to stop and given time to finish
 * (Terraform saves its state), its last output is still printed. Runs the command line in its own
 * JVM, since the JVM's reaction to the signal is what is under test. The tool is a stand-in that
 * behaves as Terraform does on an interrupt: it says so, takes a moment, then writes its state.
 */
class ApplyInterruptTest {

  /** Longest the test waits for each step, so a regression fails instead of hanging. */
  private static final long GIVE_UP_SECONDS = 60;

  private static final String STAND_IN =
      """
      #!/bin/sh
      echo $$ > "$STANDIN_PID"
      stop() {
        echo "stand-in: interrupt received, saving state"
        kill "$SLEEPER" 2>/dev/null
        sleep 2
        echo saved > "$STANDIN_MARKER"
        echo "stand-in: state saved"
        exit 1
      }
      trap stop INT TERM
      echo "stand-in: working"
      sleep 300 &
      SLEEPER=$!
      wait "$SLEEPER"
      """;

  @TempDir Path tmp;

  @Test
  void sigintLetsTheRunningToolFinishSavingAndPrintsItsLastWords() throws Exception {
    Path sh = Path.of("/bin/sh");
    Path setsid = Path.of("/usr/bin/setsid");
    assumeTrue(Files.isExecutable(sh), "needs /bin/sh for the stand-in terraform");
    Path tool = Files.writeString(tmp.resolve("terraform"), STAND_IN);
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.writeString(root.resolve("main.tf"), "resource \"terraform_data\" \"x\" {}\n");
    Path marker = tmp.resolve("state-saved");
    Path toolPid = tmp.resolve("tool.pid");

    List<String> command = new ArrayList<>();
    // Its own session: no terminal, so the signal reaches the JVM only, as `kill -INT` does, even
    // when the build runs in a terminal (whose Ctrl+C would reach the tool directly).
    if (Files.isExecutable(setsid)) {
      command.add(setsid.toString());
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "io.scalelab.app.Main",
            "apply",
            "--auto-approve",
            "--terraform",
            tool.toString(),
            root.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("STANDIN_MARKER", marker.toString());
    pb.environment().put("STANDIN_PID", toolPid.toString());
    pb.environment().put("TF_CLI_CONFIG_FILE", Files.writeString(tmp.resolve("rc"), "").toString());
    Process cli = pb.start();
    cli.getOutputStream().close();
    List<String> output = new ArrayList<>();
    CountDownLatch working = new CountDownLatch(1);
    Thread reader = new Thread(() -> read(cli, output, working));
    reader.start();
    try {
      assertThat(working.await(GIVE_UP_SECONDS, TimeUnit.SECONDS))
          .as("the stand-in started: %s", output)
          .isTrue();
      new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor();

      assertThat(cli.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)).isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(GIVE_UP_SECONDS));
      assertThat(marker).exists();
      String shown;
      synchronized (output) {
        shown = String.join("\n", output);
      }
      assertThat(shown)
          .contains("Interrupted: waiting up to 60 s")
          .contains("stand-in: interrupt received, saving state")
          .contains("stand-in: state saved")
          .contains("scalelab apply: stopped terraform init");
    } finally {
      cli.destroyForcibly();
      if (Files.exists(toolPid)) {
        ProcessHandle.of(Long.parseLong(Files.readString(toolPid).strip()))
            .ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static void read(Process cli, List<String> output, CountDownLatch working) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        synchronized (output) {
          output.add(line);
        }
        if (line.contains("stand-in: working")) {
          working.countDown();
        }
      }
    } catch (IOException e) {
      // The JVM under test ended; what it printed is already kept.
    }
  }
}
