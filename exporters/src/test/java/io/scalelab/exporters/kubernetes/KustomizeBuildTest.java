package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scalelab.exporters.files.ExportDirectory;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export written to disk builds with the real {@code kubectl kustomize}: the expected objects,
 * in the namespace, with the images the user gave.
 */
class KustomizeBuildTest {

  private static final String ECR = "123456789012.dkr.ecr.ap-south-1.amazonaws.com";

  @TempDir Path dir;

  @Test
  void phase2BuildsWithTheGivenImagesAndTheDesignsSplit() throws Exception {
    Path kubectl = Kubectl.require();
    var options =
        KubernetesOptions.builder()
            .image("service-a", ECR + "/shop/service-a:1.4.2")
            .image("service-b", "ghcr.io/acme/b@sha256:" + "0123456789abcdef".repeat(4))
            .build();
    var result = KubernetesExport.generate(Manifests.example("phase-2-microservices"), options);
    ExportDirectory.write(result.files(), dir, false);

    List<JsonNode> objects =
        Manifests.documents(Kubectl.kustomize(kubectl, dir.resolve("ap-south-1")));

    assertThat(kindsAndNames(objects))
        .containsExactlyInAnyOrder(
            "Namespace/phase-2-microservices",
            "ConfigMap/service-a-config",
            "ConfigMap/service-b-config",
            "Deployment/service-a",
            "Deployment/service-b",
            "Service/service-a",
            "Service/service-b",
            "HorizontalPodAutoscaler/service-a",
            "HorizontalPodAutoscaler/service-b",
            "PodDisruptionBudget/service-a",
            "PodDisruptionBudget/service-b",
            "Ingress/ingress");
    for (JsonNode o : objects) {
      if (!o.path("kind").asText().equals("Namespace")) {
        assertThat(o.at("/metadata/namespace").asText()).isEqualTo("phase-2-microservices");
      }
    }
    assertThat(images(objects))
        .containsEntry("service-a", ECR + "/shop/service-a:1.4.2")
        .containsEntry("service-b", "ghcr.io/acme/b@sha256:" + "0123456789abcdef".repeat(4));

    // The design sends 0.8 of the ingress's requests to service-a and 0.2 to service-b.
    JsonNode ingress = find(objects, "Ingress", "ingress");
    JsonNode split =
        Manifests.document(
            ingress
                .at("/metadata/annotations")
                .get("alb.ingress.kubernetes.io/actions.split-by-share")
                .asText());
    Map<String, Integer> weights = new HashMap<>();
    split
        .at("/forwardConfig/targetGroups")
        .forEach(g -> weights.put(g.get("serviceName").asText(), g.get("weight").asInt()));
    assertThat(weights)
        .containsExactlyInAnyOrderEntriesOf(Map.of("service-a", 80, "service-b", 20));
    assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText())
        .isEqualTo("split-by-share");
    for (String service : weights.keySet()) {
      assertThat(find(objects, "Service", service).at("/spec/ports/0/name").asText())
          .isEqualTo("http");
    }
  }

  @Test
  void phase4BuildsOneFolderPerClusterWithRegistryImagesAndNginxPaths() throws Exception {
    Path kubectl = Kubectl.require();
    var options =
        KubernetesOptions.builder()
            .ingressClass(IngressClass.NGINX)
            .imageRegistry("123456789012.dkr.ecr.{region}.amazonaws.com/shop")
            .imageTag("2026.03.1")
            .namespace("shop")
            .build();
    var result = KubernetesExport.generate(Manifests.example("phase-4-global"), options);
    ExportDirectory.write(result.files(), dir, false);

    List<JsonNode> mumbai =
        Manifests.documents(Kubectl.kustomize(kubectl, dir.resolve("ap-south-1")));
    List<JsonNode> virginia =
        Manifests.documents(Kubectl.kustomize(kubectl, dir.resolve("us-east-1")));

    assertThat(names(mumbai, "Deployment")).containsExactly("service-a-mumbai", "service-b-mumbai");
    assertThat(names(virginia, "Deployment"))
        .containsExactly("service-a-virginia", "service-b-virginia");
    assertThat(names(mumbai, "Ingress")).containsExactly("ingress-mumbai");
    assertThat(images(virginia))
        .containsEntry(
            "service-a-virginia",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/service-a-virginia:2026.03.1");
    assertThat(images(mumbai))
        .containsEntry(
            "service-b-mumbai",
            "123456789012.dkr.ecr.ap-south-1.amazonaws.com/shop/service-b-mumbai:2026.03.1");
    JsonNode ingress = find(mumbai, "Ingress", "ingress-mumbai");
    assertThat(ingress.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
    List<String> routes = new ArrayList<>();
    ingress
        .at("/spec/rules/0/http/paths")
        .forEach(
            p ->
                routes.add(
                    p.get("path").asText() + " -> " + p.at("/backend/service/name").asText()));
    // service-a-mumbai has the larger share (0.8), so it also takes "/".
    assertThat(routes)
        .containsExactly(
            "/service-a-mumbai -> service-a-mumbai",
            "/service-b-mumbai -> service-b-mumbai",
            "/ -> service-a-mumbai");
    assertThat(mumbai)
        .allSatisfy(
            o -> {
              if (!o.path("kind").asText().equals("Namespace")) {
                assertThat(o.at("/metadata/namespace").asText()).isEqualTo("shop");
              }
            });
    assertThat(result.warnings()).noneMatch(w -> w.contains("no image"));
  }

  private static List<String> kindsAndNames(List<JsonNode> objects) {
    return objects.stream()
        .map(o -> o.path("kind").asText() + "/" + o.at("/metadata/name").asText())
        .toList();
  }

  private static List<String> names(List<JsonNode> objects, String kind) {
    return objects.stream()
        .filter(o -> o.path("kind").asText().equals(kind))
        .map(o -> o.at("/metadata/name").asText())
        .sorted()
        .toList();
  }

  private static JsonNode find(List<JsonNode> objects, String kind, String name) {
    return objects.stream()
        .filter(
            o ->
                o.path("kind").asText().equals(kind)
                    && o.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  /** Deployment name to its container's image. */
  private static Map<String, String> images(List<JsonNode> objects) {
    return objects.stream()
        .filter(o -> o.path("kind").asText().equals("Deployment"))
        .collect(
            Collectors.toMap(
                o -> o.at("/metadata/name").asText(),
                o -> o.at("/spec/template/spec/containers/0/image").asText()));
  }
}
