package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  private static final Path PHASE_2 = Path.of("../examples/phase-2-microservices.yaml");

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScalelabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void kubernetesExportWritesOneKustomizeFolderPerRegionAndArgoApplications() throws Exception {
    Path dir = tmp.resolve("k8s");
    int code =
        run(
            "export",
            "kubernetes",
            PHASE_2.toString(),
            "--out",
            dir.toString(),
            "--image-registry",
            "123456789012.dkr.ecr.{region}.amazonaws.com",
            "--image-tag",
            "1.0",
            "--repo-url",
            "https://github.com/acme/platform.git");

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("ap-south-1/kustomization.yaml")).exists();
    JsonNode app = yaml(dir.resolve("argocd/ap-south-1.yaml"));
    assertThat(app.at("/spec/source/repoURL").asText())
        .isEqualTo("https://github.com/acme/platform.git");
    assertThat(out.toString()).contains(dir + ":").contains("written");
  }

  @Test
  void argoFindsTheRepositoryAndPathFromTheOutputFoldersGitRemote() throws Exception {
    assumeTrue(onPath("git"), "git is not on the PATH: the Git detection is not tested here");
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    git(repo, "init", "-q");
    git(repo, "remote", "add", "origin", "git@github.com:acme/platform.git");

    int code =
        run("export", "kubernetes", PHASE_2.toString(), "--out", repo.resolve("deploy/k8s") + "");

    assertThat(code).as(err.toString()).isZero();
    JsonNode app = yaml(repo.resolve("deploy/k8s/argocd/ap-south-1.yaml"));
    assertThat(app.at("/spec/source/repoURL").asText())
        .isEqualTo("git@github.com:acme/platform.git");
    assertThat(app.at("/spec/source/path").asText()).isEqualTo("deploy/k8s/ap-south-1");
  }

  @Test
  void aHandEditedManifestIsNotOverwrittenWithoutForce() throws Exception {
    Path dir = tmp.resolve("k8s");
    assertThat(run("export", "kubernetes", PHASE_2.toString(), "--out", dir.toString())).isZero();
    Path edited = dir.resolve("ap-south-1/service-a.yaml");
    Files.writeString(edited, Files.readString(edited) + "# tuned by hand\n");

    int refused =
        run(
            "export",
            "kubernetes",
            PHASE_2.toString(),
            "--out",
            dir.toString(),
            "--ingress-class",
            "nginx");

    assertThat(refused).isEqualTo(ExitCodes.REFUSED);
    assertThat(err.toString())
        .contains("ap-south-1/service-a.yaml")
        .contains("--force")
        .doesNotContain("Exception");
    assertThat(Files.readString(edited)).endsWith("# tuned by hand\n");

    int forced =
        run(
            "export",
            "kubernetes",
            PHASE_2.toString(),
            "--out",
            dir.toString(),
            "--ingress-class",
            "nginx",
            "--force");
    assertThat(forced).isZero();
    assertThat(Files.readString(edited)).doesNotContain("# tuned by hand");
  }

  @Test
  void allWritesTerraformAndKubernetesSideBySideForApply() throws Exception {
    Path dir = tmp.resolve("out");
    int code = run("export", "all", PHASE_2.toString(), "--out", dir.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("terraform/versions.tf")).exists();
    assertThat(dir.resolve("terraform/modules/region/eks.tf")).exists();
    assertThat(dir.resolve("kubernetes/ap-south-1/kustomization.yaml")).exists();
    assertThat(out.toString()).contains("terraform:").contains("kubernetes:");
  }

  @Test
  void allRefusesBeforeWritingEitherFolderWhenOneHoldsHandEdits() throws Exception {
    Path dir = tmp.resolve("out");
    assertThat(run("export", "all", PHASE_2.toString(), "--out", dir.toString())).isZero();
    Path edited = dir.resolve("kubernetes/ap-south-1/service-a.yaml");
    Files.writeString(edited, Files.readString(edited) + "# tuned by hand\n");
    Path tfMain = dir.resolve("terraform/main.tf");
    String tfBefore = Files.readString(tfMain);

    // Phase 3 changes the Terraform (a cache, a CDN); the hand edit is in the Kubernetes folder.
    int code =
        run("export", "all", "../examples/phase-3-performance.yaml", "--out", dir.toString());

    assertThat(code).isEqualTo(ExitCodes.REFUSED);
    assertThat(err.toString()).contains("service-a.yaml");
    assertThat(Files.readString(tfMain)).isEqualTo(tfBefore);
  }

  @Test
  void terraformExportPassesTerraformFmt() throws Exception {
    assumeTrue(onPath("terraform"), "terraform is not on the PATH: terraform fmt is not run here");
    Path dir = tmp.resolve("tf");
    assertThat(run("export", "terraform", PHASE_2.toString(), "--out", dir.toString())).isZero();

    Process fmt =
        new ProcessBuilder("terraform", "fmt", "-check", "-recursive", dir.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(fmt.getInputStream().readAllBytes());
    assertThat(fmt.waitFor()).as(output).isZero();
  }

  @Test
  void allRemovesAnEarlierExportsManifestsWhenTheDesignHasNoEksServiceLeft() throws Exception {
    Path dir = tmp.resolve("out");
    assertThat(run("export", "all", PHASE_2.toString(), "--out", dir.toString())).isZero();
    assertThat(dir.resolve("kubernetes/ap-south-1/service-a.yaml")).exists();

    // Phase 1 has no EKS service: apply must not find phase 2's manifests there any more.
    int code =
        run("export", "all", "../examples/phase-1-high-availability.yaml", "--out", dir + "");

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("kubernetes/ap-south-1")).doesNotExist();
    assertThat(dir.resolve("terraform/modules/region/ec2.tf")).exists();
  }

  @Test
  void anImageForNoServiceIsAnOptionErrorNotARefusal() {
    int code =
        run(
            "export",
            "kubernetes",
            PHASE_2.toString(),
            "--out",
            tmp.resolve("k").toString(),
            "--image",
            "nosuch=repo/x:1");
    assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(err.toString()).contains("nosuch");
    assertThat(tmp.resolve("k")).doesNotExist();
  }

  @Test
  void aWrongIngressClassIsAUsageError() {
    int code =
        run(
            "export",
            "kubernetes",
            PHASE_2.toString(),
            "--out",
            tmp.toString(),
            "--ingress-class",
            "traefik");
    assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(err.toString()).contains("traefik").contains("alb or nginx");
  }

  @Test
  void aMissingDesignIsOneLine() {
    int code = run("export", "kubernetes", "nope.yaml", "--out", tmp.toString());
    assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(err.toString().strip()).isEqualTo("nope.yaml: no such file");
  }

  private static JsonNode yaml(Path file) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null
        && List.of(path.split(java.io.File.pathSeparator)).stream()
            .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    assertThat(p.waitFor()).isZero();
  }
}
