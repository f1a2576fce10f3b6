package io.scalelab.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.app.gui.ScriptedDialogs;
import io.scalelab.app.gui.run.CompletedRun;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.exporters.kubernetes.KubernetesOptions;
import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.exporters.terraform.TerraformExport;
import io.scalelab.exporters.terraform.TerraformOptions;
import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Service;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog's view model on the phase presets, its work run in line (the worker and the FX
 * thread are the test's thread), checked against the exporters' own output and files parsed back.
 */
class ExportViewModelTest {

  @TempDir Path tmp;

  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private final ObservableList<CompletedRun> runs = FXCollections.observableArrayList();
  private SimpleObjectProperty<Design> design;
  private ExportViewModel vm;

  @BeforeEach
  void viewModel() {
    design = new SimpleObjectProperty<>(Presets.design(Phase.MICROSERVICES));
    vm =
        new ExportViewModel(
            design,
            runs,
            new Exports(PriceCatalogue::snapshot),
            dialogs,
            Runnable::run,
            Runnable::run);
  }

  private List<String> previewed() {
    return vm.files().stream().map(PreviewFile::path).toList();
  }

  @Test
  void previewListsExactlyTheFilesTheKubernetesExporterMakesAndItsWarnings() throws Exception {
    vm.kind().set(ExportKind.KUBERNETES);
    vm.preview();

    KubernetesExport.Result expected =
        KubernetesExport.generate(design.get(), KubernetesOptions.defaults());
    assertThat(vm.error().get()).isEmpty();
    assertThat(previewed()).containsExactlyElementsOf(expected.files().files().keySet());
    assertThat(vm.warnings()).containsExactlyElementsOf(expected.warnings());
    PreviewFile first = vm.files().get(0);
    assertThat(vm.selectedText().get()).isEqualTo(expected.files().files().get(first.path()));
    assertThat(first.bytes()).isEqualTo(Files.size(writeOut(first)));
    assertThat(vm.status().get()).startsWith("Preview: " + vm.files().size() + " files");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /** Writes a previewed file by itself, to count its bytes as the file system does. */
  private Path writeOut(PreviewFile f) throws IOException {
    Path p = tmp.resolve("single.txt");
    Files.writeString(p, f.text());
    return p;
  }

  @Test
  void theCombinedExportIsTerraformUnderTerraformAndKubernetesUnderKubernetes() throws Exception {
    vm.preview();

    List<String> expected = new ArrayList<>();
    TerraformExport.generate(design.get(), TerraformOptions.defaults())
        .files()
        .keySet()
        .forEach(f -> expected.add("terraform/" + f));
    KubernetesExport.generate(design.get(), KubernetesOptions.defaults())
        .files()
        .files()
        .keySet()
        .forEach(f -> expected.add("kubernetes/" + f));
    assertThat(previewed()).containsExactlyElementsOf(expected);
  }

  @Test
  void writtenFilesAreOnDiskAndParseBackAsTheDesignsDeploymentsAndTerraformModules()
      throws Exception {
    Path out = tmp.resolve("shop");
    vm.folder().set(out.toString());
    vm.imageRegistry().set("123456789012.dkr.ecr.{region}.amazonaws.com");
    vm.imageTag().set("1.4.2");
    vm.write();

    assertThat(vm.error().get()).isEmpty();
    assertThat(vm.status().get()).startsWith("Written: " + vm.files().size() + " files written");
    for (PreviewFile f : vm.files()) {
      assertThat(out.resolve(f.path())).hasContent(f.text());
    }
    // Terraform: the root module's files and the regional module, named as Terraform expects.
    assertThat(files(out.resolve("terraform")))
        .contains(
            "main.tf",
            "providers.tf",
            "variables.tf",
            "versions.tf",
            "outputs.tf",
            "modules/region/eks.tf",
            "modules/region/variables.tf");
    // Kubernetes: every EKS service of the design is a Deployment, and each region's kustomization
    // points its logical image at the registry asked for, with the region filled in.
    Path k8s = out.resolve("kubernetes");
    List<String> eks =
        design.get().components().stream()
            .filter(c -> c instanceof Service && ((Service) c).platform() == Service.Platform.EKS)
            .map(Component::id)
            .toList();
    List<String> deployed = new ArrayList<>();
    for (String f : files(k8s)) {
      if (!f.endsWith(".yaml") || f.startsWith("argocd/") || f.endsWith("kustomization.yaml")) {
        continue;
      }
      String region = f.substring(0, f.indexOf('/'));
      JsonNode kustomization = yamlDocuments(k8s.resolve(region + "/kustomization.yaml")).get(0);
      for (JsonNode d : yamlDocuments(k8s.resolve(f))) {
        if (!d.path("kind").asText().equals("Deployment")) {
          continue;
        }
        deployed.add(d.at("/metadata/name").asText());
        String image = d.at("/spec/template/spec/containers/0/image").asText();
        JsonNode replaced = null;
        for (JsonNode i : kustomization.path("images")) {
          if (i.path("name").asText().equals(image)) {
            replaced = i;
          }
        }
        assertThat(replaced).as("kustomization image for " + image).isNotNull();
        assertThat(replaced.path("newName").asText())
            .isEqualTo("123456789012.dkr.ecr." + region + ".amazonaws.com/" + image);
        assertThat(replaced.path("newTag").asText()).isEqualTo("1.4.2");
      }
    }
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(eks);
    assertThat(vm.lastFolder().get()).contains(out);
  }

  @Test
  void aHandEditIsKeptWhenOverwritingIsDeclinedAndReplacedWhenAccepted() throws Exception {
    Path out = tmp.resolve("k8s");
    vm.kind().set(ExportKind.KUBERNETES);
    vm.folder().set(out.toString());
    vm.write();
    Path edited = out.resolve("ap-south-1/service-a.yaml");
    String generated = Files.readString(edited);
    Files.writeString(edited, generated + "# tuned by hand\n");

    dialogs.confirmAnswer = false;
    vm.write();

    assertThat(dialogs.asked).containsExactly("confirm: " + HandEditQuestion.TITLE);
    assertThat(edited).hasContent(generated + "# tuned by hand\n");
    assertThat(vm.status().get()).startsWith("Nothing written: 1 file edited by hand");

    dialogs.confirmAnswer = true;
    vm.write();

    assertThat(dialogs.asked).hasSize(2);
    assertThat(edited).hasContent(generated);
    assertThat(vm.status().get()).startsWith("Written: 1 file written");
  }

  @Test
  void anExportWithoutHandEditsIsWrittenWithoutAQuestion() throws Exception {
    Path out = tmp.resolve("k8s");
    vm.kind().set(ExportKind.KUBERNETES);
    vm.folder().set(out.toString());
    vm.write();
    vm.write();

    assertThat(dialogs.asked).isEmpty();
    assertThat(vm.status().get()).startsWith("Written: 0 files written, " + vm.files().size());
  }

  @Test
  void theArgoRepositoryIsTheFoldersGitOriginUnlessOneIsTyped() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("platform"));
    git(repo, "init", "-q");
    git(repo, "remote", "add", "origin", "git@github.com:acme/platform.git");
    vm.kind().set(ExportKind.KUBERNETES);
    vm.folder().set(repo.resolve("deploy").toString());
    vm.write();

