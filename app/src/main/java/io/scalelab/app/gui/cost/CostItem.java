package io.scalelab.app.gui.cost;

/**
 * One line of a cost breakdown.
 *
 * @param name a component id or a cost kind
 * @param monthlyUsd US dollars a month
 * @param share of the total, 0–1
 */
public record CostItem(String name, double monthlyUsd, double share) {}
