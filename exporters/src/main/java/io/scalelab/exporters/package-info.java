/**
 * The `exporters` module; see DESIGN.md. Cost reports (CSV, HTML, JSON) are in {@code cost}, behind
 * {@link io.scalelab.exporters.cost.CostReports}.
 */
package io.scalelab.exporters;
