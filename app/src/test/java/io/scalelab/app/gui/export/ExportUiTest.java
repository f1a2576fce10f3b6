package io.scalelab.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.app.gui.GuiStart;
import io.scalelab.app.gui.ScalelabApp;
import io.scalelab.app.gui.ScriptedDialogs;
import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.exporters.kubernetes.KubernetesOptions;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog as a user meets it: phase 2 open, File, Export…, Kubernetes, a folder, Preview,
 * Write; then the files are on disk and read back.
 */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

  @TempDir static Path tmp;

  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private ScalelabApp.Assembly app;

  @Start
  void start(Stage stage) {
    GuiStart what = new GuiStart(Presets.design(Phase.MICROSERVICES), List.of(), Optional.empty());
    app = ScalelabApp.assemble(what, dialogs, new RecentFiles(tmp.resolve("recent.json")));
    stage.setScene(new Scene(app.window(), 1400, 900));
    stage.show();
  }

  @Test
  void exportingPhaseTwoToKubernetesPreviewsThenWritesTheFiles(FxRobot robot) throws Exception {
    Path out = tmp.resolve("phase-2-k8s");
    dialogs.files.add(out);
    robot.clickOn("File").clickOn("Export…");
    robot.clickOn("#export-kind-KUBERNETES").clickOn("#export-choose-folder");
    assertThat(robot.lookup("#export-folder").queryTextInputControl().getText())
        .isEqualTo(out.toString());

    robot.clickOn("#export-preview");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> !app.export().files().isEmpty() && !app.export().busy().get());
    // The table lays its new rows out on the next pulses.
    WaitForAsyncUtils.waitForFxEvents(5);
    @SuppressWarnings("unchecked")
    TableView<PreviewFile> table = robot.lookup("#export-files").queryAs(TableView.class);
    KubernetesExport.Result expected =
        KubernetesExport.generate(
            Presets.design(Phase.MICROSERVICES), KubernetesOptions.defaults());
    assertThat(table.getItems())
        .extracting(PreviewFile::path)
        .containsExactlyElementsOf(expected.files().files().keySet());
    assertThat(out).doesNotExist();
    robot.clickOn("ap-south-1/service-a.yaml");
    assertThat(robot.lookup("#export-text").queryAs(TextArea.class).getText())
        .isEqualTo(expected.files().files().get("ap-south-1/service-a.yaml"));
    Scene dialog = robot.lookup("#export-files").query().getScene();
    Snapshots.write(robot, dialog, "export-preview");

    robot.clickOn("#export-write");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Written"));
    Snapshots.write(robot, dialog, "export-written");

    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (String path : expected.files().files().keySet()) {
      assertThat(out.resolve(path)).hasContent(expected.files().files().get(path));
    }
    JsonNode argo = yaml.readTree(out.resolve("argocd/ap-south-1.yaml").toFile());
    assertThat(argo.path("kind").asText()).isEqualTo("Application");
    assertThat(argo.at("/spec/destination/namespace").asText()).isNotEmpty();
    assertThat(Files.exists(out.resolve(".scalelab-kubernetes.json"))).isTrue();
    assertThat(app.export().lastFolder().get()).contains(out);

    // Both infrastructure exports: Terraform's files under terraform/, previewed beside the rest.
    robot.clickOn("#export-kind-TERRAFORM_AND_KUBERNETES").clickOn("#export-preview");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> !app.export().files().isEmpty() && !app.export().busy().get());
    WaitForAsyncUtils.waitForFxEvents(5);
    assertThat(table.getItems())
        .extracting(PreviewFile::path)
        .contains(
            "terraform/main.tf",
            "terraform/modules/region/eks.tf",
            "kubernetes/argocd/ap-south-1.yaml");
    robot.clickOn("terraform/main.tf");
    Snapshots.write(robot, dialog, "export-combined");
    robot.clickOn("Close");
    Snapshots.write(robot, app.window().getScene(), "main-window");
  }
}
