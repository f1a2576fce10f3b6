/** Closed-form queueing results (Erlang C, M/G/c) for cross-checks beside the simulation. */
package io.scalelab.simulation.analytic;
