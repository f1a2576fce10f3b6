package io.scalelab.app.gui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.document.DesignDocument;
import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.model.component.Service;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import org.junit.jupiter.api.Test;

/** Validation as you type: the reader's own messages beside the fields, drafts kept aside. */
class InspectorViewModelTest {

  private final DesignDocument document = new DesignDocument(Presets.design(Phase.PERFORMANCE));
  private final InspectorViewModel vm = new InspectorViewModel(document, SchemaFields.load());

  private FieldViewModel field(String key) {
    return vm.fields().stream().filter(f -> f.spec().key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void anInvalidValueShowsTheCommandLinesMessageAndKeepsTheLastValidDesign() {
    vm.target().set(new Target.OfComponent("service-a"));
    Design before = document.valid().get();

    field("autoscaling.max").text().set("10");

    // The same value written in the preset file: what scalelab validate says about it.
    String file = Presets.text(Phase.PERFORMANCE).replaceFirst("max: 400", "max: 10");
    String cli = cliMessage(file, "components[5].autoscaling");
    assertThat(field("autoscaling.max").message().get()).isEqualTo(cli);
    assertThat(vm.commit()).isFalse();
    assertThat(document.valid().get()).isEqualTo(before);
    assertThat(document.working()).isEqualTo(before);
    assertThat(field("autoscaling.max").draft().get()).isTrue();
  }

  @Test
  void aValueOfTheWrongKindShowsTheReadersMessageForThatField() {
    vm.target().set(new Target.OfComponent("service-a"));

    field("timeout").text().set("30");

    String file =
        Presets.text(Phase.PERFORMANCE)
            .replaceFirst(
                "concurrencyPerInstance: 1\n", "concurrencyPerInstance: 1\n    timeout: 30\n");
    assertThat(field("timeout").message().get())
        .isEqualTo(cliMessage(file, "components[5].timeout"));
  }

  @Test
  void aValidValueAppliesOnCommitAsOneUndoableEdit() {
    vm.target().set(new Target.OfComponent("db"));

    field("instanceClass").text().set("db.r6g.xlarge");
    field("readReplicas").text().set("3");
    assertThat(field("readReplicas").message().get()).isEmpty();
    assertThat(vm.commit()).isTrue();

    var db =
        (io.scalelab.model.component.Database) document.valid().get().component("db").orElseThrow();
    assertThat(db.instanceClass()).contains("db.r6g.xlarge");
    assertThat(db.readReplicas()).hasSize(3);
    assertThat(document.undo()).isTrue();
    var back =
        (io.scalelab.model.component.Database) document.working().component("db").orElseThrow();
    assertThat(back.instanceClass()).contains("db.r6g.large");
    assertThat(back.readReplicas()).hasSize(2);
    assertThat(field("instanceClass").text().get()).isEqualTo("db.r6g.large");
  }

  @Test
  void clearingAFieldGivesItsDefault() {
    vm.target().set(new Target.OfComponent("service-a"));

    field("concurrencyPerInstance").text().set("");
    assertThat(vm.commit()).isTrue();

    Service s = (Service) document.working().component("service-a").orElseThrow();
    assertThat(s.concurrencyPerInstance()).isEqualTo(Service.DEFAULT_CONCURRENCY_PER_INSTANCE);
  }

  @Test
  void renamingAComponentRenamesItEverywhereTheDesignNamesIt() {
    vm.target().set(new Target.OfComponent("cache"));

    field("id").text().set("redis");
    assertThat(vm.commit()).isTrue();

    Design d = document.valid().get();
    assertThat(d.component("redis")).isPresent();
    assertThat(d.connections()).anyMatch(c -> c.via().filter("redis"::equals).isPresent());
    assertThat(vm.target().get()).isEqualTo(new Target.OfComponent("redis"));
  }

  @Test
  void theFormHasEveryFieldTheSchemaGivesTheTypeWithUnitsInTheLabels() {
    vm.target().set(new Target.OfComponent("service-a"));

    assertThat(vm.fields().stream().map(f -> f.spec().key()))
        .contains("id", "region", "platform", "autoscaling.min", "serviceTime", "timeout")
        .doesNotContain("type", "position");
    assertThat(field("timeout").spec().label()).isEqualTo("timeout (duration)");
    assertThat(field("timeout").spec().hint()).isEqualTo("default: 60s");
    assertThat(field("platform").spec().choices()).containsExactly("ec2", "eks", "lambda");
  }

  static String cliMessage(String yaml, String fieldPrefix) {
    try {
      Designs.parse(yaml, "x.yaml", false);
    } catch (DesignException e) {
      return e.problems().stream()
          .filter(p -> p.field().startsWith(fieldPrefix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no problem under " + fieldPrefix + ": " + e))
          .message();
    }
    throw new AssertionError("expected the design to be refused");
  }
}
