package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Kubernetes object of every example's export validates against the Kubernetes schema. */
class KubernetesSchemaTest {

  private static KubeSchema schema;

  @BeforeAll
  static void loadSchema() {
    schema = KubeSchema.load();
  }

  static Stream<Arguments> examplesAndIngressClasses() {
    return Manifests.examples().stream()
        .flatMap(e -> Stream.of(IngressClass.values()).map(c -> Arguments.of(e, c)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("examplesAndIngressClasses")
  void everyObjectOfTheExportValidates(String example, IngressClass ingressClass) throws Exception {
    var options = KubernetesOptions.builder().ingressClass(ingressClass).build();
    var files = KubernetesExport.generate(Manifests.example(example), options).files().files();
    List<String> errors = new ArrayList<>();
    int objects = 0;
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getKey().startsWith("argocd/") || f.getKey().endsWith("/kustomization.yaml")) {
        continue; // not Kubernetes API objects: ArgoApplicationTest and KustomizeBuildTest
      }
      for (JsonNode doc : Manifests.documents(f.getValue())) {
        objects++;
        schema
            .validate(doc)
            .forEach(m -> errors.add(f.getKey() + " " + doc.path("kind") + ": " + m));
      }
    }
    assertThat(errors).isEmpty();
    assertThat(objects > 0).isEqualTo(!files.isEmpty());
  }

  @Test
  void theSchemaRefusesAMisspelledFieldAWrongTypeAndABadQuantity() throws Exception {
    var files =
        KubernetesExport.generate(
                Manifests.example("phase-2-microservices"), KubernetesOptions.defaults())
            .files()
            .files();
    JsonNode deployment = Manifests.documents(files.get("ap-south-1/service-a.yaml")).get(1);
    assertThat(schema.validate(deployment)).isEmpty();

    ObjectNode misspelled = deployment.deepCopy();
    ((ObjectNode) misspelled.get("spec")).put("replica", 3);
    assertThat(schema.validate(misspelled)).isNotEmpty();

    ObjectNode wrongType = deployment.deepCopy();
    ((ObjectNode) wrongType.get("spec")).put("replicas", "three");
    assertThat(schema.validate(wrongType)).isNotEmpty();

    ObjectNode badQuantity = deployment.deepCopy();
    ((ObjectNode) badQuantity.at("/spec/template/spec/containers/0/resources/requests"))
        .put("memory", "1 GB");
    assertThat(schema.validate(badQuantity)).isNotEmpty();

    ObjectNode noKind = deployment.deepCopy();
    noKind.remove("kind");
    assertThat(schema.validate(noKind)).isNotEmpty();
  }

  @Test
  void theSchemaKnowsEveryKindTheExportWrites() {
    assertThat(schema.knows("apps/v1", "Deployment")).isTrue();
    assertThat(schema.knows("v1", "Service")).isTrue();
    assertThat(schema.knows("v1", "ConfigMap")).isTrue();
    assertThat(schema.knows("v1", "Namespace")).isTrue();
    assertThat(schema.knows("autoscaling/v2", "HorizontalPodAutoscaler")).isTrue();
    assertThat(schema.knows("policy/v1", "PodDisruptionBudget")).isTrue();
    assertThat(schema.knows("networking.k8s.io/v1", "Ingress")).isTrue();
  }
}
