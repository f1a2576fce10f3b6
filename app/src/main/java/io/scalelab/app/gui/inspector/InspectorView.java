package io.scalelab.app.gui.inspector;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The inspector's form: one labelled field per setting, the default as a hint, the reader's message
 * under a field whose draft would make the design invalid. Enter or leaving a field applies the
 * drafts; Escape drops them.
 */
public final class InspectorView extends ScrollPane {

  /** Width of the form's fields. */
  private static final double FIELD_WIDTH = 250;

  private final InspectorViewModel vm;
  private final VBox form = new VBox(2);

  public InspectorView(InspectorViewModel vm) {
    this.vm = vm;
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    form.setPadding(new Insets(10));
    setContent(form);
    vm.fields().addListener((ListChangeListener<FieldViewModel>) c -> rebuild());
    rebuild();
  }

  private void rebuild() {
    form.getChildren().clear();
    Label title = new Label();
    title.textProperty().bind(vm.title());
    title.getStyleClass().add("inspector-title");
    title.setId("inspector-title");
    Label subtitle = new Label();
    subtitle.textProperty().bind(vm.subtitle());
    subtitle.setWrapText(true);
    subtitle.getStyleClass().add("field-label");
    Label general = new Label();
    general.textProperty().bind(vm.message());
    general.getStyleClass().add("field-message");
    general.managedProperty().bind(general.textProperty().isNotEmpty());
    general.setId("inspector-message");
    form.getChildren().addAll(title, subtitle, general);
    for (FieldViewModel f : vm.fields()) {
      form.getChildren().add(field(f));
    }
  }

  private Node field(FieldViewModel f) {
    Label label = new Label(f.spec().label());
    label.getStyleClass().add("field-label");
    label.setPadding(new Insets(6, 0, 0, 0));
    TextInputControl input;
    if (f.spec().choices().isEmpty()) {
      input = new TextField();
    } else {
      ComboBox<String> box = new ComboBox<>();
      box.setEditable(true);
      box.getItems().setAll(f.spec().choices());
      box.setPrefWidth(FIELD_WIDTH);
      box.setMaxWidth(Double.MAX_VALUE);
      box.setPromptText(f.spec().hint());
      box.valueProperty()
          .addListener(
              (obs, old, now) -> {
                if (now != null && !now.equals(f.text().get())) {
                  f.text().set(now);
                  vm.commit();
                }
              });
      input = box.getEditor();
      wire(f, input);
      box.setId("field-" + f.spec().key());
      box.setTooltip(new Tooltip(f.spec().help()));
      return block(label, box, f);
    }
    input.setId("field-" + f.spec().key());
    input.setPrefWidth(FIELD_WIDTH);
    input.setPromptText(f.spec().hint());
    ((TextField) input).setTooltip(new Tooltip(f.spec().help()));
    wire(f, input);
    return block(label, input, f);
  }

  private void wire(FieldViewModel f, TextInputControl input) {
    input.textProperty().bindBidirectional(f.text());
    f.draft()
        .addListener(
            (obs, old, now) -> {
              if (now) {
                input.getStyleClass().add("field-draft");
              } else {
                input.getStyleClass().remove("field-draft");
              }
            });
    input
        .focusedProperty()
        .addListener(
            (obs, was, is) -> {
              if (!is) {
                vm.commit();
              }
            });
    input.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.commit();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            vm.revert();
            e.consume();
          }
        });
  }

  private static Node block(Label label, Node input, FieldViewModel f) {
    Label message = new Label();
    message.textProperty().bind(f.message());
    message.getStyleClass().add("field-message");
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.setId("message-" + f.spec().key());
    message.setMaxWidth(FIELD_WIDTH + 20);
    return new VBox(2, label, input, message);
  }
}
