package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scalelab.exporters.kubernetes.KubernetesOptions.ArgoDestination;
import org.junit.jupiter.api.Test;

/** The Argo CD Applications, parsed back with SnakeYAML. */
class ArgoApplicationTest {

  private static final String REPO = "https://github.com/acme/shop-deploy.git";

  @Test
  void oneApplicationPerClusterSyncsItsFolderAutomaticallyWithPruneAndSelfHeal() throws Exception {
    var options =
        KubernetesOptions.builder().repoUrl(REPO).revision("main").repoPath("deploy/k8s").build();
    var result = KubernetesExport.generate(Manifests.example("phase-4-global"), options);
    var files = result.files().files();
    assertThat(files.keySet().stream().filter(f -> f.startsWith("argocd/")))
        .containsExactly("argocd/ap-south-1.yaml", "argocd/us-east-1.yaml");
    for (String region : new String[] {"ap-south-1", "us-east-1"}) {
      JsonNode app = Manifests.document(files.get("argocd/" + region + ".yaml"));
      assertThat(app.path("apiVersion").asText()).isEqualTo("argoproj.io/v1alpha1");
      assertThat(app.path("kind").asText()).isEqualTo("Application");
      assertThat(app.at("/metadata/namespace").asText()).isEqualTo("argocd");
      assertThat(app.at("/spec/project").asText()).isEqualTo("default");
      assertThat(app.at("/spec/source/repoURL").asText()).isEqualTo(REPO);
      assertThat(app.at("/spec/source/targetRevision").asText()).isEqualTo("main");
      assertThat(app.at("/spec/source/path").asText()).isEqualTo("deploy/k8s/" + region);
      assertThat(app.at("/spec/destination/name").asText()).isEqualTo("phase-4-global-" + region);
      assertThat(app.at("/spec/destination/server").isMissingNode()).isTrue();
      assertThat(app.at("/spec/destination/namespace").asText()).isEqualTo("phase-4-global");
      assertThat(app.at("/spec/syncPolicy/automated/prune").asBoolean()).isTrue();
      assertThat(app.at("/spec/syncPolicy/automated/selfHeal").asBoolean()).isTrue();
      assertThat(app.at("/metadata/annotations").get("scalelab.io/eks-cluster").asText())
          .isEqualTo("phase-4-global-" + region);
      // the Application is not in the kustomization it syncs
      String resources =
          Manifests.document(files.get(region + "/kustomization.yaml")).get("resources").toString();
      assertThat(resources).doesNotContain("argocd").doesNotContain("..");
    }
    assertThat(result.warnings()).noneMatch(w -> w.contains("repository"));
  }

  @Test
  void withoutARepositoryTheApplicationSaysChangeMeAndTheExportWarns() throws Exception {
    var result =
        KubernetesExport.generate(
            Manifests.example("phase-2-microservices"), KubernetesOptions.defaults());
    String text = result.files().files().get("argocd/ap-south-1.yaml");
    JsonNode app = Manifests.document(text);
    assertThat(app.at("/spec/source/repoURL").asText())
        .isEqualTo("https://git.example.invalid/CHANGE-ME.git");
    assertThat(app.at("/spec/source/targetRevision").asText()).isEqualTo("HEAD");
    assertThat(app.at("/spec/source/path").asText()).isEqualTo("kubernetes/ap-south-1");
    assertThat(text).contains("# CHANGE ME");
    assertThat(result.warnings()).anyMatch(w -> w.contains("no Git repository"));
  }

  @Test
  void inClusterArgoCdTargetsTheLocalApiServer() throws Exception {
    var options =
        KubernetesOptions.builder()
            .repoUrl(REPO)
            .argoDestination(ArgoDestination.IN_CLUSTER)
            .build();
    JsonNode app =
        Manifests.document(
            KubernetesExport.generate(Manifests.example("phase-2-microservices"), options)
                .files()
                .files()
                .get("argocd/ap-south-1.yaml"));
    assertThat(app.at("/spec/destination/server").asText())
        .isEqualTo("https://kubernetes.default.svc");
    assertThat(app.at("/spec/destination/name").isMissingNode()).isTrue();
  }
}
