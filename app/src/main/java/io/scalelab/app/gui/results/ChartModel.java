package io.scalelab.app.gui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * One live chart: its title, its y axis with the unit, and its lines, each read from a column of
 * the run's series and decimated to the chart's width on every refresh. FX thread only.
 */
public final class ChartModel {

  /**
   * One line of a chart.
   *
   * @param label its legend, e.g. {@code p99} or a component id
   * @param key the column it draws (see {@link SeriesStore})
   * @param scale factor from the column's unit to the axis's (100 for fractions shown as %)
   */
  public record Line(String label, String key, double scale) {}

  private final String id;
  private final String title;
  private final String yLabel;
  private final List<Line> lines;
  private final ObservableList<XYChart.Series<Number, Number>> series =
      FXCollections.observableArrayList();

  ChartModel(String id, String title, String yLabel, List<Line> lines) {
    this.id = id;
    this.title = title;
    this.yLabel = yLabel;
    this.lines = List.copyOf(lines);
    for (Line l : lines) {
      series.add(new XYChart.Series<>(l.label(), FXCollections.observableArrayList()));
    }
  }

  /** A short id for the view and tests: {@code throughput}, {@code latency}, ... */
  public String id() {
    return id;
  }

  /** The chart's title. */
  public String title() {
    return title;
  }

  /** The y axis's label with its unit, e.g. {@code latency (ms)}. */
  public String yLabel() {
    return yLabel;
  }

  /** The x axis's label with its unit. */
  public String xLabel() {
    return "time (s)";
  }

  /** The lines. */
  public List<Line> lines() {
    return lines;
  }

  /** The chart's data, one series per line, in line order. */
  public ObservableList<XYChart.Series<Number, Number>> series() {
    return series;
  }

  /** Redraws every line from {@code store}, at most {@code maxPoints} points each. */
  void refresh(SeriesStore store, int maxPoints) {
    double[] x = store.seconds();
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      double[][] d = Decimator.minMax(x, store.column(l.key(), l.scale()), maxPoints);
      List<XYChart.Data<Number, Number>> points = new ArrayList<>(d[0].length);
      for (int i = 0; i < d[0].length; i++) {
        points.add(new XYChart.Data<>(d[0][i], d[1][i]));
      }
      series.get(k).getData().setAll(points);
    }
  }
}
