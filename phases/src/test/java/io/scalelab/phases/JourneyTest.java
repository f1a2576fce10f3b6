package io.scalelab.phases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.simulation.price.PriceCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole journey, with short outages, read back from its JSON and HTML forms. */
class JourneyTest {

  @Test
  void theJourneyRunsEveryPhaseThreeWaysAndItsReportsSayWhatTheRunsFound() throws Exception {
    JourneyOptions options =
        new JourneyOptions(
            Duration.ofMinutes(4), Duration.ofSeconds(20), Duration.ofSeconds(60), 1, 1, 2);
    List<String> progress = new ArrayList<>();
    JourneyResult journey = Journey.run(options, PriceCatalogue.snapshot(), progress::add);
    assertThat(progress).hasSize(15);

    JsonNode json = new ObjectMapper().readTree(JourneyReports.json(journey));
    assertThat(json.get("phases")).hasSize(5);
    for (JsonNode p : json.get("phases")) {
      int n = p.get("phase").asInt();
      Phase phase = Phase.of(n);
      assertThat(p.get("users").asLong()).isEqualTo(phase.users());
      for (String run : List.of("ownLoad", "nextLoad", "fault")) {
        JsonNode r = p.get("runs").get(run);
        assertThat(r.get("endToEnd").get("latencyMs").get("p99").asDouble())
            .as(n + " " + run)
            .isPositive();
        assertThat(r.get("availability").asDouble()).isBetween(0.0, 1.0);
      }
      assertThat(p.get("runs").get("nextLoad").get("users").asLong()).isEqualTo(phase.nextUsers());
      assertThat(p.get("runs").get("fault").get("faults")).isNotEmpty();
      assertThat(p.get("monthlyUsd").asDouble()).isPositive();
      assertThat(p.get("verdict").asText()).startsWith("Holds");
    }
    // What each phase's next load breaks, as the design says.
    assertThat(json.at("/phases/0/bottleneck/component").asText()).isEqualTo("box");
    assertThat(json.at("/phases/1/bottleneck/component").asText()).isEqualTo("web");
    assertThat(json.at("/phases/2/bottleneck/component").asText()).isEqualTo("db");
    // Cost grows with the phases.
    for (int n = 1; n < 5; n++) {
      assertThat(json.at("/phases/" + n + "/monthlyUsd").asDouble())
          .isGreaterThan(json.at("/phases/" + (n - 1) + "/monthlyUsd").asDouble());
    }
    String html = JourneyReports.html(journey);
    assertThat(html)
        .doesNotContain("<script")
        .contains("Phase 4: Global")
        .contains(journey.phases().get(2).verdict().substring(0, 20));
  }
}
