package io.scalelab.app.gui.cost;

import io.scalelab.simulation.price.PurchaseOption;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The cost panel: layout only, every figure from {@link CostViewModel}. */
public final class CostView extends ScrollPane {

  /** The panel of {@code vm}. */
  public CostView(CostViewModel vm) {
    setFitToWidth(true);
    getStyleClass().add("cost-view");
    VBox box = new VBox(8, header(vm), charts(vm), whatIf(vm));
    box.setPadding(new Insets(8));
    setContent(box);
  }

  private static VBox header(CostViewModel vm) {
    Label total = new Label();
    total.setId("cost-total");
    total.getStyleClass().add("title-2");
    total.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
    total.textProperty().bind(vm.total());
    Label perMillion = new Label();
    perMillion.setId("cost-per-million");
    perMillion.textProperty().bind(vm.perMillion());
    Label perUser = new Label();
    perUser.setId("cost-per-user");
    perUser.textProperty().bind(vm.perUser());
    ChoiceBox<PurchaseOption> purchase =
        new ChoiceBox<>(FXCollections.observableArrayList(PurchaseOption.values()));
    purchase.setId("cost-purchase");
    purchase.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(PurchaseOption p) {
            return p == null ? "" : p.key();
          }

          @Override
          public PurchaseOption fromString(String s) {
            return PurchaseOption.of(s).orElseThrow();
          }
        });
    purchase.valueProperty().bindBidirectional(vm.purchase());
    Label note = new Label();
    note.setId("cost-note");
    note.setWrapText(true);
    note.textProperty().bind(vm.note());
    HBox line = new HBox(16, total, perMillion, perUser, new Label("bought as"), purchase);
    line.setAlignment(Pos.BASELINE_LEFT);
    return new VBox(4, line, note);
  }

  private static HBox charts(CostViewModel vm) {
    CategoryAxis x = new CategoryAxis();
    x.setLabel("component");
    NumberAxis y = new NumberAxis();
    y.setLabel("US$ a month");
    BarChart<String, Number> bars = new BarChart<>(x, y, vm.componentBars());
    bars.setId("cost-by-component");
    bars.setTitle("Monthly cost by component");
    bars.setAnimated(false);
    bars.setLegendVisible(false);
    bars.setPrefSize(520, 300);
    PieChart pie = new PieChart(vm.kindSlices());
    pie.setId("cost-by-kind");
    pie.setTitle("Monthly cost by kind");
    pie.setAnimated(false);
    pie.setLabelsVisible(true);
    pie.setPrefSize(360, 300);
    TableView<CostItem> kinds = table("cost-kind-table", "kind", vm);
    kinds.setItems(vm.byKind());
    TableView<CostItem> components = table("cost-component-table", "component", vm);
    components.setItems(vm.byComponent());
    VBox tables = new VBox(4, components, kinds);
    HBox.setHgrow(bars, Priority.ALWAYS);
    return new HBox(8, bars, pie, tables);
  }

  private static TableView<CostItem> table(String id, String first, CostViewModel vm) {
    TableView<CostItem> t = new TableView<>();
    t.setId(id);
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.setPlaceholder(new Label("No priced run"));
    t.getColumns().add(column(first, CostItem::name));
    t.getColumns()
        .add(column("US$ a month", i -> String.format(Locale.ROOT, "%,.2f", i.monthlyUsd())));
    t.getColumns()
        .add(column("share", i -> String.format(Locale.ROOT, "%.1f %%", i.share() * 100)));
    t.setPrefSize(320, 150);
    return t;
  }

  private static TableColumn<CostItem, String> column(String name, Function<CostItem, String> v) {
    TableColumn<CostItem, String> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(v.apply(d.getValue())));
    return c;
  }

  private static VBox whatIf(CostViewModel vm) {
    Label title = new Label("What-if: the last run against the one before");
    title.getStyleClass().add("title-4");
    Label sentence = new Label();
    sentence.setId("what-if");
    sentence.setWrapText(true);
    sentence.setStyle("-fx-font-weight: bold;");
    sentence.textProperty().bind(vm.whatIfText());
    ListView<String> changes = new ListView<>(vm.changes());
    changes.setId("what-if-changes");
    changes.setPlaceholder(new Label("No design changes to list"));
    changes.setPrefHeight(110);
    return new VBox(4, title, sentence, new Label("What changed in the design"), changes);
  }
}
