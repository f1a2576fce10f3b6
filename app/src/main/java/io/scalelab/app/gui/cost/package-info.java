/**
 * The cost panel: a run's monthly cost in total, by component and by cost kind, per million
 * requests and per monthly user, for a chosen purchase option; and the what-if between the last two
 * runs — what changed in the design, and what it did to the monthly cost and the p99 latency.
 */
package io.scalelab.app.gui.cost;
