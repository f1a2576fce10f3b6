package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CostCommandTest {

  private static final Path DESIGN = Path.of("../examples/all-components.yaml");
  private static final String[] RUN = {
    "--duration", "90s", "--warmup", "15s", "--replications", "2", "--seed", "7"
  };

  @Test
  void theJsonReportAddsUpAndIsWhatTheSimulationResultFileCarries(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("cost.json");
    assertThat(
            run(
                args(
                    "cost",
                    DESIGN.toString(),
                    "--format",
                    "json",
                    "--out",
                    json.toString(),
                    "--prices",
                    dir.resolve("none").toString())))
        .isZero();
    JsonNode cost = new ObjectMapper().readTree(json.toFile());
    double total = cost.get("monthlyUsd").asDouble();
    double sum = 0;
    for (JsonNode v : cost.get("byComponent")) {
      sum += v.asDouble();
    }
    double kinds = 0;
    for (JsonNode v : cost.get("byKind")) {
      kinds += v.asDouble();
    }
    assertThat(total).isPositive();
    assertThat(sum).isCloseTo(total, within(1e-6));
    assertThat(kinds).isCloseTo(total, within(1e-6));
    assertThat(cost.get("catalogueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(cost.get("perMillionRequestsUsd").asDouble()).isPositive();
    assertThat(cost.get("perMonthlyUserUsd").asDouble()).isCloseTo(total / 200_000, within(1e-9));
    assertThat(cost.at("/components/db/lines/0/kind").asText()).isEqualTo("compute");

    Path result = dir.resolve("result.json");
    assertThat(
            run(
                args(
                    "simulate",
                    DESIGN.toString(),
                    "--out",
                    result.toString(),
                    "--prices",
                    dir.resolve("none").toString())))
        .isZero();
    assertThat(new ObjectMapper().readTree(result.toFile()).get("cost")).isEqualTo(cost);
  }

  @Test
  void severalDesignsMakeOneHtmlPageAndACsvWithARowPerComponentAndKind(@TempDir Path dir)
      throws Exception {
    Path html = dir.resolve("costs.html");
    Path csv = dir.resolve("costs.csv");
    String[] designs = {DESIGN.toString(), "../examples/minimal.yaml"};
    assertThat(
            run(args("cost", designs[0], designs[1], "--format", "html", "--out", html.toString())))
        .isZero();
    assertThat(
            run(args("cost", designs[0], designs[1], "--format", "csv", "--out", csv.toString())))
        .isZero();
    String page = Files.readString(html);
    assertThat(page).contains("every-component").contains("single-queue").doesNotContain("<script");
    Path json = dir.resolve("costs.json");
    assertThat(
            run(args("cost", designs[0], designs[1], "--format", "json", "--out", json.toString())))
        .isZero();
    for (JsonNode report : new ObjectMapper().readTree(json.toFile()).get("reports")) {
      // The page shows each design's total as the JSON has it, to the cent.
      String total =
          String.format(java.util.Locale.US, "$%,.2f", report.get("monthlyUsd").asDouble());
      assertThat(page).contains(total);
    }
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).startsWith("design,component,type,kind,monthlyUsd");
    assertThat(rows).anyMatch(r -> r.startsWith("single-queue,api,service,compute,"));
  }

  @Test
  void anUnknownPurchaseOptionIsOneClearLine() {
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new ScalelabCommand())
            .setErr(new PrintWriter(err))
            .execute("cost", DESIGN.toString(), "--purchase", "lifetime");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("found 'lifetime'; expected one of on-demand, spot");
  }

  private static String[] args(String... head) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(RUN));
    return all.toArray(String[]::new);
  }

  private static int run(String... args) {
    return new CommandLine(new ScalelabCommand())
        .setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args);
  }
}
