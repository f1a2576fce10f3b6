package io.scalelab.model.component;

import java.time.Duration;

/** Argument checks shared by the component records; failures are programmer errors. */
final class Checks {

  private Checks() {}

  static void inRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
    }
  }

  static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
    }
  }

  static void positive(String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0: " + value);
    }
  }
}
