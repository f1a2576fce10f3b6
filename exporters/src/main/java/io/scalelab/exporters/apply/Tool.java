package io.scalelab.exporters.apply;

/** The command-line tools the apply step runs; ScaleLab ships neither. */
public enum Tool {
  /** HashiCorp Terraform (1.4 or newer: {@code terraform_data}, {@code show -json} of a plan). */
  TERRAFORM("terraform", "https://developer.hashicorp.com/terraform/install"),
  /** The Kubernetes client (1.22 or newer, for {@code --server-side} diff and apply). */
  KUBECTL("kubectl", "https://kubernetes.io/docs/tasks/tools/");

  private final String command;
  private final String installUrl;

  Tool(String command, String installUrl) {
    this.command = command;
    this.installUrl = installUrl;
  }

  /** The executable's name on the PATH, without an extension. */
  public String command() {
    return command;
  }

  /** Where a person learns how to install it. */
  public String installUrl() {
    return installUrl;
  }
}
