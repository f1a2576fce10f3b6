package io.scalelab.app.gui.export;

import java.util.Optional;

/** What the export dialog writes. */
public enum ExportKind {
  /** A Terraform root module and a regional module stamped per region. */
  TERRAFORM("Terraform", "a root module and a regional module per region", Optional.empty()),
  /** Kustomize folders per region with their Argo CD Applications. */
  KUBERNETES(
      "Kubernetes + Argo CD",
      "a kustomize folder per region and the Argo CD Applications",
      Optional.empty()),
  /** Both, into {@code terraform/} and {@code kubernetes/}: the folder {@code apply} expects. */
  TERRAFORM_AND_KUBERNETES(
      "Terraform + Kubernetes",
      "terraform/ and kubernetes/ in one folder, ready for Apply",
      Optional.empty()),
  /** The last run's cost as one HTML page with charts. */
  COST_HTML("Cost report (HTML)", "one page with charts, to read or share", Optional.of("html")),
  /** The last run's cost as CSV rows, for a spreadsheet. */
  COST_CSV("Cost report (CSV)", "one row per component and cost kind", Optional.of("csv")),
  /** The last run's cost as JSON, the {@code cost} field of a result file. */
  COST_JSON("Cost report (JSON)", "for scripts", Optional.of("json"));

  private final String label;
  private final String description;
  private final Optional<String> reportExtension;

  ExportKind(String label, String description, Optional<String> reportExtension) {
    this.label = label;
    this.description = description;
    this.reportExtension = reportExtension;
  }

  /** The name shown in the dialog. */
  public String label() {
    return label;
  }

  /** One line on what it writes. */
  public String description() {
    return description;
  }

  /** Whether this is a cost report of the last run (and so needs one). */
  public boolean costReport() {
    return reportExtension.isPresent();
  }

  /** The cost report's file extension; empty for the infrastructure exports. */
  public Optional<String> reportExtension() {
    return reportExtension;
  }

  /** Whether it writes Terraform files. */
  public boolean terraform() {
    return this == TERRAFORM || this == TERRAFORM_AND_KUBERNETES;
  }

  /** Whether it writes Kubernetes manifests (and so takes the Kubernetes settings). */
  public boolean kubernetes() {
    return this == KUBERNETES || this == TERRAFORM_AND_KUBERNETES;
  }
}
