package io.scalelab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.app.gui.canvas.Selection;
import io.scalelab.app.gui.document.RecentFiles;
import io.scalelab.app.gui.inspector.SchemaFields;
import io.scalelab.app.gui.presets.GalleryEntry;
import io.scalelab.app.gui.presets.PresetGalleryViewModel;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.component.ComponentType;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view model without a window: editing, undo, files, dirty flag, overlay reset. */
class MainViewModelTest {

  @TempDir Path tmp;

  private final ScriptedDialogs dialogs = new ScriptedDialogs();

  private MainViewModel model(Design start) {
    return new MainViewModel(
        dialogs, new RecentFiles(tmp.resolve("recent.json")), SchemaFields.load(), start);
  }

  @Test
  void addingAComponentKeepsTheLastValidDesignUntilItIsConnectedThenUndoRedoWalkBack() {
    MainViewModel vm = model(Presets.design(Phase.MVP));
    Design before = vm.design().get();

    String id = vm.canvas().add(ComponentType.CACHE).orElseThrow();

    assertThat(vm.document().working().component(id)).isPresent();
    assertThat(vm.design().get()).isEqualTo(before);
    assertThat(vm.problems().get()).contains("'" + id + "' is not reachable");
    assertThat(vm.document().dirty().get()).isTrue();
    assertThat(vm.title().get()).startsWith("*");

    String caller =
        before.components().stream()
            .filter(c -> c.type() == ComponentType.SERVICE)
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(vm.canvas().connect(caller, id)).isTrue();
    assertThat(vm.design().get().component(id)).isPresent();
    assertThat(vm.problems().get()).isEmpty();

    vm.undo();
    assertThat(vm.document().working().connections()).hasSize(before.connections().size());
    vm.undo();
    assertThat(vm.document().working()).isEqualTo(before);
    assertThat(vm.document().dirty().get()).isFalse();
    vm.redo();
    vm.redo();
    assertThat(vm.design().get().component(id)).isPresent();
  }

  @Test
  void aConnectionTheFormatForbidsIsRefusedWithTheReadersMessageAndChangesNothing()
      throws Exception {
    MainViewModel vm = model(Presets.design(Phase.MVP));
    Design before = vm.document().working();
    String users = "users-india";
    String db =
        before.components().stream()
            .filter(c -> c.type() == ComponentType.DATABASE)
            .findFirst()
            .orElseThrow()
            .id();

    assertThat(vm.canvas().connect(users, db)).isFalse();

    assertThat(vm.document().working()).isEqualTo(before);
    assertThat(vm.document().canUndo().get()).isFalse();
    // The same call written in a file: the command line's message for it.
    String file =
        Presets.text(Phase.MVP).stripTrailing() + "\n  - {from: " + users + ", to: " + db + "}\n";
    String cli = cliMessage(file, "connections[");
    assertThat(vm.status().get()).contains(cli);
  }

  @Test
  void deleteRemovesTheComponentWithItsConnectionsAndUndoBringsBothBack() {
    MainViewModel vm = model(Presets.design(Phase.PERFORMANCE));
    Design before = vm.document().working();

    vm.canvas().selection().set(Selection.component("cache"));
    vm.delete();

    Design after = vm.document().working();
    assertThat(after.component("cache")).isEmpty();
    assertThat(after.connections()).noneMatch(c -> c.via().filter("cache"::equals).isPresent());
    assertThat(after.connections()).hasSize(before.connections().size());
    vm.undo();
    assertThat(vm.document().working()).isEqualTo(before);
  }

  @Test
  void copyPasteMakesFreshIdsWithTheirConnectionAndAnEditResetsTheOverlay() {
    MainViewModel vm = model(Presets.design(Phase.PERFORMANCE));
    vm.overlay().set(new Overlay(Map.of("db", 0.9), Optional.of("db"), "CPU 90%"));

    vm.canvas().selection().set(new Selection(Set.of("service-a", "cache"), Set.of()));
    vm.copy();
    vm.paste();

    Design d = vm.document().working();
    assertThat(d.component("service-a-1")).isPresent();
    assertThat(d.component("cache-1")).isPresent();
    assertThat(vm.canvas().selection().get().components())
        .containsExactlyInAnyOrder("service-a-1", "cache-1");
    assertThat(vm.overlay().get()).isEqualTo(Overlay.NONE);
    var pasted = d.component("service-a-1").orElseThrow().position().orElseThrow();
    var original = d.component("service-a").orElseThrow().position().orElseThrow();
    assertThat(pasted.x() - original.x()).isEqualTo(40.0);
  }

