package io.scalelab.app.gui.export;

import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The export dialog's content: layout only, every value and command from {@link ExportViewModel}.
 */
public final class ExportView extends BorderPane {

  private final ExportViewModel vm;

  /**
   * @param vm the view model
   * @param close what Close does (hides the dialog)
   */
  public ExportView(ExportViewModel vm, Runnable close) {
    this.vm = vm;
    setPadding(new Insets(12));
    getStyleClass().add("export-view");
    Label title = new Label();
    title.textProperty().bind(vm.designLine());
    title.getStyleClass().add("inspector-title");
    VBox top = new VBox(10, title, form());
    top.setPadding(new Insets(0, 0, 10, 0));
    setTop(top);
    setCenter(preview());
    setBottom(footer(close));
  }

  private GridPane form() {
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    g.add(rowCaption("Export"), 0, 0);
    g.add(kinds(), 1, 0);
    g.add(rowCaption("Into folder"), 0, 1);
    g.add(folder(), 1, 1);
    g.add(rowCaption("Kubernetes"), 0, 2);
    g.add(kubernetes(), 1, 2);
    ColumnConstraints captions = new ColumnConstraints();
    captions.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    g.getColumnConstraints().setAll(captions, fields);
    return g;
  }

  private Node kinds() {
    ToggleGroup group = new ToggleGroup();
    HBox iac = new HBox(14);
    HBox cost = new HBox(14);
    for (ExportKind k : ExportKind.values()) {
      RadioButton b = new RadioButton(k.label());
      b.setId("export-kind-" + k.name());
      b.setUserData(k);
      b.setToggleGroup(group);
      b.setTooltip(new Tooltip(k.description()));
      b.setSelected(vm.kind().get() == k);
      if (k.costReport()) {
        b.disableProperty().bind(vm.costAvailable().not().or(vm.busy()));
        cost.getChildren().add(b);
      } else {
        b.disableProperty().bind(vm.busy());
        iac.getChildren().add(b);
      }
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.kind().set((ExportKind) now.getUserData());
              }
            });
    vm.kind()
        .addListener(
            (obs, was, now) ->
                group.getToggles().stream()
                    .filter(t -> t.getUserData() == now)
                    .forEach(t -> t.setSelected(true)));
    Label description = new Label();
    description
        .textProperty()
        .bind(Bindings.createStringBinding(() -> vm.kind().get().description(), vm.kind()));
    description.getStyleClass().add("field-label");
    Label costNote = new Label();
    costNote.textProperty().bind(vm.costNote());
    costNote.getStyleClass().add("field-label");
    cost.getChildren().add(costNote);
    iac.getChildren().add(description);
    return new VBox(6, iac, cost);
  }

  private Node folder() {
    TextField field = new TextField();
    field.setId("export-folder");
    field.setPromptText("the folder to write into (created if missing)");
    field.textProperty().bindBidirectional(vm.folder());
    field.disableProperty().bind(vm.busy());
    HBox.setHgrow(field, Priority.ALWAYS);
    Button choose = new Button("Choose…");
    choose.setId("export-choose-folder");
    choose.setOnAction(e -> vm.chooseFolder());
    choose.disableProperty().bind(vm.busy());
    return new HBox(6, field, choose);
  }

  private Node kubernetes() {
    ChoiceBox<IngressClass> ingress =
        new ChoiceBox<>(FXCollections.observableArrayList(IngressClass.values()));
    ingress.setId("export-ingress");
    ingress.setPrefWidth(90);
    ingress.setConverter(new IngressNames());
    ingress.valueProperty().bindBidirectional(vm.ingressClass());
    ingress.setTooltip(
        new Tooltip(
            "alb: the AWS Load Balancer Controller, weighted by the design's shares;"
                + " nginx: ingress-nginx, one path per service"));
    TextField registry =
        text(
            "export-registry",
            vm.imageRegistry(),
            "e.g. 123456789012.dkr.ecr.{region}.amazonaws.com",
            330);
    HBox.setHgrow(registry, Priority.ALWAYS);
    TextField tag = text("export-tag", vm.imageTag(), "e.g. 1.4.2", 100);
    tag.setMinWidth(Region.USE_PREF_SIZE);
    TextField repo =
        text("export-repo", vm.repoUrl(), "default: the folder's git 'origin' remote", 300);
    HBox row1 =
        new HBox(
            8,
            caption("Ingress class"),
            ingress,
            caption("Image registry"),
            registry,
            caption("Tag"),
            tag);
    row1.setAlignment(Pos.CENTER_LEFT);
    HBox row2 = new HBox(8, caption("Argo CD repository"), repo);
    row2.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(repo, Priority.ALWAYS);
    Label problem = new Label();
    problem.setId("export-settings-problem");
    problem.textProperty().bind(vm.settingsProblem());
    problem.getStyleClass().add("field-message");
    problem.visibleProperty().bind(vm.settingsProblem().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    VBox box = new VBox(6, row1, row2, problem);
    box.disableProperty()
        .bind(
            Bindings.createBooleanBinding(() -> !vm.kind().get().kubernetes(), vm.kind())
                .or(vm.busy()));
    return box;
  }

  private Node preview() {
    TableView<PreviewFile> table = new TableView<>(vm.files());
    table.setId("export-files");
    TableColumn<PreviewFile, String> path = new TableColumn<>("File");
    path.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
    path.setPrefWidth(260);
    TableColumn<PreviewFile, String> size = new TableColumn<>("Size");
    size.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().size()));
    size.setPrefWidth(80);
    size.setStyle("-fx-alignment: CENTER-RIGHT;");
    table.getColumns().setAll(List.of(path, size));
    table.setPlaceholder(
        new Label("Preview lists the files here; nothing is written until Write."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.selected().set(now);
              }
            });
    vm.selected()
        .addListener(
            (obs, was, now) -> {
              if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
              }
            });
    TextArea text = new TextArea();
    text.setId("export-text");
    text.setEditable(false);
    text.getStyleClass().add("export-text");
    text.textProperty().bind(vm.selectedText());
    SplitPane split = new SplitPane(table, text);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.42);
    return split;
  }

  private Node footer(Runnable close) {
    VBox warnings = new VBox(2);
    warnings.setId("export-warnings");
    vm.warnings()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  warnings.getChildren().clear();
                  for (String w : vm.warnings()) {
                    Label l = new Label("⚠ " + w);
                    l.setWrapText(true);
                    l.getStyleClass().add("export-warning");
                    warnings.getChildren().add(l);
                  }
                });
    Label status = new Label();
    status.setId("export-status");
    status.textProperty().bind(vm.status());
    status.setWrapText(true);
    Label error = new Label();
    error.setId("export-error");
    error.textProperty().bind(vm.error());
    error.getStyleClass().add("field-message");
    error.visibleProperty().bind(vm.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    Button preview = new Button("Preview");
    preview.setId("export-preview");
    preview.setOnAction(e -> vm.preview());
    preview.disableProperty().bind(vm.canPreview().not());
    preview.setTooltip(new Tooltip("Make the files in memory and list them; writes nothing"));
    Button write = new Button("Write");
    write.setId("export-write");
    write.setOnAction(e -> vm.write());
    write.disableProperty().bind(vm.canWrite().not());
    write.getStyleClass().add("accent");
    write.setTooltip(
        new Tooltip("Write the files into the folder; asks before replacing hand-edited ones"));
    Button closeButton = new Button("Close");
    closeButton.setCancelButton(true);
    closeButton.setOnAction(e -> close.run());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    for (Button b : List.of(preview, write, closeButton)) {
      // The status may be long; it wraps, the buttons keep their labels.
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox buttons = new HBox(8, status, spacer, preview, write, closeButton);
    buttons.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(status, Priority.SOMETIMES);
    VBox box = new VBox(6, warnings, error, buttons);
    box.setPadding(new Insets(10, 0, 0, 0));
    return box;
  }

  private TextField text(
      String id, javafx.beans.property.StringProperty value, String prompt, double width) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefWidth(width);
    f.textProperty().bindBidirectional(value);
    return f;
  }

  /** A form row's caption, level with the first line of its row. */
  private static Label rowCaption(String text) {
    Label l = caption(text);
    GridPane.setValignment(l, VPos.TOP);
    l.setPadding(new Insets(5, 0, 0, 0));
    return l;
  }

  private static Label caption(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("field-label");
    return l;
  }

  private static final class IngressNames extends StringConverter<IngressClass> {
    @Override
    public String toString(IngressClass c) {
      return c == null ? "" : c.className();
    }

    @Override
    public IngressClass fromString(String s) {
      throw new UnsupportedOperationException("a choice, not typed");
    }
  }
}
