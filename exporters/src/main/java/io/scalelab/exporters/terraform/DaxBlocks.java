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
import java.util.List;

/** DAX clusters in front of DynamoDB tables (part of {@link TableBlocks}). */
final class DaxBlocks {

  private DaxBlocks() {}

  static void resources(Body.Builder b) {
    Expr filter = op(ref("t.dax"), "!=", nil());
    b.block(
        "locals",
        x -> {
          x.attr("dax", forObject("k", "t", ref("var.tables"), ref("k"), ref("t.dax"), filter));
          x.attr("dax_clients", Rules.pairs("local.dax", ref("v.clients"), o -> {}));
        });
    b.add(
        Tf.resource(
            "aws_dax_subnet_group",
            "this",
            x -> {
              x.attr(
                  "count", cond(op(call("length", ref("local.dax")), ">", num(0)), num(1), num(0)));
              x.gap();
              x.ref("name", "var.name");
              x.attr("subnet_ids", NetworkBlocks.subnets("database"));
            }));
    b.add(
        Tf.resource(
            "aws_iam_role",
            "dax",
            x -> {
              x.ref("for_each", "local.dax");
              x.gap();
              x.attr("name", template(ref("each.value.name"), "-dax"));
              x.attr("assume_role_policy", Tf.assumeRole("dax.amazonaws.com"));
              x.gap();
              Tf.eachTags(x, template(ref("each.value.name"), "-dax"));
            }));
    b.comment("DAX reads and writes its own table, nothing else.");
    b.add(
        Tf.resource(
            "aws_iam_role_policy",
            "dax",
            x -> {
              x.ref("for_each", "local.dax");
              x.gap();
              x.attr("name", "table");
              x.ref("role", "aws_iam_role.dax[each.key].id");
              x.attr(
                  "policy",
                  call(
                      "jsonencode",
                      ObjectBuilder.object()
                          .put("Version", Tf.POLICY_VERSION)
                          .put(
                              "Statement",
                              list(
                                  ObjectBuilder.object()
                                      .put("Effect", "Allow")
                                      .put(
                                          "Action",
                                          Expr.strings(
                                              List.of(
                                                  "dynamodb:GetItem",
                                                  "dynamodb:BatchGetItem",
                                                  "dynamodb:Query",
                                                  "dynamodb:Scan",
                                                  "dynamodb:PutItem",
                                                  "dynamodb:UpdateItem",
                                                  "dynamodb:DeleteItem",
                                                  "dynamodb:BatchWriteItem",
                                                  "dynamodb:DescribeTable")))
                                      .put("Resource", ref("aws_dynamodb_table.this[each.key].arn"))
                                      .build()))
                          .build()));
            }));
    b.add(
        Tf.resource(
            "aws_security_group",
            "dax",
            x -> {
              x.ref("for_each", "local.dax");
              x.gap();
              x.attr("name", template(ref("var.name"), "-", ref("each.key"), "-dax"));
              x.attr("description", template("DAX of ", ref("each.key"), ": its clients only"));
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.eachTags(x, template(ref("each.value.name"), "-dax"));
            }));
    b.add(
        Rules.ingressFromGroup(
            "dax",
            "local.dax_clients",
            ref("aws_security_group.dax[each.value.owner].id"),
            ref("local.client_security_groups[each.value.item]"),
            num(TableBlocks.DAX_TLS_PORT),
            template("From ", ref("each.value.item"))));
    b.add(
        Tf.resource(
            "aws_dax_cluster",
            "this",
            x -> {
              x.ref("for_each", "local.dax");
              x.gap();
              x.ref("cluster_name", "each.value.name");
              x.ref("node_type", "each.value.node_type");
              x.ref("replication_factor", "each.value.nodes");
              x.ref("iam_role_arn", "aws_iam_role.dax[each.key].arn");
              x.ref("subnet_group_name", "aws_dax_subnet_group.this[0].name");
              x.attr("security_group_ids", list(ref("aws_security_group.dax[each.key].id")));
              x.attr("cluster_endpoint_encryption_type", "TLS");
              x.gap();
              x.block("server_side_encryption", s -> s.attr("enabled", true));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
  }
}
