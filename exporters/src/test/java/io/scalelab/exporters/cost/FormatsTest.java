package io.scalelab.exporters.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.56 | $1,234.56",
        "1234567.891 | $1,234,567.89",
        "12 | $12.00",
        "0 | $0.00",
        "0.42 | $0.42",
        "0.5 | $0.50",
        "0.0042 | $0.0042",
        "0.004237 | $0.0042",
        "0.015 | $0.015",
        "0.9999 | $1.00",
        "0.00000123 | $0.0000012"
      })
  void moneyIsUsDollarsWithEnoughDigitsForTinyAmounts(double usd, String expected) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRANCE);
    try {
      assertThat(Formats.money(usd)).isEqualTo(expected);
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.5 | 1234.50",
        "1200 | 1200.00",
        "0.0042 | 0.0042",
        "0.1234567 | 0.123457",
        "0 | 0.00",
        "-0.0 | 0.00"
      })
  void decimalsForMachinesKeepTwoToSixPlaces(double v, String expected) {
    assertThat(Formats.decimal(v)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0.42105 | 42.1%", "1 | 100.0%", "0.0001 | <0.1%", "0 | 0.0%"})
  void sharesArePercentagesWithOneDecimal(double share, String expected) {
    assertThat(Formats.percent(share)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.125 | 0.025 | $0.125",
        "0.075 | 0.025 | $0.075",
        "0.5 | 0.25 | $0.50",
        "1250 | 250 | $1,250",
        "0.30000000000000004 | 0.1 | $0.30"
      })
  void axisLabelsShowAsManyDecimalsAsTheStepNeeds(double usd, double step, String expected) {
    assertThat(Formats.axisMoney(usd, step)).isEqualTo(expected);
  }
}
