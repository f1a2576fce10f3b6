package io.scalelab.app.gui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.app.gui.document.DesignDocument;
import io.scalelab.app.gui.document.DesignTree;
import io.scalelab.app.gui.document.EditOutcome;
import io.scalelab.app.gui.document.Problems;
import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import io.scalelab.model.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's state: the fields of the selected component, connection or design, checked by the
 * model's reader as the user types, and applied together as one undoable edit on Enter or when the
 * field loses focus. A draft that would make the design invalid stays a draft, with the reader's
 * message beside the field, and the design keeps its last valid value.
 */
public final class InspectorViewModel {

  private final DesignDocument document;
  private final SchemaFields schema;
  private final ObjectProperty<Target> target =
      new SimpleObjectProperty<>(new Target.WholeDesign());
  private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private BiConsumer<String, String> onRenamed = (from, to) -> {};
  private boolean loading;
  private Optional<String> renaming = Optional.empty();

  public InspectorViewModel(DesignDocument document, SchemaFields schema) {
    this.document = document;
    this.schema = schema;
    target.addListener((obs, old, now) -> rebuild());
    document.state().addListener((obs, old, now) -> reload());
    rebuild();
  }

  /** What the inspector shows; the main view model sets it from the selection. */
  public ObjectProperty<Target> target() {
    return target;
  }

  /** The form's fields, in the schema's order. */
  public ObservableList<FieldViewModel> fields() {
    return fields;
  }

  /** The edited thing's name, e.g. {@code service-a}. */
  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  /** What kind of thing it is, e.g. the component type's AWS service. */
  public ReadOnlyStringProperty subtitle() {
    return subtitle.getReadOnlyProperty();
  }

