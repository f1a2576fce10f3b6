package io.scalelab.exporters.apply;

/** Says what was found in the folder and what will run, in order, before anything runs. */
final class LayoutReport {

  private final ExportLayout layout;
  private final boolean autoApprove;

  LayoutReport(ExportLayout layout, boolean autoApprove) {
    this.layout = layout;
    this.autoApprove = autoApprove;
  }

  void print(Console console) {
    console.line("Found in " + layout.dir() + ":");
    for (TerraformRoot r : layout.terraform()) {
      console.line(
          "  Terraform root  "
              + r.dir()
              + (r.usesAws() ? " (AWS provider: needs AWS credentials)" : ""));
    }
    for (KustomizeFolder k : layout.kubernetes()) {
      console.line(
          "  Kustomization   "
              + k.dir()
              + k.knownCluster().map(c -> " (EKS cluster " + c + ")").orElse(""));
    }
    layout.notes().forEach(n -> console.line("  Skipped         " + n));
    console.line("Will run, in order:");
    int n = 1;
    for (TerraformRoot r : layout.terraform()) {
      console.line(
          "  "
              + n++
              + ". in "
              + r.dir()
              + ": terraform init; terraform plan -out="
              + TerraformStep.PLAN_FILE
              + "; show the plan"
              + (autoApprove ? "" : " and ask")
              + "; terraform apply "
              + TerraformStep.PLAN_FILE);
    }
    for (KustomizeFolder k : layout.kubernetes()) {
      console.line(
          "  "
              + n++
              + ". in "
              + k.dir()
              + ": choose the kubeconfig context; kubectl diff --server-side; kubectl apply"
              + " --dry-run=server; show"
              + (autoApprove ? "" : " and ask")
              + "; kubectl apply --server-side");
    }
    console.line(
        autoApprove
            ? "Every plan is applied without asking (--auto-approve); each is still shown first."
            : "Nothing is applied without your 'yes'; the first failure stops everything after it.");
  }
}
