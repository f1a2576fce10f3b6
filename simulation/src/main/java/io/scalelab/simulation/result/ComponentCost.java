package io.scalelab.simulation.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one component costs a month.
 *
 * @param type the component type
 * @param monthlyUsd the sum of its lines
 * @param byKind its cost per kind ({@code compute}, {@code storage}, ...), kinds it has only
 * @param lines its charges
 */
public record ComponentCost(
    String type, double monthlyUsd, Map<String, Double> byKind, List<CostLine> lines) {

  public ComponentCost {
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    lines = List.copyOf(lines);
  }
}
