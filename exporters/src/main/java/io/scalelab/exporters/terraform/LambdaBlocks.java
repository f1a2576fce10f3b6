package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forList;
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
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;

/**
 * Lambda functions: a container image the user names, the design's memory, timeout and concurrency
 * limit, a role with only the permissions its calls need ({@link Access}), a log group with a
 * retention, a VPC attachment when it calls a database or cache, and its triggers: SQS queues and
 * Kinesis streams through event source mappings, SNS topics through subscriptions.
 */
final class LambdaBlocks implements ModulePart {

  /** Days a function's logs are kept: 90, the same assumption as the EKS control plane's. */
  static final long LOG_RETENTION_DAYS = EksBlocks.LOG_RETENTION_DAYS;

  @Override
  public String file() {
    return "lambda.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.services(io.scalelab.model.component.Service.Platform.LAMBDA).isEmpty();
  }

  /** Whether a function calls something in the VPC (a database or a cache). */
  static boolean inVpc(Plan plan, io.scalelab.model.component.Service s) {
    for (Connection c : plan.from(s.id())) {
      Component to = plan.component(c.to()).orElseThrow();
      if (to instanceof Database || to instanceof Cache || c.via().isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder fields =
        ObjectBuilder.object()
            .put("name", Tf.type("string"))
            .put("image_uri", Tf.type("string"))
            .put("memory_mb", Tf.type("number"))
            .put("timeout_seconds", Tf.type("number"))
            .put("reserved_concurrency", Tf.optional(Tf.type("number")))
            .put("in_vpc", Tf.type("bool"))
            .put("managed_policies", Tf.listOfStrings())
            .put("access", accessType())
            .put("queues", call("map", Tf.type("number")))
            .put("streams", call("map", Tf.type("number")))
            .put("topics", Tf.listOfStrings());
    return Body.builder()
        .add(
            Tf.variable(
                "lambdas",
                "Lambda functions by component id; queues and streams map their triggers to the"
                    + " most concurrent batches (SQS) or batches per shard (Kinesis).",
                Tf.mapOfObjects(fields),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_iam_role",
            "lambda",
            x -> {
              x.ref("for_each", "var.lambdas");
              x.gap();
              x.ref("name", "each.value.name");
              x.attr("assume_role_policy", Tf.assumeRole("lambda.amazonaws.com"));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.block(
        "locals",
        x ->
            x.attr(
                "lambda_policies", Rules.pairs("var.lambdas", ref("v.managed_policies"), o -> {})));
    b.add(
        Tf.resource(
            "aws_iam_role_policy_attachment",
            "lambda",
            x -> {
              x.attr("for_each", Rules.byKey("local.lambda_policies"));
              x.gap();
              x.ref("role", "aws_iam_role.lambda[each.value.owner].name");
              x.attr("policy_arn", Tf.managedPolicy(ref("each.value.item")));
            }));
    b.add(accessPolicy("lambda", "var.lambdas", "aws_iam_role.lambda[each.key].id"));
    b.add(
        Tf.resource(
            "aws_security_group",
            "lambda",
            x -> {
              x.attr(
                  "for_each",
                  forObject("k", "f", ref("var.lambdas"), ref("k"), ref("f"), ref("f.in_vpc")));
              x.gap();
              x.ref("name", "each.value.name");
              x.attr("description", template("Function ", ref("each.key")));
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(
        Tf.resource(
            "aws_vpc_security_group_egress_rule",
            "lambda",
            x -> {
              x.ref("for_each", "aws_security_group.lambda");
              x.gap();
              x.ref("security_group_id", "each.value.id");
              x.attr("description", "All outbound traffic");
              x.attr("ip_protocol", "-1");
              x.attr("cidr_ipv4", "0.0.0.0/0");
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(
        Tf.resource(
            "aws_cloudwatch_log_group",
            "lambda",
            x -> {
              x.ref("for_each", "var.lambdas");
              x.gap();
              x.attr("name", template("/aws/lambda/", ref("each.value.name")));
              x.attr("retention_in_days", LOG_RETENTION_DAYS);
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(function());
    LambdaTriggers.resources(b);
    return b.build();
  }

  /** The type of the {@code access} field: IAM statements as action and resource lists. */
  static Expr accessType() {
    return call(
        "list",
        call(
            "object",
            ObjectBuilder.object()
                .put("actions", Tf.listOfStrings())
                .put("resources", Tf.listOfStrings())
                .build()));
  }

  /** An inline role policy granting a service's {@code access} statements, where it has any. */
  static Body.Block accessPolicy(String name, String services, String role) {
    return Tf.resource(
        "aws_iam_role_policy",
        name,
        x -> {
          x.attr(
              "for_each",
              forObject(
                  "k",
                  "s",
                  ref(services),
                  ref("k"),
                  ref("s"),
                  op(call("length", ref("s.access")), ">", num(0))));
          x.gap();
          x.attr("name", "calls");
          x.ref("role", role);
          x.attr(
              "policy",
              call(
                  "jsonencode",
                  ObjectBuilder.object()
                      .put("Version", Tf.POLICY_VERSION)
                      .put(
                          "Statement",
                          forList(
                              "a",
                              ref("each.value.access"),
                              ObjectBuilder.object()
                                  .put("Effect", "Allow")
                                  .put("Action", ref("a.actions"))
                                  .put("Resource", ref("a.resources"))
                                  .build()))
                      .build()));
        });
  }

  private static Body.Block function() {
    return Tf.resource(
        "aws_lambda_function",
        "this",
        x -> {
          x.ref("for_each", "var.lambdas");
          x.gap();
          x.ref("function_name", "each.value.name");
          x.ref("role", "aws_iam_role.lambda[each.key].arn");
          x.attr("package_type", "Image");
          x.ref("image_uri", "each.value.image_uri");
          x.ref("memory_size", "each.value.memory_mb");
          x.ref("timeout", "each.value.timeout_seconds");
          x.ref("reserved_concurrent_executions", "each.value.reserved_concurrency");
          x.gap();
          x.block(
              "dynamic",
              java.util.List.of("vpc_config"),
              d -> {
                d.attr("for_each", cond(ref("each.value.in_vpc"), list(num(1)), list()));
                d.gap();
                d.block(
                    "content",
                    c -> {
                      c.attr("subnet_ids", NetworkBlocks.subnets("private"));
                      c.attr(
                          "security_group_ids",
                          list(ref("aws_security_group.lambda[each.key].id")));
                    });
              });
          x.gap();
          Tf.eachTags(x, ref("each.value.name"));
          x.gap();
          x.attr(
              "depends_on",
              list(
                  ref("aws_iam_role_policy_attachment.lambda"),
                  ref("aws_cloudwatch_log_group.lambda")));
        });
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "lambda_arns",
                "Lambda function ARNs by component id.",
                forObject("k", "f", ref("aws_lambda_function.this"), ref("k"), ref("f.arn"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    LambdaTriggers.inputs(plan, region, module);
  }

  static Expr reserved(int limit) {
    return limit == io.scalelab.model.component.Service.DEFAULT_LAMBDA_CONCURRENCY
        ? nil()
        : num(limit);
  }
}
