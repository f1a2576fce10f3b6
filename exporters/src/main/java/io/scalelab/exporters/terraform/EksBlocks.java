package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.List;

/**
 * EKS: one cluster per region named {@code <design>-<region>} (the name the Kubernetes export and
 * the apply step use), secrets encrypted with a KMS key, control-plane logs kept, and managed node
 * groups sized by {@link NodeGroups}. The pods themselves, their Services, Ingress and autoscalers
 * are in the Kubernetes export.
 */
final class EksBlocks implements ModulePart {

  /** Client key of the EKS nodes in security group rules: not a valid component id. */
  static final String CLIENT = "eks:nodes";

  /**
   * Root volume of a node: 20 GiB gp3, the default disk size of a managed node group (Amazon EKS
   * API reference, CreateNodegroup diskSize).
   */
  static final long NODE_VOLUME_GIB = 20;

  /**
   * Days the control-plane logs are kept: 90, an assumption (long enough to investigate an incident
   * a month later; CloudWatch keeps them forever by default).
   */
  static final long LOG_RETENTION_DAYS = 90;

  /** Managed policies of the node role (Amazon EKS User Guide, "Amazon EKS node IAM role"). */
  static final List<String> NODE_POLICIES =
      List.of(
          "AmazonEKSWorkerNodePolicy",
          "AmazonEKS_CNI_Policy",
          "AmazonEC2ContainerRegistryReadOnly",
          "AmazonSSMManagedInstanceCore");

  @Override
  public String file() {
    return "eks.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.services(Service.Platform.EKS).isEmpty();
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder group =
        ObjectBuilder.object()
            .put("instance_type", Tf.type("string"))
            .put("ami_type", Tf.type("string"))
            .put("min_size", Tf.type("number"))
            .put("max_size", Tf.type("number"))
            .put("desired_size", Tf.type("number"));
    Expr type =
        call(
            "object",
            ObjectBuilder.object()
                .put("kubernetes_version", Tf.type("string"))
                .put("components", Tf.type("string"))
                .put("public_access_cidrs", Tf.listOfStrings())
                .put("node_groups", Tf.mapOfObjects(group))
                .put("cluster_role", Tf.type("string"))
                .put("node_role", Tf.type("string"))
                .put("node_template_prefix", Tf.type("string"))
                .build());
    return Body.builder()
        .add(
            Tf.variable(
                "eks",
                "The region's EKS cluster, the EKS services it runs (space-separated, its component tag)"
                    + " and its node groups; null for none.",
                type,
                nil()))
        .build();
  }

