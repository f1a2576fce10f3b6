package io.scalelab.app.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DesignEditorTest {

  @ParameterizedTest
  @EnumSource(ComponentType.class)
  void everyTypeAddsWithValidSettingsAndItsOnlyProblemIsThatNothingCallsItYet(ComponentType type) {
    DesignEditor editor = new DesignEditor(new DesignDocument(Presets.design(Phase.PERFORMANCE)));

    String id =
        editor
            .addComponent(type, Optional.of(new Region("us-east-1")), Optional.empty())
            .orElseThrow();

    Snapshot s = editor.document().state().get();
    Component c = s.design().component(id).orElseThrow();
    assertThat(c.type()).isEqualTo(type);
    assertThat(c.region()).isEqualTo(type.mayBeGlobal() ? Region.GLOBAL : new Region("us-east-1"));
    if (type == ComponentType.USERS) {
      // A user origin calls; it is not called. Its only problem: the origins' shares.
      assertThat(s.problems()).allMatch(p -> p.message().contains("share"));
    } else {
      assertThat(s.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.message()).contains("'" + id + "' is not reachable"));
    }
    // What the editor holds is exactly what the file it writes reads back as.
    Design back =
        Designs.parseLenient(Designs.format(s.design(), false), "x", false).design().get();
    assertThat(back).isEqualTo(s.design());
  }

  @ParameterizedTest
  @EnumSource(
      value = ComponentType.class,
      names = {"QUEUE", "TOPIC", "STREAM"})
  void aCallToAQueueTopicOrStreamIsAsynchronous(ComponentType type) {
    DesignEditor editor = new DesignEditor(new DesignDocument(Presets.design(Phase.PERFORMANCE)));
    String id = editor.addComponent(type, Optional.empty(), Optional.empty()).orElseThrow();

    assertThat(editor.connect("service-a", id).applied()).isTrue();

    Connection c =
        editor.document().working().connections().stream()
            .filter(x -> x.to().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(c.mode()).isEqualTo(Connection.CallMode.ASYNC);
    assertThat(editor.document().state().get().isValid()).isTrue();
  }
}
