package io.scalelab.model.fault;

import java.time.Duration;

/** Checks shared by the fault records. */
final class Faults {

  private Faults() {}

  static void requireTiming(Duration at, Duration duration) {
    if (at.isNegative()) {
      throw new IllegalArgumentException("at must be >= 0: " + at);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be > 0: " + duration);
    }
  }
}
