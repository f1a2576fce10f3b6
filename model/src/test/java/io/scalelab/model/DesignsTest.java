package io.scalelab.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.model.component.Service;
import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.topology.Connection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DesignsTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  static Stream<Path> examples() throws IOException {
    return Files.list(EXAMPLES).filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted();
  }

  @Test
  void examplesHoldTheMinimalDesignAndOneWithEveryComponentType() throws Exception {
    assertThat(examples())
        .extracting(p -> p.getFileName().toString())
        .contains("minimal.yaml", "all-components.yaml");
    Design all = Designs.load(EXAMPLES.resolve("all-components.yaml"));
    assertThat(all.components().stream().map(c -> c.type()).distinct())
        .containsExactlyInAnyOrder(io.scalelab.model.component.ComponentType.values());
    assertThat(all.faults().stream().map(f -> f.type()).distinct())
        .containsExactlyInAnyOrderElementsOf(io.scalelab.model.fault.Fault.TYPES);
  }

  @Test
  void minimalDesignReadsAsWritten() throws Exception {
    Design d = Designs.load(EXAMPLES.resolve("minimal.yaml"));

    assertThat(d.name()).isEqualTo("single-queue");
    assertThat(d.workload().peakRequestsPerSecond())
        .isEqualTo(80.0, org.assertj.core.api.Assertions.within(1e-9));
    Service api = (Service) d.component("api").orElseThrow();
    assertThat(api.scaling()).isEqualTo(new Service.Scaling.Fixed(2));
    assertThat(api.concurrencyPerInstance()).isEqualTo(1);
    assertThat(api.serviceTime()).isEqualTo(new Distribution.Exponential(Duration.ofMillis(20)));
    assertThat(d.connections()).containsExactly(Connection.of("users", "api"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleValidatesAndRoundTripsThroughYamlAndJson(Path example, @TempDir Path tmp)
      throws Exception {
    Design original = Designs.load(example);
    assertThat(Designs.check(original)).isEmpty();

    Path yaml = tmp.resolve("copy.yaml");
    Designs.save(original, yaml);
    assertThat(Designs.load(yaml)).isEqualTo(original);

    Path json = tmp.resolve("copy.json");
    Designs.save(original, json);
    assertThat(Designs.load(json)).isEqualTo(original);
  }

  @Test
  void savingReplacesTheFileWholeAndLeavesNoTemporaryFiles(@TempDir Path tmp) throws Exception {
    Design d = Designs.load(EXAMPLES.resolve("minimal.yaml"));
    Path target = tmp.resolve("design.yaml");
    Files.writeString(target, "old content that is longer than nothing at all\n".repeat(200));

    Designs.save(d.withWorkload(d.workload().withUsers(5_000)), target);

    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(Designs.load(target).workload().users()).isEqualTo(5_000);
  }

  @Test
  void savedYamlHoldsExactlyWhatTheHandWrittenFileHolds() throws Exception {
    Path minimal = EXAMPLES.resolve("minimal.yaml");
    Design d = Designs.load(minimal);

    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode saved = yaml.readTree(Designs.format(d, false));

    assertThat(saved).isEqualTo(yaml.readTree(minimal.toFile()));
  }

  @Test
  void checkFindsProblemsInADesignBuiltInCode() throws Exception {
    Design d = Designs.load(EXAMPLES.resolve("minimal.yaml"));
    List<Connection> dangling = List.of(Connection.of("users", "api"), Connection.of("api", "db"));

    List<Problem> problems = Designs.check(d.withTopology(d.components(), dangling));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("connections[1].to");
              assertThat(p.message()).contains("'db'");
            });
  }
}
