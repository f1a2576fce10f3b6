package io.scalelab.exporters.terraform;

import io.scalelab.exporters.terraform.hcl.Body;

/**
 * The hardening every launch template gets, for EC2 services and EKS nodes alike: IMDSv2 only and
 * an encrypted gp3 root volume. One place, so the two cannot drift apart.
 */
final class LaunchTemplates {

  private LaunchTemplates() {}

  /**
   * {@code metadata_options} requiring IMDSv2 tokens ("Use IMDSv2", EC2 User Guide).
   *
   * @param hopLimit 1 keeps containers on the instance away from the instance's credentials; EKS
   *     nodes need 2 for pods that use them (AWS EKS best practices)
   */
  static void imdsV2Only(Body.Builder x, int hopLimit) {
    x.block(
        "metadata_options",
        m -> {
          m.attr("http_endpoint", "enabled");
          m.attr("http_tokens", "required");
          m.attr("http_put_response_hop_limit", hopLimit);
        });
  }

  /** {@code block_device_mappings}: an encrypted gp3 root volume of {@code gib} GiB. */
  static void encryptedRootVolume(Body.Builder x, long gib) {
    x.block(
        "block_device_mappings",
        d -> {
          d.attr("device_name", Ec2Blocks.ROOT_DEVICE);
          d.gap();
          d.block(
              "ebs",
              e -> {
                e.attr("volume_size", gib);
                e.attr("volume_type", "gp3");
                e.attr("encrypted", true);
                e.attr("delete_on_termination", true);
              });
        });
  }
}
