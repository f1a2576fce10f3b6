package io.scalelab.app.gui.export;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The apply dialog's content: layout only, every value and command from {@link ApplyViewModel}. */
public final class ApplyView extends BorderPane {

  private final ApplyViewModel vm;

  /**
   * @param vm the view model
   * @param close what Close does (hides the dialog; an apply under way goes on)
   */
  public ApplyView(ApplyViewModel vm, Runnable close) {
    this.vm = vm;
    setPadding(new Insets(12));
    getStyleClass().add("apply-view");
    Label title = new Label("Apply an export");
    title.getStyleClass().add("inspector-title");
    Label about =
        new Label(
            "Runs your own terraform and kubectl (from the PATH) with your credentials: Terraform"
                + " init and plan, then each region's kubectl diff and a server-side dry run. Every"
                + " plan is shown below and applied only when you press Apply.");
    about.setWrapText(true);
    about.getStyleClass().add("field-label");
    VBox top = new VBox(8, title, about, folderRow());
    top.setPadding(new Insets(0, 0, 10, 0));
    setTop(top);
    setCenter(new VBox(8, log(), question()));
    setBottom(footer(close));
  }

  private Node folderRow() {
    BooleanBinding active =
        Bindings.createBooleanBinding(() -> vm.state().get().active(), vm.state());
    TextField folder = new TextField();
    folder.setId("apply-folder");
    folder.setPromptText("an exported folder: terraform/ and kubernetes/, a Terraform root, …");
    folder.textProperty().bindBidirectional(vm.folder());
    folder.disableProperty().bind(active);
    HBox.setHgrow(folder, Priority.ALWAYS);
    Button choose = new Button("Choose…");
    choose.setId("apply-choose-folder");
    choose.setOnAction(e -> vm.chooseFolder());
    choose.disableProperty().bind(active);
    Button start = new Button("Start");
    start.setId("apply-start");
    start.getStyleClass().add("accent");
    start.setOnAction(e -> vm.start());
    start.disableProperty().bind(active.or(vm.folder().isEmpty()));
    start.setTooltip(new Tooltip("Check the tools, then plan; nothing is applied without Apply"));
    Button stop = new Button("Stop");
    stop.setId("apply-stop");
    stop.setOnAction(e -> vm.stop());
    stop.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    vm.state().get() != ApplyState.RUNNING && vm.state().get() != ApplyState.ASKING,
                vm.state()));
    stop.setTooltip(new Tooltip("Ask the running tool to stop, as Ctrl+C would"));
    Button kill = new Button("Kill");
    kill.setId("apply-kill");
    kill.getStyleClass().add("danger");
    kill.setOnAction(e -> vm.kill());
    kill.visibleProperty().bind(vm.state().isEqualTo(ApplyState.STOPPING));
    kill.managedProperty().bind(kill.visibleProperty());
    kill.setTooltip(new Tooltip("End the tool at once, for one that does not stop"));
    for (Button b : List.of(choose, start, stop, kill)) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox row = new HBox(6, folder, choose, start, stop, kill);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node log() {
    TextArea log = new TextArea();
    log.setId("apply-log");
    log.setEditable(false);
    log.getStyleClass().add("export-text");
    log.setPromptText("The tools' output appears here as they run.");
    vm.log()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  while (c.next()) {
                    if (c.wasRemoved() && vm.log().isEmpty()) {
                      log.clear();
                    }
                    if (c.wasAdded()) {
                      log.appendText(String.join("\n", c.getAddedSubList()) + "\n");
                    }
                  }
                });
    VBox.setVgrow(log, Priority.ALWAYS);
    return log;
  }

  private Node question() {
    Label ask = new Label("Apply this plan? Nothing of it is applied until you press Apply.");
    ask.getStyleClass().add("apply-question-title");
    TextArea plan = new TextArea();
    plan.setId("apply-plan");
    plan.setEditable(false);
    plan.setPrefRowCount(9);
    plan.getStyleClass().add("export-text");
    plan.textProperty().bind(vm.question());
    Button apply = new Button("Apply");
    apply.setId("apply-approve");
    apply.getStyleClass().add("danger");
    // Never the default button: Enter must not apply a plan.
    apply.setDefaultButton(false);
    apply.setOnAction(e -> vm.approve());
    Button cancel = new Button("Cancel");
    cancel.setId("apply-decline");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> vm.decline());
    HBox buttons = new HBox(8, apply, cancel);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox box = new VBox(6, ask, plan, buttons);
    box.setId("apply-question");
    box.getStyleClass().add("apply-question");
    box.visibleProperty().bind(vm.state().isEqualTo(ApplyState.ASKING));
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private Node footer(Runnable close) {
    Label status = new Label();
    status.setId("apply-status");
    status.textProperty().bind(vm.status());
    status.setWrapText(true);
    vm.state().addListener((obs, was, now) -> style(status, now));
    style(status, vm.state().get());
    Button closeButton = new Button("Close");
    closeButton.setMinWidth(Region.USE_PREF_SIZE);
    closeButton.setOnAction(e -> close.run());
    closeButton.setTooltip(new Tooltip("Hide this window; an apply under way goes on"));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox.setHgrow(status, Priority.SOMETIMES);
    HBox row = new HBox(8, status, spacer, closeButton);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(10, 0, 0, 0));
    return row;
  }

  private static void style(Label status, ApplyState s) {
    status.getStyleClass().removeAll("status-ok", "status-problem");
    if (s == ApplyState.APPLIED || s == ApplyState.NO_CHANGES) {
      status.getStyleClass().add("status-ok");
    } else if (s == ApplyState.FAILED || s == ApplyState.STOPPED) {
      status.getStyleClass().add("status-problem");
    }
  }
}
