package io.scalelab.exporters.cost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayChartTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0.3 | 0.5", "4 | 5", "2.2 | 2.5", "1 | 1", "130 | 200"})
  void axisStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(double raw, double expected) {
    assertThat(DayChart.niceStep(raw)).isEqualTo(expected);
  }
}
