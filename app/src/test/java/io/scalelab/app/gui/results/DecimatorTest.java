package io.scalelab.app.gui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecimatorTest {

  @Test
  void aLongSeriesIsCutToThePixelWidthKeepingEachBucketsLowestAndHighest() {
    int n = 10_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i * 0.5;
      y[i] = Math.sin(i / 50.0);
    }
    y[5_003] = 1_000; // a spike one bucket wide
    y[777] = -40; // and a dip

    double[][] d = Decimator.minMax(x, y, 200);

    assertThat(d[0].length).isLessThanOrEqualTo(200).isEqualTo(d[1].length);
    assertThat(Arrays.stream(d[1]).max().getAsDouble()).isEqualTo(1_000);
    assertThat(Arrays.stream(d[1]).min().getAsDouble()).isEqualTo(-40);
    for (int i = 1; i < d[0].length; i++) {
      assertThat(d[0][i]).isGreaterThan(d[0][i - 1]);
    }
    assertThat(d[0][0]).isEqualTo(x[0]);
    assertThat(d[0][d[0].length - 1]).isEqualTo(x[n - 1]);
    // Each of the 99 equal x ranges (two points each, plus the two ends: 200) keeps its own min and
    // max, found here by brute force.
    int buckets = 99;
    double span = x[n - 1] - x[0];
    for (int b = 0; b < buckets; b++) {
      double from = x[0] + span * b / buckets;
      double to = b == buckets - 1 ? Double.POSITIVE_INFINITY : x[0] + span * (b + 1) / buckets;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (x[i] >= from && x[i] < to) {
          lo = Math.min(lo, y[i]);
          hi = Math.max(hi, y[i]);
        }
      }
      double keptLo = Double.POSITIVE_INFINITY;
      double keptHi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < d[0].length; i++) {
        if (d[0][i] >= from && d[0][i] < to) {
          keptLo = Math.min(keptLo, d[1][i]);
          keptHi = Math.max(keptHi, d[1][i]);
        }
      }
      assertThat(keptLo).as("bucket %d min", b).isEqualTo(lo);
      assertThat(keptHi).as("bucket %d max", b).isEqualTo(hi);
    }
  }

  @Test
  void aSeriesThatFitsIsDrawnAsItIs() {
    double[] x = {0, 10, 20};
    double[] y = {5, 1, 7};

    double[][] d = Decimator.minMax(x, y, 600);

    assertThat(d[0]).containsExactly(0, 10, 20);
    assertThat(d[1]).containsExactly(5, 1, 7);
  }

  @Test
  void mismatchedInputIsRefused() {
    assertThatThrownBy(() -> Decimator.minMax(new double[2], new double[3], 100))
        .hasMessage("x and y differ in length: 2, 3");
    assertThatThrownBy(() -> Decimator.minMax(new double[2], new double[2], 1))
        .hasMessage("maxPoints must be >= 2: 1");
  }
}
