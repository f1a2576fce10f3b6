package io.scalelab.app.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

  @TempDir Path tmp;

  @Test
  void theNewestComesFirstOnceAndOnlyTheLimitIsKeptAcrossRestarts() throws Exception {
    Path store = tmp.resolve("dir").resolve("recent.json");
    RecentFiles recent = new RecentFiles(store);
    List<Path> opened = new ArrayList<>();
    for (int i = 0; i < RecentFiles.MAX_RECENT + 3; i++) {
      Path p = tmp.resolve("d" + i + ".yaml");
      opened.add(p);
      recent.add(p);
    }
    recent.add(opened.get(5));

    List<Path> again = new RecentFiles(store).list();

    assertThat(again).hasSize(RecentFiles.MAX_RECENT);
    assertThat(again.get(0)).isEqualTo(opened.get(5).toAbsolutePath());
    assertThat(again.get(1)).isEqualTo(opened.get(opened.size() - 1).toAbsolutePath());
    assertThat(again).doesNotHaveDuplicates().doesNotContain(opened.get(0).toAbsolutePath());
    JsonNode file = new ObjectMapper().readTree(Files.readString(store));
    assertThat(file.isArray()).isTrue();
    assertThat(file.size()).isEqualTo(RecentFiles.MAX_RECENT);
  }

  @Test
  void aStoreThatIsNotTheListStartsEmptyAndIsReplacedOnTheNextSave() throws Exception {
    Path store = Files.writeString(tmp.resolve("recent.json"), "{not json");

    RecentFiles recent = new RecentFiles(store);
    assertThat(recent.list()).isEmpty();
    recent.add(tmp.resolve("a.yaml"));

    assertThat(new ObjectMapper().readTree(Files.readString(store)).get(0).asText())
        .endsWith("a.yaml");
  }

  @Test
  void aForgottenFileLeavesTheList() throws Exception {
    RecentFiles recent = new RecentFiles(tmp.resolve("recent.json"));
    recent.add(tmp.resolve("a.yaml"));
    recent.add(tmp.resolve("b.yaml"));

    recent.remove(tmp.resolve("a.yaml"));

    assertThat(new RecentFiles(tmp.resolve("recent.json")).list())
        .containsExactly(tmp.resolve("b.yaml").toAbsolutePath());
  }
}
