package io.scalelab.exporters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDirectoryTest {

  @TempDir Path tmp;

  private static GeneratedFiles files(String... pathsAndTexts) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return new GeneratedFiles("terraform", m);
  }

  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void aNewFolderAppearsWithEveryFileAndAManifestOfTheirSha256() throws Exception {
    Path out = tmp.resolve("out/terraform");
    ExportSummary s =
        ExportDirectory.write(files("main.tf", "a\n", "modules/region/main.tf", "b\n"), out, false);

    assertThat(s.written()).containsExactly("main.tf", "modules/region/main.tf");
    assertThat(Files.readString(out.resolve("modules/region/main.tf"))).isEqualTo("b\n");
    JsonNode manifest =
        new ObjectMapper().readTree(out.resolve(".scalelab-terraform.json").toFile());
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("a\n".getBytes()));
    assertThat(manifest.get("files").get("main.tf").asText()).isEqualTo(expected);
    // Nothing of the staging is left beside the folder.
    try (Stream<Path> s2 = Files.list(out.getParent())) {
      assertThat(s2.map(p -> p.getFileName().toString())).containsExactly("terraform");
    }
  }

  @Test
  void reExportReplacesItsOwnFilesKeepsUnchangedOnesAndRemovesStaleOnes() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("a.tf", "1\n", "b.tf", "2\n", "old/c.tf", "3\n"), out, false);
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(out.resolve("b.tf"), before);

    ExportSummary s = ExportDirectory.write(files("a.tf", "1b\n", "b.tf", "2\n"), out, false);

    assertThat(s.written()).containsExactly("a.tf");
    assertThat(s.unchanged()).containsExactly("b.tf");
    assertThat(s.removed()).containsExactly("old/c.tf");
    assertThat(Files.readString(out.resolve("a.tf"))).isEqualTo("1b\n");
    assertThat(Files.getLastModifiedTime(out.resolve("b.tf"))).isEqualTo(before);
    assertThat(out.resolve("old")).doesNotExist();
  }

  @Test
  void filesScaleLabNeverWroteAreLeftAlone() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("main.tf", "1\n"), out, false);
    Files.writeString(out.resolve("terraform.tfstate"), "{}");
    Files.createDirectories(out.resolve(".terraform"));
    Files.writeString(out.resolve(".terraform/x"), "y");

    ExportDirectory.write(files("main.tf", "2\n"), out, false);

    assertThat(tree(out))
        .containsExactly(
            ".scalelab-terraform.json", ".terraform/x", "main.tf", "terraform.tfstate");
  }

  @Test
  void aHandEditedFileStopsTheExportAndNothingChanges() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("main.tf", "1\n", "vars.tf", "v\n"), out, false);
    Files.writeString(out.resolve("main.tf"), "1\n# my tweak\n");
    String manifestBefore = Files.readString(out.resolve(".scalelab-terraform.json"));

    assertThatThrownBy(
            () -> ExportDirectory.write(files("main.tf", "2\n", "vars.tf", "w\n"), out, false))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("main.tf")
        .hasMessageNotContaining("vars.tf")
        .hasMessageContaining("--force");

    assertThat(Files.readString(out.resolve("main.tf"))).isEqualTo("1\n# my tweak\n");
    assertThat(Files.readString(out.resolve("vars.tf"))).isEqualTo("v\n");
    assertThat(Files.readString(out.resolve(".scalelab-terraform.json"))).isEqualTo(manifestBefore);
    assertThat(tree(out)).containsExactly(".scalelab-terraform.json", "main.tf", "vars.tf");
  }

  @Test
  void aFileInTheWayThatScaleLabDidNotWriteIsAlsoRefused() throws Exception {
    Path out = tmp.resolve("tf");
    Files.createDirectories(out);
    Files.writeString(out.resolve("main.tf"), "mine\n");

    assertThatThrownBy(() -> ExportDirectory.write(files("main.tf", "x\n"), out, false))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("main.tf");
    assertThat(Files.readString(out.resolve("main.tf"))).isEqualTo("mine\n");
  }

  @Test
  void aHandEditedStaleFileIsNotRemovedWithoutForce() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("a.tf", "1\n", "b.tf", "2\n"), out, false);
    Files.writeString(out.resolve("b.tf"), "2 edited\n");

    assertThatThrownBy(() -> ExportDirectory.write(files("a.tf", "1\n"), out, false))
        .hasMessageContaining("b.tf");
    assertThat(out.resolve("b.tf")).hasContent("2 edited");
  }

  @Test
  void forceOverwritesHandEdits() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("main.tf", "1\n"), out, false);
    Files.writeString(out.resolve("main.tf"), "edited\n");

    ExportDirectory.write(files("main.tf", "2\n"), out, true);

    assertThat(out.resolve("main.tf")).hasContent("2");
    // and the next export without --force is fine again
    ExportDirectory.write(files("main.tf", "3\n"), out, false);
    assertThat(out.resolve("main.tf")).hasContent("3");
  }

  @Test
  void twoKindsShareAFolderWithoutTreadingOnEachOther() throws Exception {
    Path out = tmp.resolve("both");
    ExportDirectory.write(files("main.tf", "1\n"), out, false);
    ExportDirectory.write(new GeneratedFiles("kubernetes", Map.of("k.yaml", "k\n")), out, false);
    ExportDirectory.write(files("main.tf", "2\n"), out, false);

    assertThat(tree(out))
        .containsExactly(
            ".scalelab-kubernetes.json", ".scalelab-terraform.json", "k.yaml", "main.tf");
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAClearError() throws Exception {
    Path out = tmp.resolve("x");
    Files.writeString(out, "");
    assertThatThrownBy(() -> ExportDirectory.write(files("a", "b"), out, false))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void aBrokenManifestIsNamedAndNothingIsWritten() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("main.tf", "1\n"), out, false);
    Files.writeString(out.resolve(".scalelab-terraform.json"), "{not json");

    assertThatThrownBy(() -> ExportDirectory.write(files("main.tf", "2\n"), out, false))
        .hasMessageContaining(".scalelab-terraform.json");
    assertThat(out.resolve("main.tf")).hasContent("1");
  }

  @Test
  void handEditedListsExactlyTheFilesWriteRefusesAndTouchesNothing() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("a.tf", "1\n", "b.tf", "2\n", "c.tf", "3\n"), out, false);
    Files.writeString(out.resolve("a.tf"), "1 edited\n");
    Files.writeString(out.resolve("c.tf"), "3 edited\n");
    Files.writeString(out.resolve("new.tf"), "mine\n");
    GeneratedFiles next = files("a.tf", "1b\n", "b.tf", "2b\n", "new.tf", "n\n");
    List<String> before = tree(out);

    List<String> edited = ExportDirectory.handEdited(next, out);

    // a.tf would be replaced, c.tf removed, new.tf replaced: all three differ from what was
    // written.
    assertThat(edited).containsExactly("a.tf", "c.tf", "new.tf");
    assertThat(tree(out)).isEqualTo(before);
    assertThat(out.resolve("a.tf")).hasContent("1 edited");
    assertThatThrownBy(() -> ExportDirectory.write(next, out, false))
        .hasMessageContaining("a.tf, c.tf, new.tf");
  }

  @Test
  void handEditedIsEmptyForANewFolderAndForAFolderOnlyScaleLabWrote() throws Exception {
    Path out = tmp.resolve("tf");
    assertThat(ExportDirectory.handEdited(files("main.tf", "1\n"), out)).isEmpty();
    ExportDirectory.write(files("main.tf", "1\n", "old.tf", "o\n"), out, false);

    assertThat(ExportDirectory.handEdited(files("main.tf", "2\n"), out)).isEmpty();
    ExportDirectory.write(files("main.tf", "2\n"), out, false);
  }

  @Test
  void handEditedNamesAnUnreadableManifestThatForceWouldReplace() throws Exception {
    Path out = tmp.resolve("tf");
    ExportDirectory.write(files("main.tf", "1\n"), out, false);
    Files.writeString(out.resolve(".scalelab-terraform.json"), "{not json");

    assertThat(ExportDirectory.handEdited(files("main.tf", "2\n"), out))
        .containsExactly(".scalelab-terraform.json", "main.tf");
  }

  @Test
  void pathsThatLeaveTheFolderAreRejected() {
    assertThatThrownBy(() -> files("../evil.tf", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files("/abs.tf", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files("a/./b", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files(".scalelab-terraform.json", "{}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(files(".gitignore", "x").files()).containsKey(".gitignore");
  }
}
