/**
 * What a design costs a month, from the price catalogue and what the simulation used: instance
 * hours as autoscaling moved, requests, bytes. {@link io.scalelab.simulation.cost.CostModel} is the
 * entry point; {@code docs/cost.md} explains the method.
 */
package io.scalelab.simulation.cost;
