package io.scalelab.simulation.price;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One product of the catalogue and its price.
 *
 * @param service the AWS Price List service code, like {@code AmazonEC2}
 * @param productFamily the Price List product family, like {@code Compute Instance}
 * @param region the region code, or {@code global} for CloudFront, Route 53 and the like
 * @param attributes the Price List attributes that identify the product (the TERM_MATCH filters a
 *     refresh queries with), like {@code instanceType=m5.large}
 * @param purchaseOption {@code on_demand} (the only option the Price List query returns; others are
 *     discounts, see {@link PurchaseOption})
 * @param unit the Price List unit, like {@code Hrs}, {@code GB-Mo}, {@code Requests}
 * @param tiers the price per unit by monthly usage, in order, the first starting at 0
 * @param effectiveDate when AWS made the price effective, or the date of the source
 * @param source where the figure comes from
 */
public record PriceEntry(
    String service,
    String productFamily,
    String region,
    Map<String, String> attributes,
    String purchaseOption,
    String unit,
    List<Tier> tiers,
    LocalDate effectiveDate,
    String source) {

  public PriceEntry {
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty() || tiers.get(0).startUsage() != 0) {
      throw new IllegalArgumentException(
          describe(service, productFamily, region, attributes)
              + ": the first tier must start at 0");
    }
    for (int k = 1; k < tiers.size(); k++) {
      if (tiers.get(k).startUsage() != tiers.get(k - 1).endUsage()) {
        throw new IllegalArgumentException(
            describe(service, productFamily, region, attributes)
                + ": tier "
                + (k + 1)
                + " must start where tier "
                + k
                + " ends");
      }
    }
    if (tiers.get(tiers.size() - 1).endUsage() != Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          describe(service, productFamily, region, attributes)
              + ": the last tier must have no end");
    }
  }

  /** The price of the first unit: the only one for untiered prices. */
  public double usd() {
    return tiers.get(0).usd();
  }

  /** Whether the price has more than one tier. */
  public boolean tiered() {
    return tiers.size() > 1;
  }

  /**
   * The cost of {@code usage} units in a month, each unit at its tier's price.
   *
   * @param usage units used in the month, at least 0
   */
  public double cost(double usage) {
    double total = 0;
    for (Tier t : tiers) {
      if (usage <= t.startUsage()) {
        break;
      }
      total += (Math.min(usage, t.endUsage()) - t.startUsage()) * t.usd();
    }
    return total;
  }

  /** The product in words, for messages: {@code AmazonEC2 Compute Instance in ap-south-1 (...)}. */
  public String describe() {
    return describe(service, productFamily, region, attributes);
  }

  static String describe(
      String service, String productFamily, String region, Map<String, String> attributes) {
    return service + " " + productFamily + " in " + region + " " + attributes;
  }
}
