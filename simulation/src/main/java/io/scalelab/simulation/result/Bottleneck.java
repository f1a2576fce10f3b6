package io.scalelab.simulation.result;

/**
 * A component ranked by how close it is to saturation.
 *
 * @param component its id
 * @param reason one line, e.g. {@code db: 97% utilised, 64% of mean latency}
 * @param utilization its utilisation, 0–1
 * @param latencyShare its wait and service per request over the end-to-end mean latency, 0–1
 */
public record Bottleneck(
    String component, String reason, double utilization, double latencyShare) {}
