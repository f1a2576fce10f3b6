package io.scalelab.exporters.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.simulation.result.CostReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostReportsFilesTest {

  @Test
  void jsonCarriesEveryFigureOfTheReport() throws Exception {
    CostReport r = SampleReports.phase3();

    JsonNode json = new ObjectMapper().readTree(CostReports.json(r));

    assertThat(json.get("design").asText()).isEqualTo(r.design());
    assertThat(json.get("monthlyUsd").asDouble()).isEqualTo(r.monthlyUsd());
    assertThat(json.get("byComponent").get("cache").asDouble())
        .isEqualTo(r.components().get("cache").monthlyUsd());
    assertThat(json.get("components").get("cache").get("lines")).isNotEmpty();
    assertThat(json.get("catalogueDate").asText()).isEqualTo(r.catalogueDate());
    assertThat(json.get("hourlyUsd")).hasSize(24);
  }

  @Test
  void writesTheFileWholeAsUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reports/cost.csv");
    String csv = CostReports.csv(SampleReports.journey());

    CostReports.write(file, csv);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }
}
