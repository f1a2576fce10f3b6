/**
 * Cost reports for people who read bills: a CSV for spreadsheets, a self-contained HTML page with
 * charts for reading and projecting, and the JSON of a {@link
 * io.scalelab.simulation.result.CostReport}. {@link io.scalelab.exporters.cost.CostReports} is the
 * front door.
 */
package io.scalelab.exporters.cost;
