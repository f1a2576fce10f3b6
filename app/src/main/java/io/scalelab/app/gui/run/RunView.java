package io.scalelab.app.gui.run;

import io.scalelab.simulation.price.PurchaseOption;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The run panel: layout only, every value and command from {@link RunViewModel}. */
public final class RunView extends VBox {

  private final RunViewModel vm;
  private final VBox faultRows = new VBox(4);

  /** The panel of {@code vm}. */
  public RunView(RunViewModel vm) {
    super(8);
    this.vm = vm;
    setPadding(new Insets(8));
    getStyleClass().add("run-view");
    getChildren().addAll(settings(), faults(), controls());
  }

  private GridPane settings() {
    RunSettings s = vm.settings();
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(4);
    Slider users = new Slider(UsersScale.MIN_POSITION, UsersScale.MAX_POSITION, 3);
    users.setId("users-slider");
    users.setMajorTickUnit(1);
    users.setMinorTickCount(0);
    users.setShowTickMarks(true);
    users.setShowTickLabels(true);
    users.setPrefWidth(260);
    users.setLabelFormatter(new DecadeLabels());
    users.valueProperty().bindBidirectional(s.usersPosition());
    users.setTooltip(new Tooltip("Users, log scale: each step is ten times more"));
    row(g, 0, "Users", users, field("users-field", s.users()));
    row(
        g,
        1,
        "Duration",
        field("duration-field", s.duration()),
        hint("simulated, warm-up included"));
    row(g, 2, "Warm-up", field("warmup-field", s.warmup()), hint("left out of the figures"));
    row(g, 3, "Seed", field("seed-field", s.seed()), hint("same seed, same result"));
    row(
        g,
        4,
        "Replications",
        field("replications-field", s.replications()),
        hint("independent runs, for 95% intervals"));
    ChoiceBox<PurchaseOption> purchase =
        new ChoiceBox<>(FXCollections.observableArrayList(PurchaseOption.values()));
    purchase.setId("purchase-choice");
    purchase.setConverter(new PurchaseLabels());
    purchase.valueProperty().bindBidirectional(s.purchase());
    row(g, 5, "Priced as", purchase, hint("how capacity is bought"));
    return g;
  }

  private static void row(
      GridPane g, int row, String label, javafx.scene.Node a, javafx.scene.Node b) {
    g.add(new Label(label), 0, row);
    g.add(a, 1, row);
    g.add(b, 2, row);
  }

  private static Label hint(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("text-muted");
    return l;
  }

