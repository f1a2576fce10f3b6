package io.scalelab.model.unit;

/**
 * A quantity written without a unit, with an unknown unit, or out of range. The message says what
 * was expected, e.g. "a duration with a unit (ns, us, ms, s, m, h, d), like 250ms or 2m".
 */
public final class UnitFormatException extends IllegalArgumentException {

  UnitFormatException(String expected) {
    super(expected);
  }
}
