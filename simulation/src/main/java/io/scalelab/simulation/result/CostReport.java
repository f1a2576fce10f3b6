package io.scalelab.simulation.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a design costs a month, projected from a simulation (see {@code docs/cost.md}). Amounts are
 * US dollars; a month is 730 hours, as AWS prices it.
 *
 * @param design the design's name
 * @param catalogueDate the date of the prices
 * @param catalogue where the prices were read from: {@code snapshot} (shipped with ScaleLab) or the
 *     price cache file
 * @param purchase the purchase option ({@code on-demand}, {@code savings-1y}, ...)
 * @param purchaseLabel how the option is described, with "estimate" where it is one
 * @param monthlyUsd the total
 * @param byComponent monthly US dollars per component id, in design order; sums to the total
 * @param components per component id, in design order: its cost by kind and its lines
 * @param byKind per cost kind; sums to the total
 * @param monthlyRequests user requests in a month, projected from the simulated window
 * @param perMillionRequestsUsd the total per million user requests
 * @param monthlyUsers the workload's users, counted as monthly active users
 * @param perMonthlyUserUsd the total per monthly active user
 * @param hourlyUsd cost of each hour of a typical day, from 00:00, US dollars per hour
 * @param assumptions how the figures were made, in words
 * @param unpriced charges the catalogue has no price for, left out of the totals
 */
public record CostReport(
    String design,
    String catalogueDate,
    String catalogue,
    String purchase,
    String purchaseLabel,
    double monthlyUsd,
    Map<String, Double> byComponent,
    Map<String, ComponentCost> components,
    Map<String, Double> byKind,
    double monthlyRequests,
    double perMillionRequestsUsd,
    long monthlyUsers,
    double perMonthlyUserUsd,
    List<Double> hourlyUsd,
    List<String> assumptions,
    List<Unpriced> unpriced) {

  /** Hours in a month, as AWS prices monthly figures: 365 × 24 / 12. */
  public static final double HOURS_PER_MONTH = 730;

  public CostReport {
    byComponent = Collections.unmodifiableMap(new LinkedHashMap<>(byComponent));
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    hourlyUsd = List.copyOf(hourlyUsd);
    assumptions = List.copyOf(assumptions);
    unpriced = List.copyOf(unpriced);
  }
}
