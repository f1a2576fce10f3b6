package io.scalelab.simulation.result;

import java.util.OptionalDouble;

/**
 * The open queueing-network (Jackson) estimate of the end-to-end mean latency: over the synchronous
 * calls a request makes, the network delay both ways plus each station's estimated wait and mean
 * service, at the simulated arrival rates.
 *
 * @param meanLatencyMs the estimate; absent when a station on the path is saturated
 */
public record NetworkEstimate(OptionalDouble meanLatencyMs) {}
