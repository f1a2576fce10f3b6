package io.scalelab.simulation.price;

/**
 * One usage tier of a price: {@code usd} per unit for usage from {@code startUsage} (inclusive) up
 * to {@code endUsage} (exclusive, infinite for the last tier), counted over the billing month.
 *
 * @param startUsage first unit of the tier
 * @param endUsage end of the tier, {@link Double#POSITIVE_INFINITY} for the last
 * @param usd US dollars per unit
 */
public record Tier(double startUsage, double endUsage, double usd) {

  public Tier {
    if (!(startUsage >= 0) || !(endUsage > startUsage) || !(usd >= 0) || !Double.isFinite(usd)) {
      throw new IllegalArgumentException(
          "a tier needs 0 <= start < end and a price >= 0: "
              + startUsage
              + ", "
              + endUsage
              + ", "
              + usd);
    }
  }

  /** A single price for any usage. */
  public static Tier flat(double usd) {
    return new Tier(0, Double.POSITIVE_INFINITY, usd);
  }
}
