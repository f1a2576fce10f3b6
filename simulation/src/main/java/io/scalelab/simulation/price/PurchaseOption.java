package io.scalelab.simulation.price;

import java.util.Arrays;
import java.util.Optional;

/**
 * How capacity is bought. On-demand prices come from the catalogue; the others are discounts on
 * them, per service, from the catalogue's {@code purchaseOptions} (effective rates of the published
 * Savings Plans and Reserved Instance prices, and an estimate for Spot). A service an option does
 * not cover (Spot for RDS, say) stays at its on-demand price, and the report says so.
 */
public enum PurchaseOption {
  ON_DEMAND("on-demand"),
  SPOT("spot"),
  SAVINGS_1Y("savings-1y"),
  SAVINGS_3Y("savings-3y"),
  RESERVED_1Y("reserved-1y"),
  RESERVED_3Y("reserved-3y");

  private final String key;

  PurchaseOption(String key) {
    this.key = key;
  }

  /** The name used on the command line and in files, like {@code savings-1y}. */
  public String key() {
    return key;
  }

  public static Optional<PurchaseOption> of(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }
}
