package io.scalelab.simulation.result;

/**
 * One charge of one component.
 *
 * @param kind what it is for
 * @param item what is charged, like {@code EC2 m5.large instance-hours}
 * @param monthlyQuantity units used in a month
 * @param unit the price's unit, like {@code Hrs} or {@code GB}
 * @param monthlyUsd US dollars a month, after the purchase option's discount
 * @param price the catalogue entry it was priced with, described
 * @param discounted whether the purchase option's discount applied to it
 */
public record CostLine(
    CostKind kind,
    String item,
    double monthlyQuantity,
    String unit,
    double monthlyUsd,
    String price,
    boolean discounted) {}
