package io.scalelab.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

  @ParameterizedTest
  @CsvSource({
    "250ms, 250000000",
    "1.5s, 1500000000",
    "2m, 120000000000",
    "2min, 120000000000",
    "1h, 3600000000000",
    "1d, 86400000000000",
    "100us, 100000",
    "100µs, 100000",
    "7ns, 7",
    "0s, 0",
    "5m10s, 310000000000",
    "1h30m, 5400000000000",
    "1m 30s, 90000000000"
  })
  void durationsParseToNanoseconds(String text, long nanos) {
    assertThat(Units.parseDuration(text)).isEqualTo(Duration.ofNanos(nanos));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20", "20 parsecs", "-5ms", "ms", "1.5ns", "", "1e400s"})
  void durationsWithoutAUnitOrOutOfRangeAreRejected(String text) {
    assertThatThrownBy(() -> Units.parseDuration(text))
        .isInstanceOf(UnitFormatException.class)
        .hasMessageContaining("duration");
  }

  @ParameterizedTest
  @CsvSource({
    "64GiB, 68719476736",
    "2KiB, 2048",
    "2kB, 2000",
    "2KB, 2000",
    "1.5MB, 1500000",
    "512B, 512",
    "1TB, 1000000000000"
  })
  void dataSizesUseDecimalAndBinaryUnits(String text, long bytes) {
    assertThat(Units.parseDataSize(text).bytes()).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({"1500/s, 1500", "90/min, 1.5", "7200/h, 2", "86400/d, 1"})
  void ratesAreKeptPerSecond(String text, double perSecond) {
    assertThat(Units.parseRate(text).perSecond()).isEqualTo(perSecond);
  }

  @Test
  void moneyIsInUsDollarsOnly() {
    assertThat(Units.parseMoney("1200 USD")).isEqualTo(Money.usd("1200"));
    assertThat(Units.parseMoney("0.25USD")).isEqualTo(Money.usd("0.25"));
    assertThatThrownBy(() -> Units.parseMoney("100 EUR")).hasMessageContaining("US dollars");
  }

  @ParameterizedTest
  @ValueSource(strings = {"250ms", "90s", "2m", "1h", "3d", "1500ms", "100us", "7ns", "61m"})
  void durationsFormatBackToTheirText(String text) {
    assertThat(Units.format(Units.parseDuration(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"64GiB", "2KiB", "2kB", "1500kB", "512B", "3MB", "1TiB"})
  void dataSizesFormatBackToTheirText(String text) {
    assertThat(Units.format(Units.parseDataSize(text))).isEqualTo(text);
  }

  @Test
  void formattingChoosesTheLargestExactUnit() {
    assertThat(Units.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(Units.format(Duration.ofSeconds(120))).isEqualTo("2m");
    assertThat(Units.format(new DataSize(1024 * 1024))).isEqualTo("1MiB");
    assertThat(Units.format(Rate.perSecond(0.5))).isEqualTo("0.5/s");
  }
}
