package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.scalelab.exporters.files.ExportException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the export writes for the cases a design can present, read back with SnakeYAML. */
class KubernetesExportTest {

  private static final String AUTOSCALED =
      "autoscaling: {min: 3, max: 12, metric: cpu, target: 70, warmup: 45s, cooldown: 120s}";

  @Test
  void aDesignWithoutEksServicesGivesNoFilesAndSaysSo() throws Exception {
    for (String preset : List.of("phase-0-mvp", "phase-1-high-availability")) {
      var result =
          KubernetesExport.generate(Manifests.example(preset), KubernetesOptions.defaults());
      assertThat(result.files().files()).isEmpty();
      assertThat(result.files().kind()).isEqualTo("kubernetes");
      assertThat(result.warnings()).singleElement().asString().contains("no EKS service");
    }
  }

  @Test
  void theHpaCarriesTheDesignsAutoscalingAndTheKubernetesDefaultRates() throws Exception {
    var files = generate(TestDesigns.twoServices("shop", AUTOSCALED), KubernetesOptions.defaults());
    JsonNode hpa = object(files.get("us-east-1/a.yaml"), "HorizontalPodAutoscaler");
    assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(3);
    assertThat(hpa.at("/spec/maxReplicas").asInt()).isEqualTo(12);
    assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    assertThat(hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
    assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo("a");
    // cooldown 120s is the scale-down stabilisation window
    assertThat(hpa.at("/spec/behavior/scaleDown/stabilizationWindowSeconds").asInt())
        .isEqualTo(120);
    // Kubernetes docs, "Default Behavior": scale up by max(4 pods, 100%) every 15 s, no window
    assertThat(hpa.at("/spec/behavior/scaleUp/stabilizationWindowSeconds").asInt()).isZero();
    assertThat(hpa.at("/spec/behavior/scaleUp/selectPolicy").asText()).isEqualTo("Max");
    assertThat(policies(hpa.at("/spec/behavior/scaleUp/policies")))
        .containsExactlyInAnyOrder("Pods 4 / 15 s", "Percent 100 / 15 s");
    // warm-up 45 s: the startup probe allows twice that, 90 s, in 5 s steps
    JsonNode deployment = object(files.get("us-east-1/a.yaml"), "Deployment");
    JsonNode startup = deployment.at("/spec/template/spec/containers/0/startupProbe");
    assertThat(startup.get("periodSeconds").asInt() * startup.get("failureThreshold").asInt())
        .isEqualTo(90);
    assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue();
  }

  @Test
  void resourcesComeFromTheDesignWithAMemoryLimitAndNoCpuLimit() throws Exception {
    var files = generate(TestDesigns.twoServices("shop", AUTOSCALED), KubernetesOptions.defaults());
    JsonNode resources =
        object(files.get("us-east-1/a.yaml"), "Deployment")
            .at("/spec/template/spec/containers/0/resources");
    assertThat(resources.at("/requests/cpu").asText()).isEqualTo("250m");
    assertThat(resources.at("/requests/memory").asText()).isEqualTo("256Mi");
    assertThat(resources.at("/limits/memory").asText()).isEqualTo("256Mi");
    assertThat(resources.at("/limits/cpu").isMissingNode()).isTrue();
    // b has no cpu/memory: the model's pod defaults, 0.5 vCPU and 512 MiB
    JsonNode b =
        object(files.get("us-east-1/b.yaml"), "Deployment")
            .at("/spec/template/spec/containers/0/resources");
    assertThat(b.at("/requests/cpu").asText()).isEqualTo("500m");
    assertThat(b.at("/requests/memory").asText()).isEqualTo("512Mi");
  }

  @Test
  void aFixedServiceHasReplicasAndNoHpa() throws Exception {
    var files = generate(TestDesigns.twoServices("shop", AUTOSCALED), KubernetesOptions.defaults());
    List<JsonNode> b = Manifests.documents(files.get("us-east-1/b.yaml"));
    assertThat(b).noneMatch(o -> o.path("kind").asText().equals("HorizontalPodAutoscaler"));
    assertThat(object(files.get("us-east-1/b.yaml"), "Deployment").at("/spec/replicas").asInt())
        .isEqualTo(2);
    assertThat(
            object(files.get("us-east-1/b.yaml"), "PodDisruptionBudget")
                .at("/spec/maxUnavailable")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void aSinglePodMinimumHasNoDisruptionBudgetAndAWarning() throws Exception {
    var result =
        KubernetesExport.generate(
            TestDesigns.twoServices(
                "shop", "autoscaling: {min: 1, max: 4, metric: cpu, target: 60}"),
            KubernetesOptions.defaults());
    List<JsonNode> a = Manifests.documents(result.files().files().get("us-east-1/a.yaml"));
    assertThat(a).noneMatch(o -> o.path("kind").asText().equals("PodDisruptionBudget"));
    assertThat(result.warnings()).anyMatch(w -> w.startsWith("a runs a single pod"));
  }

  @Test
  void requestRateScalingUsesAPodsMetricAndWarnsAboutTheAdapter() throws Exception {
    var result =
        KubernetesExport.generate(
            TestDesigns.twoServices(
                "shop", "autoscaling: {min: 2, max: 8, metric: request-rate, target: 150}"),
            KubernetesOptions.defaults());
    JsonNode metric =
        object(result.files().files().get("us-east-1/a.yaml"), "HorizontalPodAutoscaler")
            .at("/spec/metrics/0");
    assertThat(metric.path("type").asText()).isEqualTo("Pods");
    assertThat(metric.at("/pods/target/averageValue").asText()).isEqualTo("150");
    assertThat(result.warnings()).anyMatch(w -> w.contains("custom metrics adapter"));
  }

  @Test
  void theConfigMapHasTheCalleesUrlAndTimeoutAndTerraformOutputsButNoSecret() throws Exception {
    var files = generate(TestDesigns.twoServices("shop", AUTOSCALED), KubernetesOptions.defaults());
    JsonNode data = object(files.get("us-east-1/a.yaml"), "ConfigMap").get("data");
    assertThat(data.get("B_URL").asText()).isEqualTo("http://b.shop.svc.cluster.local");
    assertThat(data.get("B_TIMEOUT_MS").asText()).isEqualTo("5000");
    assertThat(data.get("DB_TERRAFORM_OUTPUT").asText()).isEqualTo("db_endpoint");
    assertThat(data.get("DB_READER_TERRAFORM_OUTPUT").asText()).isEqualTo("db_reader_endpoint");
    assertThat(data.get("AWS_REGION").asText()).isEqualTo("us-east-1");
    data.fieldNames()
        .forEachRemaining(
            k ->
                assertThat(k)
                    .doesNotContainIgnoringCase("password")
                    .doesNotContainIgnoringCase("secret"));
    // a changed ConfigMap rolls the pods: its hash is on the pod template
    JsonNode template =
        object(files.get("us-east-1/a.yaml"), "Deployment")
            .at("/spec/template/metadata/annotations");
    assertThat(template.get("scalelab.io/config-sha256").asText()).hasSize(64);
  }

  @Test
  void aCertificateAddsAnHttpsListenerAndTheRedirect() throws Exception {
    String arn =
        "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    var files =
        generate(
            TestDesigns.twoServices("shop", AUTOSCALED),
            KubernetesOptions.builder().certificateArn(arn).build());
    JsonNode annotations =
        object(files.get("us-east-1/lb.yaml"), "Ingress").at("/metadata/annotations");
    JsonNode ports =
        Manifests.document(annotations.get("alb.ingress.kubernetes.io/listen-ports").asText());
    assertThat(ports.toString()).isEqualTo("[{\"HTTP\":80},{\"HTTPS\":443}]");
    assertThat(annotations.get("alb.ingress.kubernetes.io/certificate-arn").asText())
        .isEqualTo(arn);
    assertThat(annotations.get("alb.ingress.kubernetes.io/ssl-redirect").asText()).isEqualTo("443");
    assertThat(annotations.get("alb.ingress.kubernetes.io/scheme").asText())
        .isEqualTo("internet-facing");
  }

  @Test
  void userMistakesAreOneLineNamingTheThing() {
    assertThatThrownBy(
            () ->
                KubernetesExport.generate(
                    TestDesigns.twoServices("shop", AUTOSCALED),
                    KubernetesOptions.builder().image("db", "postgres:16").build()))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("'db'")
        .hasMessageContaining("not an EKS service");
    assertThatThrownBy(
            () ->
                KubernetesExport.generate(
                    TestDesigns.twoServices("My Shop!", AUTOSCALED), KubernetesOptions.defaults()))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("'My Shop!'")
        .hasMessageContaining("namespace");
  }

  @Test
  void aDesignNameThatIsNoNamespaceIsFineWithANamespaceGiven() throws Exception {
    var files =
        generate(
            TestDesigns.twoServices("My Shop!", AUTOSCALED),
            KubernetesOptions.builder().namespace("shop").build());
    assertThat(
            object(files.get("us-east-1/namespace.yaml"), "Namespace")
                .at("/metadata/name")
                .asText())
        .isEqualTo("shop");
    // the cluster is the one the Terraform export of the same design makes
    assertThat(files.get("us-east-1/kustomization.yaml"))
        .contains("EKS cluster: my-shop-us-east-1 ");
    assertThat(
            io.scalelab.exporters.terraform.TerraformExport.generate(
                    TestDesigns.twoServices("My Shop!", AUTOSCALED),
                    io.scalelab.exporters.terraform.TerraformOptions.defaults())
                .files()
                .get("main.tf"))
        .contains("\"my-shop-us-east-1\"");
  }

  @Test
  void twoIdsThatBecomeOneKubernetesNameAreRefused() {
    var design =
        TestDesigns.parse(
            """
                scalelab: 1
                name: shop
                regions: [us-east-1]
                workload: {users: 100, requestsPerUserPerSecond: 0.1}
                components:
                  - {id: users, type: users, region: us-east-1}
                  - {id: svc_a, type: service, platform: eks, region: us-east-1, serviceTime: {distribution: exponential, mean: 5ms}}
                  - {id: svc-a, type: service, platform: eks, region: us-east-1, serviceTime: {distribution: exponential, mean: 5ms}}
                connections:
                  - {from: users, to: svc_a}
                  - {from: users, to: svc-a}
                """);
    assertThatThrownBy(() -> KubernetesExport.generate(design, KubernetesOptions.defaults()))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("'svc_a' and 'svc-a'");
  }

  private static Map<String, String> generate(
      io.scalelab.model.Design design, KubernetesOptions options) throws ExportException {
    return KubernetesExport.generate(design, options).files().files();
  }

  private static JsonNode object(String yaml, String kind) {
    return Manifests.documents(yaml).stream()
        .filter(o -> o.path("kind").asText().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in\n" + yaml));
  }

  private static List<String> policies(JsonNode list) {
    List<String> out = new java.util.ArrayList<>();
    list.forEach(
        p ->
            out.add(
                p.get("type").asText()
                    + " "
                    + p.get("value").asInt()
                    + " / "
                    + p.get("periodSeconds").asInt()
                    + " s"));
    return out;
  }
}
