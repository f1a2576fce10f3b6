package io.scalelab.exporters.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders {@code scalelab apply DIR} accepts and what it finds in each. */
class ExportLayoutTest {

  @TempDir Path tmp;

  private Path exportAll() throws Exception {
    Path export = tmp.resolve("export");
    Path tf = Files.createDirectories(export.resolve("terraform/modules/region"));
    Files.writeString(export.resolve("terraform/main.tf"), "module \"us_east_1\" {}\n");
    Files.writeString(tf.resolve("main.tf"), "resource \"aws_vpc\" \"this\" {}\n");
    Files.createDirectories(export.resolve("terraform/.terraform"));
    Fixtures.kustomization(
        export.resolve("kubernetes/us-east-1"), "# EKS cluster: shop-us-east-1", "shop");
    Fixtures.kustomization(export.resolve("kubernetes/ap-south-1"), "# generated", "shop");
    Fixtures.kustomization(export.resolve("kubernetes/argocd"), "# Argo CD", "argocd");
    return export;
  }

  @Test
  void theExportAllParentHasTheTerraformRootThenEachRegionButNotArgoCd() throws Exception {
    Path export = exportAll();

    ExportLayout layout = ExportLayout.find(export);

    assertThat(layout.terraform())
        .containsExactly(new TerraformRoot(export.resolve("terraform"), true));
    assertThat(layout.kubernetes())
        .extracting(KustomizeFolder::key)
        .containsExactly("ap-south-1", "us-east-1");
    assertThat(layout.notes()).singleElement().asString().contains("argocd: not applied");
  }

  @Test
  void theClusterComesFromTheHeaderCommentElseFromTheNamespace() throws Exception {
    ExportLayout layout = ExportLayout.find(exportAll().resolve("kubernetes"));

    assertThat(layout.terraform()).isEmpty();
    assertThat(layout.kubernetes())
        .extracting(KustomizeFolder::cluster)
        .containsExactly("shop-ap-south-1", "shop-us-east-1");
  }

  @Test
  void aTerraformRootOrAKustomizeFolderItselfIsAcceptedAlone() throws Exception {
    Path export = exportAll();

    ExportLayout root = ExportLayout.find(export.resolve("terraform"));
    ExportLayout region = ExportLayout.find(export.resolve("kubernetes/us-east-1"));

    assertThat(root.terraform()).hasSize(1);
    assertThat(root.kubernetes()).isEmpty();
    assertThat(region.terraform()).isEmpty();
    assertThat(region.kubernetes())
        .singleElement()
        .extracting(KustomizeFolder::cluster)
        .isEqualTo("shop-us-east-1");
  }

  @Test
  void aFolderNotNamedAfterARegionNamesNoCluster() throws Exception {
    Path overlay =
        Fixtures.kustomization(tmp.resolve("overlays/prod"), "# cluster shop-us-east-1", "shop");

    assertThat(ExportLayout.find(overlay).kubernetes().get(0).knownCluster()).isEmpty();
  }

  @Test
  void aRootWithoutAnyAwsUseNeedsNoCredentials() throws Exception {
    Path root = Fixtures.copy("terraform-data", tmp.resolve("root"));
    // Downloaded modules are not the user's configuration.
    Files.createDirectories(root.resolve(".terraform/modules/x"));
    Files.writeString(root.resolve(".terraform/modules/x/main.tf"), "provider \"aws\" {}\n");

    assertThat(ExportLayout.find(root).terraform().get(0).usesAws()).isFalse();
  }

  @Test
  void foldersWithNothingToApplyAreRefusedWithOneLine() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path file = Files.writeString(tmp.resolve("design.yaml"), "scalelab: 1\n");

    assertThatThrownBy(() -> ExportLayout.find(empty))
        .hasMessageContaining("nothing to apply here")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> ExportLayout.find(file)).hasMessageContaining("is a file");
    assertThatThrownBy(() -> ExportLayout.find(tmp.resolve("missing")))
        .hasMessageEndingWith("no such folder");
  }

  @Test
  void aContextNamesAClusterWhenEqualOrEndingAfterASeparator() {
    assertThat(KubeContexts.names("shop-us-east-1", "shop-us-east-1")).isTrue();
    assertThat(
            KubeContexts.names(
                "arn:aws:eks:us-east-1:111122223333:cluster/shop-us-east-1", "shop-us-east-1"))
        .isTrue();
    assertThat(KubeContexts.names("old-shop-us-east-1", "shop-us-east-1")).isFalse();
    assertThat(KubeContexts.names("shop-us-east-1-dev", "shop-us-east-1")).isFalse();
  }
}
