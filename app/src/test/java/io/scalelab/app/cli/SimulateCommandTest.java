package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScalelabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void simulatePrintsASummaryAndWritesAResultFileThatParsesBack(@TempDir Path tmp)
      throws Exception {
    Path result = tmp.resolve("out/result.json");

    int code =
        run(
            "simulate",
            "../examples/minimal.yaml",
            "--duration",
            "2m",
            "--warmup",
            "20s",
            "--replications",
            "2",
            "--seed",
            "7",
            "--out",
            result.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("single-queue: 2 replications of 2m simulated (20s warm-up left out), seed 7")
        .contains("p99")
        .contains("Bottleneck  api:");
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.path("scalelab").asInt()).isEqualTo(1);
    assertThat(json.path("design").asText()).isEqualTo("single-queue");
    assertThat(json.path("seed").asLong()).isEqualTo(7);
    assertThat(json.path("replications").asInt()).isEqualTo(2);
    assertThat(json.path("simulatedSeconds").asDouble()).isEqualTo(120);
    assertThat(json.at("/endToEnd/throughputPerSecond").asDouble()).isBetween(70.0, 90.0);
    assertThat(json.at("/endToEnd/latencyMs/p99").asDouble())
        .isGreaterThan(json.at("/endToEnd/latencyMs/p50").asDouble());
    assertThat(json.at("/endToEnd/ci95/latencyMeanMs")).hasSize(2);
    assertThat(json.at("/components/api/utilization").asDouble()).isBetween(0.7, 0.9);
    assertThat(json.at("/components/api/analytic/meanWaitMs").isNumber()).isTrue();
    assertThat(json.at("/bottlenecks/0/component").asText()).isEqualTo("api");
    assertThat(json.at("/timeSeries/seconds").size()).isEqualTo(12);
  }

  @Test
  void theSummaryShowsWhatEachFaultCost() {
    int code =
        run(
            "simulate",
            "../examples/all-components.yaml",
            "--duration",
            "20m",
            "--warmup",
            "1m",
            "--replications",
            "1");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Faults")
        .containsPattern("instance-crash +orders +at 5m +[0-9,]+ requests failed")
        .containsPattern("cache +hit rate [0-9.]+%")
        .containsPattern("db +replica lag p50");
  }

  @Test
  void anInvalidDesignListsItsProblemsAndExitsOne(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "scalelab: 1\nname: x\n");

    assertThat(run("simulate", bad.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("INVALID").contains(bad + ":");
  }

  @Test
  void aDurationWithoutAUnitIsAUsageError() {
    assertThat(run("simulate", "../examples/minimal.yaml", "--duration", "10")).isEqualTo(2);
    assertThat(err.toString()).contains("'10' is not a duration with a unit");
  }

  @Test
  void aWarmupLongerThanTheRunIsRefusedInOneLine() {
    int code = run("simulate", "../examples/minimal.yaml", "--duration", "1m", "--warmup", "2m");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("simulate: warmup must be")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }
}
