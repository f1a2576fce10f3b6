/**
 * The pending-event set of the discrete-event engine: primitive arrays, integer time, a total order
 * (time, priority, insertion sequence) so that runs are deterministic.
 */
package io.scalelab.simulation.event;