    JsonNode app = yamlDocuments(repo.resolve("deploy/argocd/ap-south-1.yaml")).get(0);
    assertThat(app.at("/spec/source/repoURL").asText())
        .isEqualTo("git@github.com:acme/platform.git");
    assertThat(app.at("/spec/source/path").asText()).isEqualTo("deploy/ap-south-1");

    vm.repoUrl().set("https://git.example.com/ops.git");
    vm.write();
    app = yamlDocuments(repo.resolve("deploy/argocd/ap-south-1.yaml")).get(0);
    assertThat(app.at("/spec/source/repoURL").asText())
        .isEqualTo("https://git.example.com/ops.git");
  }

  @Test
  void anImpossibleSettingIsNamedAndBlocksPreviewAndWrite() {
    vm.kind().set(ExportKind.KUBERNETES);
    vm.folder().set(tmp.resolve("k8s").toString());
    vm.imageTag().set("not a tag");

    assertThat(vm.settingsProblem().get()).startsWith("imageTag must be a Docker tag");
    assertThat(vm.canPreview().get()).isFalse();
    assertThat(vm.canWrite().get()).isFalse();
    // Terraform alone does not take the Kubernetes settings.
    vm.kind().set(ExportKind.TERRAFORM);
    assertThat(vm.canWrite().get()).isTrue();
  }

  @Test
  void aRelativeFolderIsRefusedInOneLine() {
    vm.folder().set("relative/out");
    vm.write();

    assertThat(vm.error().get())
        .isEqualTo("folder: 'relative/out' is not a full path; give one, or Choose… a folder");
    assertThat(Path.of("relative")).doesNotExist();
  }

  @Test
  void theNginxIngressClassReachesTheIngresses() throws Exception {
    vm.kind().set(ExportKind.KUBERNETES);
    vm.ingressClass().set(IngressClass.NGINX);
    vm.preview();

    List<JsonNode> ingresses = new ArrayList<>();
    for (PreviewFile f : vm.files()) {
      for (JsonNode d : yamlDocuments(f.text())) {
        if (d.path("kind").asText().equals("Ingress")) {
          ingresses.add(d);
        }
      }
    }
    assertThat(ingresses).isNotEmpty();
    assertThat(ingresses).allMatch(i -> i.at("/spec/ingressClassName").asText().equals("nginx"));
  }

  @Test
  void aCostReportNeedsARunAndIsTheLastRunsReportParsedBack() throws Exception {
    vm.kind().set(ExportKind.COST_HTML);
    assertThat(vm.costAvailable().get()).isFalse();
    assertThat(vm.canPreview().get()).isFalse();
    assertThat(vm.costNote().get()).startsWith("Cost reports are of the last run");

    Design minimal = Presets.design(Phase.MVP);
    SimulationResult result =
        Simulator.run(
            minimal,
            SimulationOptions.defaults()
                .withDuration(Duration.ofSeconds(40), Duration.ofSeconds(5))
                .withReplications(1, 1));
    CostReport cost =
        CostModel.estimate(minimal, result, PriceCatalogue.snapshot(), PurchaseOption.ON_DEMAND);
    runs.add(new CompletedRun(1, minimal, SimulationOptions.defaults(), result.withCost(cost)));
    Path out = tmp.resolve("reports");
    vm.folder().set(out.toString());
    vm.write();

    assertThat(vm.error().get()).isEmpty();
    Path page = out.resolve(Exports.slug(minimal.name()) + "-cost.html");
    Document html = Jsoup.parse(page.toFile());
    assertThat(html.selectFirst("table.by-component tfoot td.total").text())
        .isEqualTo(String.format(Locale.US, "$%,.2f", cost.monthlyUsd()));
    // A cost report is no folder to apply.
    assertThat(vm.lastFolder().get()).isEmpty();

    Files.writeString(page, "<p>my notes</p>");
    dialogs.confirmAnswer = false;
    vm.write();
    assertThat(dialogs.asked).containsExactly("confirm: " + HandEditQuestion.TITLE);
    assertThat(page).hasContent("<p>my notes</p>");
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static List<JsonNode> yamlDocuments(Path file) throws IOException {
    return yamlDocuments(Files.readString(file));
  }

  private static List<JsonNode> yamlDocuments(String text) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<JsonNode> docs = new ArrayList<>();
    try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNext()) {
        JsonNode d = it.next();
        if (d != null && !d.isNull() && !d.isMissingNode()) {
          docs.add(d);
        }
      }
    }
    return docs;
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    assertThat(p.waitFor()).isZero();
  }
}
