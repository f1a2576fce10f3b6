package io.scalelab.app.gui.presets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gallery's list and texts, checked against the preset files read by a plain YAML parser. */
class PresetGalleryViewModelTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theGalleryListsTheFivePhasesInOrderThenTheOptionalPresetsWithPhaseThreeSelected() {
    PresetGalleryViewModel vm = new PresetGalleryViewModel();
    assertThat(vm.entries())
        .extracting(GalleryEntry::title)
        .containsExactly(
            "Phase 0 · MVP",
            "Phase 1 · High availability",
            "Phase 2 · Microservices",
            "Phase 3 · Performance",
            "Phase 4 · Global",
            "Optional · Serverless / event-driven",
            "Optional · Active-passive disaster recovery");
    assertThat(vm.selected().get()).isEqualTo(new GalleryEntry.PhaseEntry(Phase.PERFORMANCE));
    assertThat(vm.entries()).contains(vm.selected().get());
  }

  @Test
  void anOptionalPresetShowsItsFilesNarrativeWhatItShowsAndItsFaultButNoNextPhase()
      throws Exception {
    PresetGalleryViewModel vm = new PresetGalleryViewModel();
    for (Extra x : Presets.extras()) {
      GalleryEntry e = vm.entries().get(Phase.values().length + x.ordinal());
      assertThat(e).isEqualTo(new GalleryEntry.ExtraEntry(x));
      JsonNode file = YAML.readTree(Presets.text(x));
      assertThat(e.description()).isEqualTo(file.path("description").asText().strip());
      assertThat(e.users())
          .isEqualTo(String.format("%,d users", file.path("workload").path("users").asLong()));
      assertThat(e.design().name()).isEqualTo(file.path("name").asText());
      assertThat(e.sections()).extracting(GalleryEntry.Section::text).first().isEqualTo(x.shows());
      assertThat(PresetGalleryViewModel.nextChanges(e)).isEmpty();
    }
    List<GalleryEntry.Section> dr = new GalleryEntry.ExtraEntry(Extra.DISASTER_RECOVERY).sections();
    assertThat(dr)
        .anySatisfy(
            s -> {
              assertThat(s.heading()).isEqualTo("Its characteristic fault");
              assertThat(s.text()).contains("region-outage of ap-south-1");
            });
    assertThat(new GalleryEntry.ExtraEntry(Extra.SERVERLESS).sections()).hasSize(1);
  }

  @Test
  void aPhaseEntryKeepsThePhaseTextsAndItsNextChanges() {
    GalleryEntry e = new GalleryEntry.PhaseEntry(Phase.MICROSERVICES);
    assertThat(e.users()).isEqualTo("10,000 to 100,000 users");
    assertThat(e.sections())
        .extracting(GalleryEntry.Section::text)
        .containsExactly(Phase.MICROSERVICES.fixes(), Phase.MICROSERVICES.breaksNext());
    assertThat(PresetGalleryViewModel.nextChanges(e))
        .isEqualTo(PresetGalleryViewModel.nextChanges(Phase.MICROSERVICES));
  }
}
