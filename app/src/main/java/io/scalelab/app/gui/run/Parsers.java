package io.scalelab.app.gui.run;

import io.scalelab.model.unit.UnitFormatException;
import io.scalelab.model.unit.Units;
import java.time.Duration;

/** The parsers of the run panel's fields; messages say what was expected, as the CLI's do. */
final class Parsers {

  private Parsers() {}

  /** A duration as design files write it: {@code 90s}, {@code 10m}, {@code 1h}. */
  static Duration duration(String text) {
    try {
      return Units.parseDuration(text);
    } catch (UnitFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not " + e.getMessage());
    }
  }

  /** A whole number from {@code min} to {@code max}; thousands separators are allowed. */
  static long whole(String text, long min, long max) {
    String digits = text.replace(",", "").replace("_", "").replace(" ", "");
    long v;
    try {
      v = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a whole number; expected " + min + " to " + max);
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          "found "
              + v
              + "; expected "
              + String.format("%,d", min)
              + " to "
              + String.format("%,d", max));
    }
    return v;
  }

  /** A decimal number greater than zero. */
  static double positive(String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number; expected one above 0");
    }
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException("found " + text + "; expected a number above 0");
    }
    return v;
  }
}
