package io.scalelab.app.cli;

import io.scalelab.model.unit.UnitFormatException;
import io.scalelab.model.unit.Units;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Reads durations on the command line as design files write them: {@code 90s}, {@code 30m}, {@code
 * 2h}.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    try {
      return Units.parseDuration(value);
    } catch (UnitFormatException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not " + e.getMessage().replaceFirst("^a duration", "a duration"));
    }
  }
}
