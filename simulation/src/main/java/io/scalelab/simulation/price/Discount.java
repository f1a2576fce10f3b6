package io.scalelab.simulation.price;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What a purchase option pays, as a multiplier on the on-demand price, per service code.
 *
 * @param option the purchase option
 * @param label how reports name it, like {@code Compute Savings Plan, 1 year, no upfront}
 * @param estimate true when the factor is an estimate rather than a published rate (Spot prices
 *     move with supply and demand)
 * @param factors price multiplier per service code, like {@code AmazonEC2 → 0.72}; services not
 *     listed are not covered and pay on-demand
 * @param source where the factors come from
 */
public record Discount(
    PurchaseOption option,
    String label,
    boolean estimate,
    Map<String, Double> factors,
    String source) {

  public Discount {
    factors = Collections.unmodifiableMap(new TreeMap<>(factors));
    factors.forEach(
        (service, f) -> {
          if (!(f > 0 && f <= 1)) {
            throw new IllegalArgumentException(
                option.key() + " factor for " + service + " must be in (0, 1]: " + f);
          }
        });
  }

  /** On-demand: every service at its listed price. */
  public static Discount onDemand() {
    return new Discount(
        PurchaseOption.ON_DEMAND, "On-demand", false, Map.of(), "the catalogue's prices");
  }

  /** The multiplier for {@code service}, empty when the option does not cover it. */
  public OptionalDouble factor(String service) {
    if (option == PurchaseOption.ON_DEMAND) {
      return OptionalDouble.of(1);
    }
    Double f = factors.get(service);
    return f == null ? OptionalDouble.empty() : OptionalDouble.of(f);
  }
}
