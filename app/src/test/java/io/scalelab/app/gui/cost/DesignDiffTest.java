package io.scalelab.app.gui.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesignDiffTest {

  private static Design parse(String yaml) throws Exception {
    return Designs.parse(yaml, "test.yaml", false);
  }

  private static String text(String example) throws Exception {
    return Files.readString(Path.of("../examples/" + example));
  }

  @Test
  void anExtraReplicaReadsAsOne() throws Exception {
    String yaml = text("phase-3-performance.yaml");
    Design before = parse(yaml);
    Design after = parse(yaml.replace("readReplicas: 2", "readReplicas: 3"));

    assertThat(DesignDiff.between(before, after)).containsExactly("+1 replica on db");
    assertThat(DesignDiff.between(after, before)).containsExactly("−1 replica on db");
  }

  @Test
  void instancesSettingsUsersAndNewComponentsAreNamed() throws Exception {
    String yaml = text("minimal.yaml");
    Design before = parse(yaml);
    Design after =
        parse(
            yaml.replace("instances: 2", "instances: 4")
                .replace("mean: 20ms", "mean: 30ms")
                .replace("users: 1000", "users: 2500"));

    assertThat(DesignDiff.between(before, after))
        .containsExactly(
            "users 1,000 → 2,500", "+2 instances on api", "api: serviceTime: mean 20ms → 30ms");
  }

  @Test
  void identicalDesignsHaveNoChanges() throws Exception {
    Design d = parse(text("phase-4-global.yaml"));
    assertThat(DesignDiff.between(d, d)).isEmpty();
  }

  @Test
  void addedAndRemovedComponentsAndConnectionsAreListed() throws Exception {
    String yaml = text("minimal.yaml");
    Design before = parse(yaml);
    Design after =
        parse(
            yaml.replace(
                "connections:\n",
                """
                      - id: api2
                        type: service
                        platform: ec2
                        region: us-east-1
                        instances: 1
                        serviceTime: {distribution: exponential, mean: 20ms}
                    connections:
                      - {from: users, to: api2}
                    """));

    assertThat(DesignDiff.between(before, after))
        .containsExactly("+ component api2", "+ connection users → api2");
  }
}
