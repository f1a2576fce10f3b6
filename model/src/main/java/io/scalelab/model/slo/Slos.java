package io.scalelab.model.slo;

import io.scalelab.model.unit.Money;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Service-level objectives (and the cost budget) the results are judged against.
 *
 * @param latency end-to-end latency targets by percentile (e.g. 99.0 → 300ms)
 * @param availability target share of successful requests in (0, 1], or empty for none
 * @param monthlyBudget the most the design should cost a month, or empty for none
 */
public record Slos(
    SortedMap<Double, Duration> latency,
    Optional<Double> availability,
    Optional<Money> monthlyBudget) {

  /** No objectives. */
  public static final Slos NONE = new Slos(new TreeMap<>(), Optional.empty(), Optional.empty());

  public Slos {
    latency = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(latency));
    for (Map.Entry<Double, Duration> e : latency.entrySet()) {
      if (!(e.getKey() > 0 && e.getKey() < 100)) {
        throw new IllegalArgumentException("percentile must be in (0, 100): " + e.getKey());
      }
      if (e.getValue().isNegative() || e.getValue().isZero()) {
        throw new IllegalArgumentException("latency target must be > 0: " + e.getValue());
      }
    }
    availability.ifPresent(
        a -> {
          if (!(a > 0 && a <= 1)) {
            throw new IllegalArgumentException("availability must be in (0, 1]: " + a);
          }
        });
  }
}
