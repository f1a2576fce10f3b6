package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScalelabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void validFilesPrintOkWithTheirCountsAndExitZero() {
    int code = run("validate", "../examples/minimal.yaml", "../examples/all-components.yaml");

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            "OK single-queue (2 components, 1 connection)",
            "OK every-component (19 components, 19 connections)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anInvalidFileListsEveryProblemWithItsLineAndExitsOne(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        """
        scalelab: 1
        name: bad
        regions: [us-east-1]
        workload: {users: 10, requestsPerUserPerSecond: 1}
        components:
          - {id: users, type: users, region: us-east-1, shares: 1}
        connections:
          - {from: users, to: api}
        """);

    int code = run("validate", "../examples/minimal.yaml", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("OK single-queue")
        .contains("INVALID " + bad + " (2 problems)")
        .contains(bad + ":6:")
        .contains("did you mean 'share'?")
        .contains(bad + ":8:")
        .doesNotContain("Exception");
  }

  @Test
  void anUnreadableFileSaysSoInOneLineAndExitsTwo(@TempDir Path tmp) {
    int code = run("validate", "../examples/minimal.yaml", tmp.resolve("missing.yaml").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).endsWith("missing.yaml: no such file").doesNotContain("\n");
  }

  @Test
  void aDirectoryIsNotADesignFile(@TempDir Path tmp) {
    assertThat(run("validate", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is a directory");
  }

  @Test
  void noFileIsAUsageError() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter");
  }
}
