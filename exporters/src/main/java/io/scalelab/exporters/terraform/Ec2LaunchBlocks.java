package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import java.util.List;

/**
 * How EC2 instances start (part of {@link Ec2Blocks}): their role and instance profile, and the
 * launch template.
 */
final class Ec2LaunchBlocks {

  private Ec2LaunchBlocks() {}

  static void iam(Body.Builder b) {
    b.add(
        Tf.resource(
            "aws_iam_role",
            "ec2",
            x -> {
              x.ref("for_each", "var.ec2_services");
              x.gap();
              x.ref("name", "each.value.name");
              x.attr("assume_role_policy", Tf.assumeRole("ec2.amazonaws.com"));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.comment("Systems Manager Session Manager instead of SSH: no key pair, no open port 22.");
    b.add(
        Tf.resource(
            "aws_iam_role_policy_attachment",
            "ec2_ssm",
            x -> {
              x.ref("for_each", "var.ec2_services");
              x.gap();
              x.ref("role", "aws_iam_role.ec2[each.key].name");
              x.attr("policy_arn", Tf.managedPolicy("AmazonSSMManagedInstanceCore"));
            }));
    b.add(
        Tf.resource(
            "aws_iam_instance_profile",
            "ec2",
            x -> {
              x.ref("for_each", "var.ec2_services");
              x.gap();
              x.ref("name", "each.value.name");
              x.ref("role", "aws_iam_role.ec2[each.key].name");
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
  }

  static Body.Block launchTemplate() {
    return Tf.resource(
        "aws_launch_template",
        "ec2",
        x -> {
          x.ref("for_each", "var.ec2_services");
          x.gap();
          x.attr("name_prefix", template(ref("each.value.name"), "-"));
          x.ref(
              "image_id", "data.aws_ssm_parameter.al2023[each.value.architecture].insecure_value");
          x.ref("instance_type", "each.value.instance_type");
          x.attr("user_data", call("base64encode", ref("each.value.user_data")));
          x.attr("vpc_security_group_ids", list(ref("aws_security_group.ec2[each.key].id")));
          x.gap();
          x.block(
              "iam_instance_profile",
              p -> p.ref("arn", "aws_iam_instance_profile.ec2[each.key].arn"));
          x.comment("IMDSv2 only: a token is required, and one network hop keeps containers out.");
          LaunchTemplates.imdsV2Only(x, 1);
          LaunchTemplates.encryptedRootVolume(x, Ec2Blocks.ROOT_VOLUME_GIB);
          x.block("monitoring", m -> m.attr("enabled", true));
          for (String kind : List.of("instance", "volume")) {
            x.block(
                "tag_specifications",
                t -> {
                  t.attr("resource_type", kind);
                  Tf.eachTags(t, ref("each.value.name"));
                });
          }
          x.gap();
          Tf.eachTags(x, ref("each.value.name"));
        });
  }
}