  /** A problem of the drafts that belongs to no single field; empty when none. */
  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }

  /** Called with the old and new id when an applied edit renamed the edited component. */
  public void setOnRenamed(BiConsumer<String, String> handler) {
    onRenamed = handler;
  }

  /**
   * Applies every draft of the form as one edit.
   *
   * @return true when there was nothing to apply or the edit applied; false when a draft is kept
   *     because it would make the design invalid (the messages say why)
   */
  public boolean commit() {
    List<FieldViewModel> drafts = drafts();
    if (drafts.isEmpty()) {
      return true;
    }
    Optional<Candidate> c = candidate(drafts);
    if (c.isEmpty()) {
      return false;
    }
    Target before = target.get();
    renaming = c.get().renamed;
    EditOutcome o;
    try {
      o = document.apply(c.get().label, c.get().tree, DesignDocument.Policy.NO_NEW_PROBLEMS);
    } finally {
      renaming = Optional.empty();
    }
    if (!o.applied()) {
      show(o.problems(), c.get().prefix);
      return false;
    }
    if (before instanceof Target.OfComponent oc && c.get().renamed.isPresent()) {
      onRenamed.accept(oc.id(), c.get().renamed.get());
    }
    reload();
    return true;
  }

  /** Drops every draft: the form shows the design's values again. */
  public void revert() {
    load(false);
  }

  private void rebuild() {
    loading = true;
    try {
      fields.clear();
      message.set("");
      Target t = target.get();
      List<FieldSpec> specs = new ArrayList<>();
      if (t instanceof Target.WholeDesign) {
        specs = schema.design();
      } else if (t instanceof Target.OfComponent oc) {
        Optional<Component> c = document.working().component(oc.id());
        if (c.isPresent()) {
          specs = schema.component(c.get().type());
        }
      } else if (t instanceof Target.OfConnection) {
        specs = schema.connection();
      }
      for (FieldSpec s : specs) {
        FieldViewModel f = new FieldViewModel(s);
        f.text().addListener((obs, old, now) -> validate());
        fields.add(f);
      }
    } finally {
      loading = false;
    }
    load(false);
  }

  /** The document changed (an edit, undo): show its values, keeping what the user is typing. */
  private void reload() {
    if (renaming.isPresent() && target.get() instanceof Target.OfComponent) {
      // The edit being applied renamed the edited component: follow it.
      target.set(new Target.OfComponent(renaming.get()));
      return;
    }
    if (!exists(target.get())) {
      target.set(new Target.WholeDesign());
      return;
    }
    load(true);
  }

  private void load(boolean keepDrafts) {
    loading = true;
    try {
      Target t = target.get();
      describe(t);
      Optional<Located> at = locate(DesignTree.of(document.working()), t);
      for (FieldViewModel f : fields) {
        String value =
            at.map(l -> get(l.node, f.spec().path()))
                .filter(n -> !DesignTree.isAbsent(n))
                .map(n -> n.isContainerNode() ? FlowYaml.write(n) : n.asText())
                .orElse("");
        f.load(value, keepDrafts);
      }
    } finally {
      loading = false;
    }
    validate();
  }

  private void validate() {
    if (loading) {
      return;
    }
    fields.forEach(f -> f.setMessage(""));
    message.set("");
    List<FieldViewModel> drafts = drafts();
    if (drafts.isEmpty()) {
      return;
    }
    candidate(drafts)
        .ifPresent(
            c -> show(document.check(c.tree, DesignDocument.Policy.NO_NEW_PROBLEMS), c.prefix));
  }

  /** Puts each problem beside its field; the rest go to the form's own message. */
  private void show(List<Problem> problems, String prefix) {
    List<String> general = new ArrayList<>();
    for (Problem p : problems) {
      Optional<FieldViewModel> f = fieldOf(p.field(), prefix);
      if (f.isPresent() && f.get().message().get().isEmpty()) {
        f.get().setMessage(p.message());
      } else if (f.isEmpty()) {
        general.add(Problems.describe(p));
      }
    }
    message.set(String.join("\n", general));
  }

  private Optional<FieldViewModel> fieldOf(String problemField, String prefix) {
    String rest;
    if (prefix.isEmpty()) {
      rest = problemField;
    } else if (problemField.startsWith(prefix + ".")) {
      rest = problemField.substring(prefix.length() + 1);
    } else {
      return Optional.empty();
    }
    return fields.stream()
        .filter(
            f -> {
              String key = f.spec().key();
              return rest.equals(key) || rest.startsWith(key + ".") || rest.startsWith(key + "[");
            })
        .findFirst();
  }

  private List<FieldViewModel> drafts() {
    return fields.stream().filter(f -> f.draft().get()).toList();
  }

  /** The design tree with every draft written in, or empty when a draft is not YAML. */
  private Optional<Candidate> candidate(List<FieldViewModel> drafts) {
    ObjectNode tree = DesignTree.of(document.working());
    Optional<Located> at = locate(tree, target.get());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> renamed = Optional.empty();
    boolean malformed = false;
    for (FieldViewModel f : drafts) {
      try {
        Optional<JsonNode> value = FlowYaml.read(f.text().get());
        FieldPaths.set(at.get().node, f.spec().path(), value);
        if (target.get() instanceof Target.OfComponent oc
            && f.spec().key().equals("id")
            && value.filter(JsonNode::isTextual).isPresent()) {
          renamed = Optional.of(value.get().asText());
          FieldPaths.renameReferences(tree, oc.id(), renamed.get());
        }
      } catch (FlowYaml.Malformed e) {
        f.setMessage(e.getMessage());
        malformed = true;
      }
    }
    if (malformed) {
      return Optional.empty();
    }
    String what = title.get();
    String label =
        drafts.size() == 1 ? "edit " + what + " " + drafts.get(0).spec().key() : "edit " + what;
    return Optional.of(new Candidate(tree, at.get().prefix, label, renamed));
  }

  private record Candidate(
      ObjectNode tree, String prefix, String label, Optional<String> renamed) {}

  private record Located(ObjectNode node, String prefix) {}

  private Optional<Located> locate(ObjectNode tree, Target t) {
    Design d = document.working();
    if (t instanceof Target.WholeDesign) {
      return Optional.of(new Located(tree, ""));
    } else if (t instanceof Target.OfComponent oc) {
      return DesignTree.componentIndex(tree, oc.id())
          .map(
              i ->
                  new Located(
                      (ObjectNode) DesignTree.components(tree).get(i), "components[" + i + "]"));
    } else if (t instanceof Target.OfConnection oc) {
      return DesignTree.connectionIndex(d, oc.id())
          .map(
              i ->
                  new Located(
                      (ObjectNode) DesignTree.connections(tree).get(i), "connections[" + i + "]"));
    }
    return Optional.empty();
  }

  private boolean exists(Target t) {
    Design d = document.working();
    if (t instanceof Target.OfComponent oc) {
      return d.component(oc.id()).isPresent();
    } else if (t instanceof Target.OfConnection oc) {
      return DesignTree.connectionIndex(d, oc.id()).isPresent();
    }
    return true;
  }

  private void describe(Target t) {
    Design d = document.working();
    if (t instanceof Target.WholeDesign) {
      title.set(d.name());
      subtitle.set("the design: its regions, workload and objectives");
    } else if (t instanceof Target.OfComponent oc) {
      title.set(oc.id());
      subtitle.set(
          d.component(oc.id())
              .map(c -> c.type().fileName() + " · " + c.type().description())
              .orElse(""));
    } else if (t instanceof Target.OfConnection oc) {
      title.set(oc.id());
      subtitle.set("connection: a call from one component to another");
    } else if (t instanceof Target.Nothing n) {
      title.set("");
      subtitle.set(n.why());
    }
  }

  private static JsonNode get(JsonNode node, List<String> path) {
    JsonNode n = node;
    for (String key : path) {
      n = n.path(key);
    }
    return n;
  }
}
