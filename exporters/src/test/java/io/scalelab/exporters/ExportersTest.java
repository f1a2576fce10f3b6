package io.scalelab.exporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scalelab.exporters.files.ExportException;
import io.scalelab.exporters.files.GeneratedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportersTest {

  @TempDir Path tmp;

  private static GeneratedFiles set(String kind, String path, String text) {
    return new GeneratedFiles(kind, Map.of(path, text));
  }

  @Test
  void aHandEditInTheSecondFolderStopsTheFirstFromBeingWritten() throws Exception {
    Path tf = tmp.resolve("terraform");
    Path k8s = tmp.resolve("kubernetes");
    Map<Path, GeneratedFiles> first = new LinkedHashMap<>();
    first.put(tf, set("terraform", "main.tf", "v1\n"));
    first.put(k8s, set("kubernetes", "a.yaml", "v1\n"));
    Exporters.writeAll(first, false);
    Files.writeString(k8s.resolve("a.yaml"), "edited\n");

    Map<Path, GeneratedFiles> second = new LinkedHashMap<>();
    second.put(tf, set("terraform", "main.tf", "v2\n"));
    second.put(k8s, set("kubernetes", "a.yaml", "v2\n"));

    assertThatThrownBy(() -> Exporters.writeAll(second, false))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("a.yaml");
    assertThat(tf.resolve("main.tf")).hasContent("v1");
    assertThat(k8s.resolve("a.yaml")).hasContent("edited");
  }

  @Test
  void anEmptySetMakesNoFolderButEmptiesOneAnEarlierExportWrote() throws Exception {
    Path k8s = tmp.resolve("kubernetes");
    Exporters.writeAll(Map.of(k8s, new GeneratedFiles("kubernetes", Map.of())), false);
    assertThat(k8s).doesNotExist();

    Exporters.writeAll(Map.of(k8s, set("kubernetes", "r/a.yaml", "x\n")), false);
    Exporters.writeAll(Map.of(k8s, new GeneratedFiles("kubernetes", Map.of())), false);
    assertThat(k8s.resolve("r")).doesNotExist();
  }
}
