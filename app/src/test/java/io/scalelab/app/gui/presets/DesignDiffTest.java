package io.scalelab.app.gui.presets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "What the next phase changes", checked against the preset files read by a plain YAML parser. */
class DesignDiffTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest
  @EnumSource(
      value = Phase.class,
      names = {"MVP", "HIGH_AVAILABILITY", "MICROSERVICES", "PERFORMANCE"})
  void addedRemovedAndChangedComponentsAreThoseOfThePresetFiles(Phase phase) throws Exception {
    Phase next = phase.next().orElseThrow();
    Map<String, JsonNode> before = components(Presets.text(phase));
    Map<String, JsonNode> after = components(Presets.text(next));

    DesignDiff diff = PresetGalleryViewModel.nextChanges(phase).orElseThrow();

    Set<String> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    Set<String> removed = new TreeSet<>(before.keySet());
    removed.removeAll(after.keySet());
    assertThat(ids(diff.added())).isEqualTo(added);
    assertThat(ids(diff.removed())).isEqualTo(removed);
    Set<String> kept = new TreeSet<>(before.keySet());
    kept.retainAll(after.keySet());
    for (String id : kept) {
      boolean differs = !before.get(id).equals(after.get(id));
      assertThat(diff.changed().stream().anyMatch(c -> c.startsWith(id + ":")))
          .as(id)
          .isEqualTo(differs);
    }
    assertThat(diff.users()).isEqualTo(String.format("%,d → %,d", phase.users(), next.users()));
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void theLastPhaseHasNoNextAndEveryPhaseShowsItsPresetsOwnDescription(Phase phase)
      throws Exception {
    assertThat(PresetGalleryViewModel.nextChanges(phase).isPresent())
        .isEqualTo(phase != Phase.GLOBAL);
    String text = YAML.readTree(Presets.text(phase)).path("description").asText().strip();
    assertThat(PresetGalleryViewModel.description(phase)).isEqualTo(text);
  }

  private static Map<String, JsonNode> components(String yaml) throws Exception {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode c : YAML.readTree(yaml).path("components")) {
      out.put(c.path("id").asText(), c);
    }
    return out;
  }

  private static Set<String> ids(java.util.List<String> entries) {
    Set<String> out = new TreeSet<>();
    entries.forEach(e -> out.add(e.substring(0, e.indexOf(' '))));
    return out;
  }
}
