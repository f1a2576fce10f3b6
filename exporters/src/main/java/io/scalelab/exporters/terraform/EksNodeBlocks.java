package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import java.util.List;

/**
 * The nodes of a region's EKS cluster (part of {@link EksBlocks}): their role, launch template
 * (IMDSv2, encrypted volume) and the managed node groups.
 */
final class EksNodeBlocks {

  private EksNodeBlocks() {}

  static void nodes(Body.Builder b) {
    b.add(
        Tf.resource(
            "aws_iam_role",
            "eks_node",
            x -> {
              x.attr("count", EksBlocks.count());
              x.gap();
              x.ref("name", "var.eks.node_role");
              x.attr("assume_role_policy", Tf.assumeRole("ec2.amazonaws.com"));
              x.gap();
              Tf.tags(x, Tf.regional("eks-node"), ref("var.eks.components"));
            }));
    b.block("locals", x -> x.attr("eks_node_policies", Expr.strings(EksBlocks.NODE_POLICIES)));
    b.add(
        Tf.resource(
            "aws_iam_role_policy_attachment",
            "eks_node",
            x -> {
              x.attr(
                  "for_each",
                  cond(
                      op(ref("var.eks"), "==", nil()),
                      call("toset", list()),
                      call("toset", ref("local.eks_node_policies"))));
              x.gap();
              x.ref("role", "aws_iam_role.eks_node[0].name");
              x.attr("policy_arn", Tf.managedPolicy(ref("each.key")));
            }));
    b.comment(
        "IMDSv2 only. Two hops, so that pods such as the AWS Load Balancer Controller can read\n"
            + "the region and VPC from the instance metadata (EKS User Guide, launch templates).");
    b.add(
        Tf.resource(
            "aws_launch_template",
            "eks_node",
            x -> {
              x.attr("count", EksBlocks.count());
              x.gap();
              x.ref("name_prefix", "var.eks.node_template_prefix");
              x.gap();
              LaunchTemplates.imdsV2Only(x, 2);
              LaunchTemplates.encryptedRootVolume(x, EksBlocks.NODE_VOLUME_GIB);
              for (String kind : List.of("instance", "volume")) {
                x.block(
                    "tag_specifications",
                    t -> {
                      t.attr("resource_type", kind);
                      Tf.tags(t, Tf.regional("eks-node"), ref("var.eks.components"));
                    });
              }
              x.gap();
              Tf.tags(x, Tf.regional("eks-node"), ref("var.eks.components"));
            }));
    b.comment(
        "Node counts move between min and max with the Cluster Autoscaler or Karpenter in the\n"
            + "cluster; Terraform sets them at creation and leaves desired_size alone afterwards.");
    b.add(
        Tf.resource(
            "aws_eks_node_group",
            "this",
            x -> {
              x.attr(
                  "for_each",
                  cond(
                      op(ref("var.eks"), "==", nil()),
                      ObjectBuilder.object().build(),
                      ref("var.eks.node_groups")));
              x.gap();
              x.ref("cluster_name", "aws_eks_cluster.this[0].name");
              x.ref("node_group_name", "each.key");
              x.ref("node_role_arn", "aws_iam_role.eks_node[0].arn");
              x.attr("subnet_ids", NetworkBlocks.subnets("private"));
              x.attr("instance_types", list(ref("each.value.instance_type")));
              x.ref("ami_type", "each.value.ami_type");
              x.gap();
              x.block(
                  "scaling_config",
                  s -> {
                    s.ref("min_size", "each.value.min_size");
                    s.ref("max_size", "each.value.max_size");
                    s.ref("desired_size", "each.value.desired_size");
                  });
              x.block("update_config", u -> u.attr("max_unavailable", 1));
              x.block(
                  "launch_template",
                  t -> {
                    t.ref("id", "aws_launch_template.eks_node[0].id");
                    t.ref("version", "aws_launch_template.eks_node[0].latest_version");
                  });
              x.gap();
              Tf.tags(
                  x, template(ref("var.name"), "-", ref("each.key")), ref("var.eks.components"));
              x.gap();
              x.block(
                  "lifecycle",
                  l -> l.attr("ignore_changes", list(ref("scaling_config[0].desired_size"))));
              x.gap();
              x.attr("depends_on", list(ref("aws_iam_role_policy_attachment.eks_node")));
            }));
  }
}
