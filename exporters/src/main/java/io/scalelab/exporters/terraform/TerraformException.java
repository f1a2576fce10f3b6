package io.scalelab.exporters.terraform;

/**
 * A design that cannot be written as Terraform as it stands, for instance an EKS node instance type
 * whose size ScaleLab does not know. The message is one line naming the component and the field.
 */
public final class TerraformException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A design that cannot be exported, with a message naming the component and field. */
  public TerraformException(String message) {
    super(message);
  }
}
