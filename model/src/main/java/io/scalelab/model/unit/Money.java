package io.scalelab.model.unit;

import java.math.BigDecimal;

/**
 * An amount of money in US dollars, the currency of AWS list prices. Written in design files as
 * {@code 1200 USD}.
 *
 * @param usd the amount in US dollars, never negative
 */
public record Money(BigDecimal usd) implements Comparable<Money> {

  public Money {
    if (usd.signum() < 0) {
      throw new IllegalArgumentException("usd must be >= 0: " + usd);
    }
    usd = usd.stripTrailingZeros();
  }

  /** An amount of {@code usd} dollars. */
  public static Money usd(String usd) {
    return new Money(new BigDecimal(usd));
  }

  @Override
  public int compareTo(Money other) {
    return usd.compareTo(other.usd);
  }

  @Override
  public String toString() {
    return Units.format(this);
  }
}
