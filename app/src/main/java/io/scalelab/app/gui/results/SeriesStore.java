package io.scalelab.app.gui.results;

import io.scalelab.simulation.result.TimeSeries;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time series a run has shown so far, column by column: live snapshots are appended, the final
 * result replaces them. Keys are {@code endToEnd/COLUMN} and {@code COMPONENT/COLUMN} with the
 * result file's column names. Confined to the FX thread.
 */
final class SeriesStore {

  /** Key prefix of the end-to-end columns. */
  static final String END_TO_END = "endToEnd";

  private double[] seconds = new double[0];
  private final Map<String, double[]> columns = new HashMap<>();
  private int size;

  void clear() {
    size = 0;
    seconds = new double[0];
    columns.clear();
  }

  /** Adds the points of {@code ts} after those held. */
  void append(TimeSeries ts) {
    int add = ts.seconds().size();
    int capacity = Math.max(seconds.length, 16);
    while (capacity < size + add) {
      capacity *= 2;
    }
    seconds = put(seconds, capacity, ts.seconds());
    int cap = capacity;
    ts.endToEnd().forEach((k, v) -> appendColumn(key(END_TO_END, k), cap, v));
    ts.components().forEach((id, cols) -> cols.forEach((k, v) -> appendColumn(key(id, k), cap, v)));
    size += add;
  }

  /** Holds exactly the points of {@code ts}. */
  void replace(TimeSeries ts) {
    clear();
    append(ts);
  }

  private void appendColumn(String key, int capacity, List<Double> values) {
    columns.put(key, put(columns.getOrDefault(key, new double[0]), capacity, values));
  }

  private double[] put(double[] into, int capacity, List<Double> values) {
    double[] a = into.length >= capacity ? into : Arrays.copyOf(into, capacity);
    for (int i = 0; i < values.size(); i++) {
      a[size + i] = values.get(i);
    }
    return a;
  }

  static String key(String owner, String column) {
    return owner + "/" + column;
  }

  int size() {
    return size;
  }

  /** The times, seconds from the start of the run. */
  double[] seconds() {
    return Arrays.copyOf(seconds, size);
  }

  /** A column's values, times {@code scale}; zeros when the run has no such column. */
  double[] column(String key, double scale) {
    double[] c = columns.getOrDefault(key, new double[size]);
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = c[i] * scale;
    }
    return out;
  }
}
