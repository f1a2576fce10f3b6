package io.scalelab.simulation.result;

/**
 * A charge the catalogue has no price for: left out of every total, and said so.
 *
 * @param component the component id
 * @param item what could not be priced
 * @param reason why, naming the product looked for
 */
public record Unpriced(String component, String item, String reason) {}
