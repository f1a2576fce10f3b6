/**
 * The Terraform export: {@link io.scalelab.exporters.terraform.TerraformExport#generate} turns a
 * design into a root module (versions, one aliased provider per region, the global services) and a
 * regional module stamped once per region. The resource groups are one class each ({@code
 * NetworkBlocks}, {@code Ec2Blocks}, {@code DatabaseBlocks}...); the text is written through the
 * typed HCL model of {@link io.scalelab.exporters.terraform.hcl}.
 */
package io.scalelab.exporters.terraform;