  static Expr count() {
    return cond(op(ref("var.eks"), "==", nil()), num(0), num(1));
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_iam_role",
            "eks_cluster",
            x -> {
              x.attr("count", count());
              x.gap();
              x.ref("name", "var.eks.cluster_role");
              x.attr("assume_role_policy", Tf.assumeRole("eks.amazonaws.com"));
              x.gap();
              Tf.tags(x, Tf.regional("eks-cluster"), ref("var.eks.components"));
            }));
    b.add(
        Tf.resource(
            "aws_iam_role_policy_attachment",
            "eks_cluster",
            x -> {
              x.attr("count", count());
              x.gap();
              x.ref("role", "aws_iam_role.eks_cluster[0].name");
              x.attr("policy_arn", Tf.managedPolicy("AmazonEKSClusterPolicy"));
            }));
    b.comment("Kubernetes secrets are encrypted with a key of this account (envelope encryption).");
    b.add(
        Tf.resource(
            "aws_kms_key",
            "eks",
            x -> {
              x.attr("count", count());
              x.gap();
              x.attr("description", template("Kubernetes secrets of ", ref("var.name")));
              x.attr("enable_key_rotation", true);
              x.gap();
              Tf.tags(x, Tf.regional("eks"), ref("var.eks.components"));
            }));
    b.add(
        Tf.resource(
            "aws_cloudwatch_log_group",
            "eks",
            x -> {
              x.attr("count", count());
              x.gap();
              x.attr("name", template("/aws/eks/", ref("var.name"), "/cluster"));
              x.attr("retention_in_days", LOG_RETENTION_DAYS);
              x.gap();
              Tf.tags(x, Tf.regional("eks"), ref("var.eks.components"));
            }));
    b.add(cluster());
    EksNodeBlocks.nodes(b);
    return b.build();
  }

  private static Body.Block cluster() {
    return Tf.resource(
        "aws_eks_cluster",
        "this",
        x -> {
          x.attr("count", count());
          x.gap();
          x.ref("name", "var.name");
          x.ref("version", "var.eks.kubernetes_version");
          x.ref("role_arn", "aws_iam_role.eks_cluster[0].arn");
          x.attr(
              "enabled_cluster_log_types", Expr.strings(List.of("api", "audit", "authenticator")));
          x.gap();
          x.comment("The API is reachable from the nodes and from admin_cidrs only.");
          x.block(
              "vpc_config",
              v -> {
                v.attr("subnet_ids", NetworkBlocks.subnets("private"));
                v.attr("endpoint_private_access", true);
                v.attr("endpoint_public_access", true);
                v.ref("public_access_cidrs", "var.eks.public_access_cidrs");
              });
          x.block(
              "encryption_config",
              e -> {
                e.attr("resources", Expr.strings(List.of("secrets")));
                e.gap();
                e.block("provider", p -> p.ref("key_arn", "aws_kms_key.eks[0].arn"));
              });
          x.gap();
          Tf.tags(x, ref("var.name"), ref("var.eks.components"));
          x.gap();
          x.attr(
              "depends_on",
              list(
                  ref("aws_iam_role_policy_attachment.eks_cluster"),
                  ref("aws_cloudwatch_log_group.eks")));
        });
  }

  @Override
  public Body outputs(Plan plan) {
    Expr none = op(ref("var.eks"), "==", nil());
    return Body.builder()
        .add(
            Tf.output(
                "eks_cluster_name",
                "The EKS cluster, <design>-<region>; null without EKS services here.",
                cond(none, nil(), ref("aws_eks_cluster.this[0].name"))))
        .add(
            Tf.output(
                "eks_cluster_endpoint",
                "The EKS API endpoint.",
                cond(none, nil(), ref("aws_eks_cluster.this[0].endpoint"))))
        .add(
            Tf.output(
                "eks_node_groups",
                "Node group sizes by name.",
                forObject(
                    "k",
                    "g",
                    ref("aws_eks_node_group.this"),
                    ref("k"),
                    ref("g.scaling_config[0]"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    List<NodeGroups.NodeGroup> groups = plan.nodeGroups(region);
    if (groups.isEmpty()) {
      return;
    }
    ObjectBuilder g = ObjectBuilder.object();
    for (NodeGroups.NodeGroup n : groups) {
      g.put(
          n.name(),
          ObjectBuilder.object()
              .put("instance_type", n.instanceType())
              .put("ami_type", Architecture.of(n.instanceType()).eksAmiType)
              .put("min_size", n.minSize())
              .put("max_size", n.maxSize())
              .put("desired_size", Math.max(1, n.minSize()))
              .build());
    }
    java.util.Map<String, List<String>> byType = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> parts = new java.util.LinkedHashMap<>();
    for (NodeGroups.NodeGroup n : groups) {
      byType.putIfAbsent(n.instanceType(), n.services());
      parts.merge(n.instanceType(), 1, Integer::sum);
    }
    StringBuilder note =
        new StringBuilder(
            "EKS nodes hold the pods' CPU and memory requests at the services' fewest and most"
                + "\npods, packed onto the instance type as the cost model packs them:");
    byType.forEach(
        (type, services) -> {
          note.append("\n").append(type).append(": ").append(String.join(" + ", services));
          if (parts.get(type) > 1) {
            note.append(", in ")
                .append(parts.get(type))
                .append(" groups (at most ")
                .append(NodeGroups.MAX_NODES_PER_GROUP)
                .append(" nodes each)");
          }
        });
    module.comment(note.toString());
    module.attr(
        "eks",
        ObjectBuilder.object()
            .put("kubernetes_version", ref("var.eks_kubernetes_version"))
            .put(
                "components",
                String.join(
                    " ",
                    plan.services(Service.Platform.EKS, region).stream().map(Service::id).toList()))
            .put("public_access_cidrs", ref("var.admin_cidrs"))
            .put("node_groups", g.build())
            // Computed here, within IAM's and EC2's limits, however long the design name is.
            .put("cluster_role", plan.awsName(Limits.IAM_ROLE_NAME, region, "eks-cluster"))
            .put("node_role", plan.awsName(Limits.IAM_ROLE_NAME, region, "eks-node"))
            .put(
                "node_template_prefix",
                plan.awsName(
                        Limits.LAUNCH_TEMPLATE_NAME - Limits.UNIQUE_SUFFIX - 1, region, "eks-node")
                    + "-")
            .build());
  }
}
