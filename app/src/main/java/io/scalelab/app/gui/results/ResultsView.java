package io.scalelab.app.gui.results;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The results panel: layout only, every figure from {@link ResultsViewModel}. */
public final class ResultsView extends ScrollPane {

  /** Charts per row of the grid. */
  private static final int CHART_COLUMNS = 3;

  /** Pixels of a chart taken by its y axis and padding, not by the plot. */
  private static final int AXIS_ALLOWANCE_PX = 70;

  private final ResultsViewModel vm;
  private final GridPane chartGrid = new GridPane();

  /** The panel of {@code vm}. */
  public ResultsView(ResultsViewModel vm) {
    this.vm = vm;
    setFitToWidth(true);
    getStyleClass().add("results-view");
    Label heading = new Label();
    heading.setId("results-heading");
    heading.getStyleClass().add("title-4");
    heading.textProperty().bind(vm.heading());
    Label bottleneck = new Label();
    bottleneck.setId("results-bottleneck");
    bottleneck.setStyle("-fx-font-weight: bold;");
    bottleneck.textProperty().bind(vm.bottleneck());
    chartGrid.setHgap(8);
    chartGrid.setVgap(8);
    vm.charts().addListener((ListChangeListener<ChartModel>) c -> rebuildCharts());
    rebuildCharts();
    VBox box =
        new VBox(8, heading, bottleneck, chartGrid, new Label("Components"), componentTable());
    box.getChildren().addAll(new Label("End to end"), endToEndTable());
    box.setPadding(new Insets(8));
    setContent(box);
  }

  private void rebuildCharts() {
    chartGrid.getChildren().clear();
    int i = 0;
    for (ChartModel m : vm.charts()) {
      LineChart<Number, Number> chart = chart(m);
      chartGrid.add(chart, i % CHART_COLUMNS, i / CHART_COLUMNS);
      GridPane.setHgrow(chart, Priority.ALWAYS);
      i++;
    }
  }

  private LineChart<Number, Number> chart(ChartModel m) {
    NumberAxis x = new NumberAxis();
    x.setLabel(m.xLabel());
    x.setForceZeroInRange(true);
    NumberAxis y = new NumberAxis();
    y.setLabel(m.yLabel());
    y.setForceZeroInRange(true);
    LineChart<Number, Number> chart = new LineChart<>(x, y, m.series());
    chart.setId("chart-" + m.id());
    chart.setTitle(m.title());
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setPrefSize(360, 230);
    chart.setMinWidth(260);
    chart
        .widthProperty()
        .addListener(
            (o, was, now) ->
                vm.chartWidth()
                    .set(Math.max(2, (int) Math.round(now.doubleValue()) - AXIS_ALLOWANCE_PX)));
    return chart;
  }

  private TableView<ComponentRow> componentTable() {
    TableView<ComponentRow> t = new TableView<>(vm.rows());
    t.setId("components-table");
    t.setPlaceholder(new Label("Run the design to see each component's figures"));
    t.getColumns().add(text("component", ComponentRow::id));
    t.getColumns().add(text("type", ComponentRow::type));
    t.getColumns().add(number("util %", ComponentRow::utilizationPercent, "%.0f"));
    t.getColumns().add(number("calls/s", ComponentRow::throughputPerSecond, "%,.1f"));
    t.getColumns().add(number("mean ms", ComponentRow::meanMs, "%.2f"));
    t.getColumns().add(number("p99 ms", ComponentRow::p99Ms, "%.1f"));
    t.getColumns().add(number("errors", r -> (double) r.errors(), "%,.0f"));
    t.getColumns().add(text("instances (mean)", ComponentRow::instances));
    t.getColumns().add(number("wait ms, simulated", ComponentRow::waitMs, "%.3f"));
    t.getColumns().add(text("wait ms, analytic", ComponentRow::analyticWait));
    t.getColumns().add(text("behaviour", ComponentRow::behaviour));
    t.getColumns().get(0).setPrefWidth(110);
    t.getColumns().get(7).setPrefWidth(120);
    t.getColumns().get(8).setPrefWidth(130);
    t.getColumns().get(9).setPrefWidth(150);
    t.getColumns().get(10).setPrefWidth(300);
    t.setPrefHeight(260);
    return t;
  }

  private TableView<Figure> endToEndTable() {
    TableView<Figure> t = new TableView<>(vm.endToEnd());
    t.setId("end-to-end-table");
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.setPlaceholder(new Label("No finished run"));
    t.getColumns().add(text("figure", Figure::name));
    t.getColumns().add(text("value", Figure::value));
    t.setPrefHeight(300);
    return t;
  }

  private static <R> TableColumn<R, String> text(String name, Function<R, String> value) {
    TableColumn<R, String> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    return c;
  }

  /** A numeric column: sorts by value, shows {@code format}. */
  private static <R> TableColumn<R, Double> number(
      String name, Function<R, Double> value, String format) {
    TableColumn<R, Double> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : String.format(Locale.ROOT, format, v));
              }
            });
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }
}
