package io.scalelab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.model.component.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's lenient reading and the canvas positions a design file keeps. */
class LenientParseAndPositionsTest {

  private static final String MINIMAL =
      """
      scalelab: 1
      name: t
      regions: [us-east-1]
      workload: {users: 1000, requestsPerUserPerSecond: 0.08}
      components:
        - {id: users, type: users, region: us-east-1, position: {x: 10, y: -20.5}}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          instances: 2
          serviceTime: {distribution: exponential, mean: 20ms}
      connections:
        - {from: users, to: api}
      """;

  private static final String UNREACHABLE =
      MINIMAL.replace(
          "connections:",
          """
            - {id: spare, type: queue, region: us-east-1}
          connections:""");

  @Test
  void aDesignBreakingOnlyACrossComponentRuleIsReadWithTheProblemTheStrictParseThrows()
      throws Exception {
    ParsedDesign lenient = Designs.parseLenient(UNREACHABLE, "d.yaml", false);

    assertThat(lenient.design()).isPresent();
    assertThat(lenient.design().get().component("spare")).isPresent();
    assertThat(lenient.isValid()).isFalse();
    assertThatThrownBy(() -> Designs.parse(UNREACHABLE, "d.yaml", false))
        .isInstanceOfSatisfying(
            DesignException.class, e -> assertThat(e.problems()).isEqualTo(lenient.problems()));
    assertThat(lenient.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'spare' is not reachable"));
  }

  @Test
  void aDesignWithAnUnreadableFieldHasNoValueButEveryProblem() {
    String bad = MINIMAL.replace("instances: 2", "instances: two");

    ParsedDesign lenient = Designs.parseLenient(bad, "d.yaml", false);

    assertThat(lenient.design()).isEmpty();
    assertThat(lenient.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("components[1].instances"));
  }

  @Test
  void aValidDesignReadsLenientlyAsItDoesStrictly() throws Exception {
    ParsedDesign lenient = Designs.parseLenient(MINIMAL, "d.yaml", false);

    assertThat(lenient.isValid()).isTrue();
    assertThat(lenient.design()).contains(Designs.parse(MINIMAL, "d.yaml", false));
  }

  @Test
  void positionsAreReadSavedAndReadBackAndTheFileHoldsThemAsWritten(@TempDir Path tmp)
      throws Exception {
    Design d = Designs.parse(MINIMAL, "d.yaml", false);
    assertThat(d.component("users").flatMap(Component::position))
        .contains(new Component.Position(10, -20.5));
    assertThat(d.component("api").flatMap(Component::position)).isEmpty();

    Path file = tmp.resolve("saved.yaml");
    Designs.save(d, file);

    assertThat(Designs.load(file)).isEqualTo(d);
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    assertThat(tree.at("/components/0/position/x").asDouble()).isEqualTo(10.0);
    assertThat(tree.at("/components/0/position/y").asDouble()).isEqualTo(-20.5);
    assertThat(tree.at("/components/1/position").isMissingNode()).isTrue();
  }

  @Test
  void aPositionOutsideTheCanvasOrMissingACoordinateIsRefusedNamingTheField() {
    String far = MINIMAL.replace("x: 10", "x: 2e9");
    String half = MINIMAL.replace("x: 10, ", "");

    assertThat(Designs.parseLenient(far, "d.yaml", false).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("components[0].position.x"));
    assertThat(Designs.parseLenient(half, "d.yaml", false).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("components[0].position.x"));
  }

  @Test
  void aFileThatCannotBeReadLenientlyStillSaysWhyInAProblem(@TempDir Path tmp) throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.yaml"), "  \n");

    ParsedDesign lenient = Designs.loadLenient(empty);

    assertThat(lenient.design()).isEmpty();
    assertThat(lenient.problems().get(0).message()).contains("the file is empty");
  }
}
