package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;

/**
 * Routing of a region's VPC (part of {@link NetworkBlocks}): the public route table to the internet
 * gateway, a NAT gateway and private route table per zone.
 */
final class RoutingBlocks {

  private RoutingBlocks() {}

  static void routing(Body.Builder b) {
    b.add(
        Tf.resource(
            "aws_route_table",
            "public",
            x -> {
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              x.block(
                  "route",
                  r -> {
                    r.attr("cidr_block", "0.0.0.0/0");
                    r.ref("gateway_id", "aws_internet_gateway.this.id");
                  });
              x.gap();
              Tf.sharedTags(x, Tf.regional("public"));
            }));
    b.add(association("public", ref("aws_route_table.public.id")));
    b.add(
        Tf.resource(
            "aws_eip",
            "nat",
            x -> {
              x.attr(
                  "for_each",
                  forObject(
                      "z",
                      "i",
                      ref("local.zone_index"),
                      ref("z"),
                      ref("i"),
                      ref("var.nat_gateways")));
              x.gap();
              x.attr("domain", "vpc");
              x.gap();
              Tf.sharedTags(x, template(ref("var.name"), "-nat-", ref("each.key")));
            }));
    b.add(
        Tf.resource(
            "aws_nat_gateway",
            "this",
            x -> {
              x.ref("for_each", "aws_eip.nat");
              x.gap();
              x.ref("allocation_id", "each.value.id");
              x.ref("subnet_id", "aws_subnet.public[each.key].id");
              x.gap();
              Tf.sharedTags(x, template(ref("var.name"), "-", ref("each.key")));
              x.gap();
              x.attr("depends_on", Expr.list(ref("aws_internet_gateway.this")));
            }));
    b.add(
        Tf.resource(
            "aws_route_table",
            "private",
            x -> {
              x.ref("for_each", "local.zone_index");
              x.gap();
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              x.block(
                  "dynamic",
                  java.util.List.of("route"),
                  d -> {
                    d.attr(
                        "for_each",
                        cond(ref("var.nat_gateways"), Expr.list(ref("each.key")), Expr.list()));
                    d.gap();
                    d.block(
                        "content",
                        r -> {
                          r.attr("cidr_block", "0.0.0.0/0");
                          r.ref("nat_gateway_id", "aws_nat_gateway.this[route.value].id");
                        });
                  });
              x.gap();
              Tf.sharedTags(x, template(ref("var.name"), "-private-", ref("each.key")));
            }));
    b.add(association("private", ref("aws_route_table.private[each.key].id")));
  }

  static Body.Block association(String tier, Expr table) {
    return Tf.resource(
        "aws_route_table_association",
        tier,
        x -> {
          x.ref("for_each", "aws_subnet." + tier);
          x.gap();
          x.ref("subnet_id", "each.value.id");
          x.attr("route_table_id", table);
        });
  }
}
