package io.scalelab.model.unit;

/**
 * A rate of events. Written in design files as a count per time unit: {@code 1500/s}, {@code
 * 90/min}, {@code 2/h}.
 *
 * @param perSecond events per second, finite and never negative
 */
public record Rate(double perSecond) implements Comparable<Rate> {

  public Rate {
    if (!Double.isFinite(perSecond) || perSecond < 0) {
      throw new IllegalArgumentException("perSecond must be finite and >= 0: " + perSecond);
    }
  }

  /** A rate of {@code n} events per second. */
  public static Rate perSecond(double n) {
    return new Rate(n);
  }

  @Override
  public int compareTo(Rate other) {
    return Double.compare(perSecond, other.perSecond);
  }

  @Override
  public String toString() {
    return Units.format(this);
  }
}
