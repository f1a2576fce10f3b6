/**
 * The `exporters` module; see DESIGN.md. Cost reports (CSV, HTML, JSON) are in {@code cost}, behind
 * {@link io.scalelab.exporters.cost.CostReports}; the apply step (the user's terraform and kubectl
 * on an export, plan first) is in {@code apply}, behind {@link io.scalelab.exporters.apply.Apply}.
 */
package io.scalelab.exporters;
