package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.Service;
import java.util.Optional;

/**
 * Target-tracking policies of the EC2 Auto Scaling groups (part of {@link Ec2Blocks}): CPU, or the
 * ALB's requests per target.
 */
final class Ec2ScalingBlocks {

  private Ec2ScalingBlocks() {}

  static void policies(Body.Builder b, Plan plan) {
    b.add(policy("cpu", "cpu_target", "ASGAverageCPUUtilization", Optional.empty()));
    boolean requests =
        plan.services(Service.Platform.EC2).stream()
            .anyMatch(s -> Ec2Blocks.metric(s) == Service.Metric.REQUEST_RATE);
    if (requests) {
      Expr lb = ref("each.value.load_balancers[0]");
      Expr label =
          template(
              Expr.at("aws_lb.this", lb, ".arn_suffix"),
              "/",
              Expr.at(
                  "aws_lb_target_group.this", template(lb, "/", ref("each.key")), ".arn_suffix"));
      b.comment("Requests per target: the ALB's count for the service's target group.");
      b.add(policy("requests", "requests_target", "ALBRequestCountPerTarget", Optional.of(label)));
    }
  }

  static Body.Block policy(String name, String field, String metric, Optional<Expr> label) {
    return Tf.resource(
        "aws_autoscaling_policy",
        name,
        x -> {
          x.attr(
              "for_each",
              forObject(
                  "k",
                  "s",
                  ref("var.ec2_services"),
                  ref("k"),
                  ref("s"),
                  op(ref("s." + field), "!=", nil())));
          x.gap();
          x.attr("name", template(ref("each.value.name"), "-" + name));
          x.ref("autoscaling_group_name", "aws_autoscaling_group.ec2[each.key].name");
          x.attr("policy_type", "TargetTrackingScaling");
          x.ref("estimated_instance_warmup", "each.value.warmup_seconds");
          x.gap();
          x.block(
              "target_tracking_configuration",
              t -> {
                t.ref("target_value", "each.value." + field);
                t.gap();
                t.block(
                    "predefined_metric_specification",
                    m -> {
                      m.attr("predefined_metric_type", metric);
                      if (label.isPresent()) {
                        m.attr("resource_label", label.get());
                      }
                    });
              });
        });
  }
}
