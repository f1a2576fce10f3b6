package io.scalelab.app.gui.results;

/**
 * Thins a time series to what a chart can show: the x range is cut into one bucket per two pixels
 * and each bucket keeps only its lowest and highest point (in time order), so a one-bucket spike
 * survives however long the series; the first and last points are always kept. At most {@code
 * maxPoints} points come out. O(n).
 */
public final class Decimator {

  private Decimator() {}

  /**
   * The points to draw.
   *
   * @param x times, ascending
   * @param y values, as many as {@code x}
   * @param maxPoints most points wanted (the chart's plot width in pixels), at least 2
   * @return {@code {xs, ys}}: the input itself when it has no more than {@code maxPoints} points
   */
  public static double[][] minMax(double[] x, double[] y, int maxPoints) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + ", " + y.length);
    }
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be >= 2: " + maxPoints);
    }
    int n = x.length;
    if (n <= maxPoints) {
      return new double[][] {x.clone(), y.clone()};
    }
    // The first and last points are always kept, so that the line spans the whole run.
    int buckets = (maxPoints - 2) / 2;
    double from = x[0];
    double span = x[n - 1] - from;
    double[] outX = new double[maxPoints];
    double[] outY = new double[maxPoints];
    int out = 0;
    int last;
    int[] picks = new int[2];
    outX[out] = x[0];
    outY[out++] = y[0];
    last = 0;
    int i = 1;
    for (int b = 0; b < buckets && i < n - 1; b++) {
      double end = b == buckets - 1 ? Double.POSITIVE_INFINITY : from + span * (b + 1) / buckets;
      int lo = i;
      int hi = i;
      for (; i < n - 1 && (x[i] < end || i == lo); i++) {
        if (y[i] < y[lo]) {
          lo = i;
        }
        if (y[i] > y[hi]) {
          hi = i;
        }
      }
      picks[0] = Math.min(lo, hi);
      picks[1] = Math.max(lo, hi);
      for (int p : picks) {
        if (p > last) {
          outX[out] = x[p];
          outY[out++] = y[p];
          last = p;
        }
      }
    }
    outX[out] = x[n - 1];
    outY[out++] = y[n - 1];
    return new double[][] {java.util.Arrays.copyOf(outX, out), java.util.Arrays.copyOf(outY, out)};
  }
}