  /** A text field and its message below it. */
  private static VBox field(String id, ValidatedField<?> f) {
    TextField t = new TextField();
    t.setId(id);
    t.setPrefColumnCount(10);
    t.textProperty().bindBidirectional(f.text());
    Label error = new Label();
    error.setId(id + "-error");
    error.getStyleClass().add("danger");
    error.setStyle("-fx-text-fill: #c62828;");
    error.textProperty().bind(f.error());
    error.visibleProperty().bind(f.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    t.styleProperty()
        .bind(Bindings.when(f.error().isEmpty()).then("").otherwise("-fx-border-color: #c62828;"));
    return new VBox(2, t, error);
  }

  private VBox faults() {
    MenuButton add = new MenuButton("Add fault");
    add.setId("add-fault");
    for (FaultType t : FaultType.values()) {
      MenuItem item = new MenuItem(t.label());
      item.setOnAction(e -> vm.faults().add(t));
      add.getItems().add(item);
    }
    Label title = new Label("Fault timeline");
    title.getStyleClass().add("title-4");
    Label problems = new Label();
    problems.setId("fault-problems");
    problems.setStyle("-fx-text-fill: #c62828;");
    problems.setWrapText(true);
    problems.textProperty().bind(vm.faults().problems());
    problems.managedProperty().bind(problems.textProperty().isNotEmpty());
    vm.faults().entries().addListener((ListChangeListener<FaultEntry>) this::onRowsChanged);
    rebuildRows();
    ScrollPane scroll = new ScrollPane(faultRows);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(110);
    return new VBox(4, new HBox(8, title, add), scroll, problems);
  }

  /** Rows are rebuilt when rows come and go, not on every keystroke inside one. */
  private void onRowsChanged(ListChangeListener.Change<? extends FaultEntry> change) {
    boolean structural = false;
    while (change.next()) {
      structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
    }
    if (structural) {
      rebuildRows();
    }
  }

  private void rebuildRows() {
    faultRows.getChildren().clear();
    if (vm.faults().entries().isEmpty()) {
      faultRows.getChildren().add(hint("No faults: add a region outage, a crash, a cache flush…"));
    }
    for (FaultEntry e : vm.faults().entries()) {
      faultRows.getChildren().add(faultRow(e));
    }
  }

  private HBox faultRow(FaultEntry e) {
    ChoiceBox<FaultType> type =
        new ChoiceBox<>(FXCollections.observableArrayList(FaultType.values()));
    type.valueProperty().bindBidirectional(e.type());
    ComboBox<String> target = new ComboBox<>();
    target.setEditable(true);
    target.setPrefWidth(150);
    target.getItems().setAll(vm.faults().targets(e.type().get()));
    e.type().addListener((o, was, now) -> target.getItems().setAll(vm.faults().targets(now)));
    target.valueProperty().bindBidirectional(e.target());
    TextField at = small(e.at(), "start, like 10m");
    TextField length = small(e.duration(), "how long, like 5m");
    length
        .disableProperty()
        .bind(Bindings.createBooleanBinding(() -> !e.type().get().lasts(), e.type()));
    TextField amount = small(e.amount(), "extra lag (5s) or multiplier (3)");
    amount
        .disableProperty()
        .bind(Bindings.createBooleanBinding(() -> e.type().get().amountName().isEmpty(), e.type()));
    Button remove = new Button("✕");
    remove.setTooltip(new Tooltip("Remove this fault"));
    remove.setOnAction(x -> vm.faults().remove(e));
    Label error = new Label();
    error.setStyle("-fx-text-fill: #c62828;");
    error.textProperty().bind(e.error());
    HBox row =
        new HBox(
            4, type, target, new Label("at"), at, new Label("for"), length, amount, remove, error);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static TextField small(javafx.beans.property.StringProperty p, String prompt) {
    TextField t = new TextField();
    t.setPrefColumnCount(5);
    t.setPromptText(prompt);
    t.setTooltip(new Tooltip(prompt));
    t.textProperty().bindBidirectional(p);
    return t;
  }

  private VBox controls() {
    Button run = new Button("Run");
    run.setId("run-button");
    run.setDefaultButton(true);
    run.getStyleClass().add("accent");
    run.disableProperty().bind(vm.running());
    run.setOnAction(e -> vm.run());
    Button cancel = new Button("Cancel");
    cancel.setId("cancel-button");
    cancel.disableProperty().bind(vm.running().not());
    cancel.setOnAction(e -> vm.cancel());
    ProgressBar bar = new ProgressBar();
    bar.setId("run-progress");
    bar.progressProperty().bind(vm.progress());
    bar.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label status = new Label();
    status.setId("run-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.status());
    HBox buttons = new HBox(8, run, cancel, bar);
    buttons.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, buttons, status);
  }

  /** Tick labels of the users slider: 1, 10, 100, 1k … 10M. */
  private static final class DecadeLabels extends StringConverter<Double> {
    @Override
    public String toString(Double position) {
      long users = Math.round(Math.pow(10, position));
      if (users >= 1_000_000) {
        return users / 1_000_000 + "M";
      }
      return users >= 1_000 ? users / 1_000 + "k" : Long.toString(users);
    }

    @Override
    public Double fromString(String s) {
      throw new UnsupportedOperationException("tick labels are not edited");
    }
  }

  /** Purchase options by their command-line names. */
  private static final class PurchaseLabels extends StringConverter<PurchaseOption> {
    @Override
    public String toString(PurchaseOption p) {
      return p == null ? "" : p.key();
    }

    @Override
    public PurchaseOption fromString(String s) {
      return PurchaseOption.of(s).orElseThrow();
    }
  }
}
