/**
 * The `exporters` module; see DESIGN.md. {@link io.scalelab.exporters.Exporters} is the front door
 * of the infrastructure exports (Terraform in {@code terraform}, Kubernetes and Argo CD in {@code
 * kubernetes}, writing in {@code files}, applying in {@code apply}). Cost reports (CSV, HTML, JSON)
 * are in {@code cost}, behind {@link io.scalelab.exporters.cost.CostReports}; the apply step (the
 * user's terraform and kubectl on an export, plan first) is in {@code apply}, behind {@link
 * io.scalelab.exporters.apply.Apply}.
 */
package io.scalelab.exporters;
