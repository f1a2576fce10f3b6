package io.scalelab.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.exporters.kubernetes.KubernetesOptions;
import io.scalelab.model.Designs;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The HPA the Kubernetes export writes behaves as the simulation's autoscaler does for EKS: it
 * lives in the simulation's package to read the autoscaler's own constants, so changing one without
 * the other fails here.
 */
class AutoscalerMatchesKubernetesExportTest {

  private static final String DESIGN =
      """
      scalelab: 1
      name: defaults
      regions: [us-east-1]
      workload: {users: 1000, requestsPerUserPerSecond: 0.1}
      components:
        - {id: users, type: users, region: us-east-1}
        - id: a
          type: service
          platform: eks
          region: us-east-1
          autoscaling: {min: 2, max: 20, metric: cpu, target: 60}
          serviceTime: {distribution: exponential, mean: 20ms}
      connections:
        - {from: users, to: a}
      """;

  @Test
  void withTheDesignsDefaultsTheHpaUsesTheSimulatedPeriodWindowRateAndWarmup() throws Exception {
    var files =
        KubernetesExport.generate(
                Designs.parse(DESIGN, "test", false), KubernetesOptions.defaults())
            .files()
            .files();
    JsonNode hpa = null;
    JsonNode deployment = null;
    ObjectMapper json = new ObjectMapper();
    for (Object doc :
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(files.get("us-east-1/a.yaml"))) {
      JsonNode node = json.valueToTree(doc);
      if (node.path("kind").asText().equals("HorizontalPodAutoscaler")) {
        hpa = node;
      } else if (node.path("kind").asText().equals("Deployment")) {
        deployment = node;
      }
    }
    long second = 1_000_000_000L;
    assertThat(hpa.at("/spec/behavior/scaleDown/stabilizationWindowSeconds").asLong() * second)
        .isEqualTo(Autoscaler.HPA_STABILIZATION_NANOS);
    JsonNode up = hpa.at("/spec/behavior/scaleUp/policies");
    for (JsonNode policy : up) {
      assertThat(policy.get("periodSeconds").asLong() * second)
          .isEqualTo(Autoscaler.HPA_PERIOD_NANOS);
      if (policy.get("type").asText().equals("Pods")) {
        assertThat(policy.get("value").asInt()).isEqualTo(Autoscaler.HPA_SCALE_UP_PODS);
      } else {
        // the simulation adds at most the current count: +100%
        assertThat(policy.get("value").asInt()).isEqualTo(100);
      }
    }
    assertThat(up).hasSize(2);
    // the startup probe allows twice the simulation's default pod warm-up
    JsonNode startup = deployment.at("/spec/template/spec/containers/0/startupProbe");
    long budget = startup.get("periodSeconds").asLong() * startup.get("failureThreshold").asLong();
    assertThat(budget * second).isEqualTo(2 * Autoscaler.POD_WARMUP_NANOS);
  }
}
