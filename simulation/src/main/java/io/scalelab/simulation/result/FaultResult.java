package io.scalelab.simulation.result;

import java.util.OptionalDouble;

/**
 * What one fault of the timeline did, averaged over replications.
 *
 * @param type the fault type, as in the design
 * @param target the component, zone or region it hit
 * @param atSeconds when it started
 * @param durationSeconds how long it lasted, when it has a duration
 * @param failedRequests requests that failed from its start until the next fault (per replication)
 * @param recoverySeconds from its start to the last request it failed: the observed time to recover
 *     (0 when no request failed)
 * @param lostWrites writes acknowledged since the last backup of a database that lost its only copy
 */
public record FaultResult(
    String type,
    String target,
    double atSeconds,
    OptionalDouble durationSeconds,
    double failedRequests,
    double recoverySeconds,
    double lostWrites) {}
