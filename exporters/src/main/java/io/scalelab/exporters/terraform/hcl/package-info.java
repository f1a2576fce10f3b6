/**
 * A small typed model of HCL, the Terraform language: {@link
 * io.scalelab.exporters.terraform.hcl.Expr expressions} (strings with escaping, numbers, bools,
 * lists, objects, references, function calls, templates, conditionals and {@code for} expressions),
 * {@link io.scalelab.exporters.terraform.hcl.Body bodies} of attributes, blocks and comments, and
 * {@link io.scalelab.exporters.terraform.hcl.HclWriter} that renders them in the canonical layout
 * {@code terraform fmt} produces, so the export needs no formatter run and a reviewer reads the
 * same text Terraform users write.
 */
package io.scalelab.exporters.terraform.hcl;
