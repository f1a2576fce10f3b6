package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;

/**
 * The security groups of the load balancers Terraform creates and their rules (part of {@link
 * LoadBalancerBlocks}): in from the allowed ranges or CloudFront, out to their targets only.
 */
final class LoadBalancerRules {

  private LoadBalancerRules() {}

  static void securityGroups(Body.Builder b) {
    b.add(
        Tf.resource(
            "aws_security_group",
            "load_balancer",
            x -> {
              x.ref("for_each", "var.load_balancers");
              x.gap();
              x.attr("name", Tf.eachName("-lb"));
              x.attr("description", template("Load balancer ", ref("each.key")));
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.eachTags(x, Tf.eachName("-lb"));
            }));
    b.add(
        Tf.resource(
            "aws_vpc_security_group_ingress_rule",
            "load_balancer_cidr",
            x -> {
              x.attr("for_each", Rules.byKey("local.lb_cidrs"));
              x.gap();
              x.ref("security_group_id", "aws_security_group.load_balancer[each.value.owner].id");
              x.ref("cidr_ipv4", "each.value.cidr");
              x.attr("description", template("HTTP(S) from ", ref("each.value.cidr")));
              x.attr("ip_protocol", "tcp");
              x.ref("from_port", "each.value.port");
              x.ref("to_port", "each.value.port");
              x.gap();
              Tf.tags(
                  x, template("HTTP(S) from ", ref("each.value.cidr")), ref("each.value.owner"));
            }));
    b.comment("Load balancers behind CloudFront take traffic from CloudFront's addresses only.");
    b.add(
        Tf.resource(
            "aws_vpc_security_group_ingress_rule",
            "load_balancer_cloudfront",
            x -> {
              x.attr("for_each", Rules.byKey("local.lb_cloudfront_ports"));
              x.gap();
              x.ref("security_group_id", "aws_security_group.load_balancer[each.value.owner].id");
              x.ref("prefix_list_id", "data.aws_ec2_managed_prefix_list.cloudfront[0].id");
              x.attr("description", "HTTP(S) from CloudFront");
              x.attr("ip_protocol", "tcp");
              x.ref("from_port", "each.value.port");
              x.ref("to_port", "each.value.port");
              x.gap();
              Tf.tags(x, str("HTTP(S) from CloudFront"), ref("each.value.owner"));
            }));
    b.add(
        Tf.resource(
            "aws_vpc_security_group_egress_rule",
            "load_balancer",
            x -> {
              x.attr("for_each", Rules.byKey("local.lb_targets"));
              x.gap();
              x.ref("security_group_id", "aws_security_group.load_balancer[each.value.owner].id");
              x.ref(
                  "referenced_security_group_id", "aws_security_group.ec2[each.value.service].id");
              x.attr("description", template("To ", ref("each.value.service")));
              x.attr("ip_protocol", "tcp");
              x.ref("from_port", "var.app_port");
              x.ref("to_port", "var.app_port");
              x.gap();
              Tf.tags(x, template("To ", ref("each.value.service")), ref("each.value.owner"));
            }));
    b.add(
        Rules.ingressFromGroup(
            "ec2_from_load_balancer",
            "local.lb_targets",
            ref("aws_security_group.ec2[each.value.service].id"),
            ref("aws_security_group.load_balancer[each.value.owner].id"),
            ref("var.app_port"),
            template("From load balancer ", ref("each.value.owner"))));
  }
}
