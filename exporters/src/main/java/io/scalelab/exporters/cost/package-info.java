/**
 * Cost reports for people who read bills: a CSV for spreadsheets, and the JSON of a {@link
 * io.scalelab.simulation.result.CostReport}. {@link io.scalelab.exporters.cost.CostReports} is the
 * front door.
 */
package io.scalelab.exporters.cost;