  @Test
  void savedFileReadsBackEqualTheTitleLosesItsStarAndTheFileIsRemembered() throws Exception {
    MainViewModel vm = model(Presets.design(Phase.PERFORMANCE));
    Map<String, io.scalelab.model.component.Component.Position> to =
        Map.of("db", new io.scalelab.model.component.Component.Position(1000, 40));
    vm.canvas().moved(to);
    assertThat(vm.title().get()).startsWith("*");
    Path file = tmp.resolve("mine.yaml");
    dialogs.files.add(file);

    assertThat(vm.save()).isTrue();

    assertThat(Designs.load(file)).isEqualTo(vm.document().working());
    assertThat(vm.title().get()).isEqualTo("mine.yaml — ScaleLab");
    // Every component got the position it is drawn at, so the saved layout is the one shown.
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    for (JsonNode c : tree.path("components")) {
      assertThat(c.path("position").isObject()).as(c.path("id").asText()).isTrue();
    }
    assertThat(tree.at("/components").findValues("id").stream().map(JsonNode::asText))
        .contains("db");
    JsonNode recent = new ObjectMapper().readTree(Files.readString(tmp.resolve("recent.json")));
    assertThat(recent.get(0).asText()).isEqualTo(file.toAbsolutePath().normalize().toString());
  }

  @Test
  void openingAnotherDesignAsksAboutUnsavedChangesAndCancelKeepsThem() {
    MainViewModel vm = model(Presets.design(Phase.PERFORMANCE));
    vm.canvas().add(ComponentType.QUEUE);
    dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);

    assertThat(vm.openPreset(Phase.MVP)).isFalse();
    assertThat(vm.document().working().name()).isEqualTo("phase-3-performance");

    dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
    assertThat(vm.openPreset(Phase.MVP)).isTrue();
    assertThat(vm.document().working()).isEqualTo(Presets.design(Phase.MVP));
    assertThat(vm.document().dirty().get()).isFalse();
    assertThat(vm.document().canUndo().get()).isFalse();
    assertThat(dialogs.asked).hasSize(2);
  }

  @Test
  void theGalleryOpensAnOptionalPresetLikeAPhaseAsANewUnsavedDocument() {
    MainViewModel vm = model(Presets.design(Phase.MVP));
    PresetGalleryViewModel gallery = new PresetGalleryViewModel();
    GalleryEntry dr = new GalleryEntry.ExtraEntry(Extra.DISASTER_RECOVERY);
    gallery.selected().set(dr);

    assertThat(vm.openPreset(gallery.selected().get())).isTrue();

    assertThat(vm.document().working()).isEqualTo(Presets.design(Extra.DISASTER_RECOVERY));
    assertThat(vm.design().get().name()).isEqualTo("disaster-recovery");
    assertThat(vm.document().dirty().get()).isFalse();
    assertThat(vm.problems().get()).isEmpty();
    assertThat(vm.status().get())
        .isEqualTo("Opened the optional preset: Active-passive disaster recovery");

    assertThat(vm.openPreset(new GalleryEntry.PhaseEntry(Phase.GLOBAL))).isTrue();
    assertThat(vm.document().working()).isEqualTo(Presets.design(Phase.GLOBAL));
  }

  @Test
  void aFileWithAnUnreadableFieldIsNotOpenedAndTheErrorListsTheCliProblems() throws Exception {
    MainViewModel vm = model(Presets.design(Phase.MVP));
    String text = Presets.text(Phase.MVP).replace("users: 100", "users: lots");
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), text);
    dialogs.files.add(bad);

    assertThat(vm.open()).isFalse();

    List<String> cli = new ArrayList<>();
    try {
      Designs.load(bad);
    } catch (io.scalelab.model.DesignException e) {
      e.problems().forEach(p -> cli.add(p.toString()));
    }
    assertThat(cli).isNotEmpty();
    assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains(cli));
  }

  /** The message {@code scalelab validate} prints for the first problem under {@code field}. */
  static String cliMessage(String yaml, String fieldPrefix) {
    try {
      Designs.parse(yaml, "x.yaml", false);
    } catch (io.scalelab.model.DesignException e) {
      return e.problems().stream()
          .filter(p -> p.field().startsWith(fieldPrefix))
          .findFirst()
          .orElseThrow()
          .message();
    }
    throw new AssertionError("expected the design to be refused");
  }
}
