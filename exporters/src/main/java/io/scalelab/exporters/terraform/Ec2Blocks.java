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
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * EC2 services: an Auto Scaling group per service from a launch template (Amazon Linux 2023 from
 * the public SSM parameter, IMDSv2 required, encrypted gp3 root volume), an instance profile that
 * lets Systems Manager reach the instances (no SSH), a security group, and a target-tracking policy
 * for autoscaled services.
 */
final class Ec2Blocks implements ModulePart {

  /**
   * Warm-up of a new instance when the design leaves it open: 300 s, the default of EC2 Auto
   * Scaling's estimated instance warmup and health check grace period (EC2 Auto Scaling User Guide,
   * "Set the default instance warmup").
   */
  static final long DEFAULT_WARMUP_SECONDS = 300;

  /**
   * Root volume: 8 GiB of gp3, the size of the Amazon Linux 2023 AMI's root volume (Amazon Linux
   * 2023 User Guide), the size the cost model prices.
   */
  static final long ROOT_VOLUME_GIB = 8;

  /** The AL2023 AMI's root device (Amazon Linux 2023 User Guide). */
  static final String ROOT_DEVICE = "/dev/xvda";

  /** The public SSM parameter of the latest AL2023 AMI, without the architecture suffix. */
  static final String AL2023_PARAMETER =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-";

  @Override
  public String file() {
    return "ec2.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.services(Service.Platform.EC2).isEmpty();
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder fields =
        ObjectBuilder.object()
            .put("name", Tf.type("string"))
            .put("instance_type", Tf.type("string"))
            .put("architecture", Tf.type("string"))
            .put("min_size", Tf.type("number"))
            .put("max_size", Tf.type("number"))
            .put("desired_capacity", Tf.type("number"))
            .put("zones", Tf.listOfStrings())
            .put("cpu_target", Tf.optional(Tf.type("number")))
            .put("requests_target", Tf.optional(Tf.type("number")))
            .put("warmup_seconds", Tf.type("number"))
            .put("load_balancers", Tf.listOfStrings())
            .put("user_data", Tf.type("string"))
            .put("access", LambdaBlocks.accessType());
    return Body.builder()
        .add(
            Tf.variable(
                "ec2_services",
                "EC2 services by component id: an Auto Scaling group each.",
                Tf.mapOfObjects(fields),
                ObjectBuilder.object().build()))
        .add(
            Tf.required(
                "app_port",
                "Port the application listens on in its instances and pods.",
                Tf.type("number")))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.comment(
        "The latest Amazon Linux 2023 AMI, from its public SSM parameter (AL2023 User Guide).");
    b.add(
        Tf.data(
            "aws_ssm_parameter",
            "al2023",
            x -> {
              x.attr(
                  "for_each",
                  call("toset", forList("s", ref("var.ec2_services"), ref("s.architecture"))));
              x.gap();
              x.attr("name", template(AL2023_PARAMETER, ref("each.key")));
            }));
    Ec2LaunchBlocks.iam(b);
    b.add(
        Tf.resource(
            "aws_security_group",
            "ec2",
            x -> {
              x.ref("for_each", "var.ec2_services");
              x.gap();
              x.ref("name", "each.value.name");
              x.attr("description", template("Instances of ", ref("each.key")));
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.comment("Outbound: package repositories, image registries and AWS APIs, through the NAT.");
    b.add(
        Tf.resource(
            "aws_vpc_security_group_egress_rule",
            "ec2",
            x -> {
              x.ref("for_each", "var.ec2_services");
              x.gap();
              x.ref("security_group_id", "aws_security_group.ec2[each.key].id");
              x.attr("description", "All outbound traffic");
              x.attr("ip_protocol", "-1");
              x.attr("cidr_ipv4", "0.0.0.0/0");
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(LambdaBlocks.accessPolicy("ec2", "var.ec2_services", "aws_iam_role.ec2[each.key].id"));
    b.add(Ec2LaunchBlocks.launchTemplate());
    b.add(group(plan));
    Ec2ScalingBlocks.policies(b, plan);
    return b.build();
  }

  private static Body.Block group(Plan plan) {
    boolean lbs =
        plan.all(LoadBalancer.class).stream().anyMatch(lb -> !plan.ec2Targets(lb).isEmpty());
    return Tf.resource(
        "aws_autoscaling_group",
        "ec2",
        x -> {
          x.ref("for_each", "var.ec2_services");
          x.gap();
          x.ref("name", "each.value.name");
          x.ref("min_size", "each.value.min_size");
          x.ref("max_size", "each.value.max_size");
          x.ref("desired_capacity", "each.value.desired_capacity");
          x.attr("vpc_zone_identifier", NetworkBlocks.privateSubnets(ref("each.value.zones")));
          x.ref("default_instance_warmup", "each.value.warmup_seconds");
          x.ref("health_check_grace_period", "each.value.warmup_seconds");
          if (lbs) {
            x.attr(
                "target_group_arns",
                forList(
                    "lb",
                    ref("each.value.load_balancers"),
                    Expr.at(
                        "aws_lb_target_group.this",
                        template(ref("lb"), "/", ref("each.key")),
                        ".arn")));
            x.attr(
                "health_check_type",
                cond(
                    op(call("length", ref("each.value.load_balancers")), ">", num(0)),
                    str("ELB"),
                    str("EC2")));
          }
          x.gap();
          x.block(
              "launch_template",
              t -> {
                t.ref("id", "aws_launch_template.ec2[each.key].id");
                t.ref("version", "aws_launch_template.ec2[each.key].latest_version");
              });
          x.comment("A new launch template version replaces the instances a few at a time.");
          x.block("instance_refresh", r -> r.attr("strategy", "Rolling"));
          for (String[] tag :
              List.of(
                  new String[] {"Name", "each.value.name"},
                  new String[] {Tf.COMPONENT_TAG, "each.key"})) {
            x.block(
                "tag",
                t -> {
                  t.attr("key", tag[0]);
                  t.ref("value", tag[1]);
                  t.attr("propagate_at_launch", true);
                });
          }
          x.comment(
              "Target tracking moves the desired capacity; Terraform leaves it alone after creation.");
          x.block("lifecycle", l -> l.attr("ignore_changes", list(ref("desired_capacity"))));
        });
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "autoscaling_groups",
                "Auto Scaling group names by EC2 service.",
                forObject("k", "g", ref("aws_autoscaling_group.ec2"), ref("k"), ref("g.name"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    // The module declares app_port without a default whenever any region has EC2 services, so
    // every stamp passes it, also one with no EC2 service of its own.
    module.attr("app_port", ref("var.app_port"));
    List<Service> services = plan.services(Service.Platform.EC2, region);
    if (services.isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    for (Service s : services) {
      all.put(s.id(), service(plan, region, s));
    }
    module.attr("ec2_services", all.build());
  }

  private static Expr service(Plan plan, Region region, Service s) {
    String type = s.instanceType().orElse(Service.DEFAULT_INSTANCE_TYPE);
    int min;
    int max;
    ObjectBuilder o =
        ObjectBuilder.object()
            .put("name", plan.awsName(Limits.EC2_NAME, region, s.id()))
            .put("instance_type", type)
            .put("architecture", Architecture.of(type).ssmSuffix);
    long warmup = DEFAULT_WARMUP_SECONDS;
    Expr cpu = nil();
    Expr requests = nil();
    if (s.scaling() instanceof Service.Scaling.Autoscaled a) {
      min = a.min();
      max = a.max();
      warmup = a.warmup().map(Duration::toSeconds).orElse(DEFAULT_WARMUP_SECONDS);
      if (a.metric() == Service.Metric.CPU) {
        cpu = Expr.num(a.target());
      } else {
        requests = Expr.num(a.target());
      }
    } else {
      min = ((Service.Scaling.Fixed) s.scaling()).instances();
      max = min;
    }
    List<String> lbs = new ArrayList<>();
    for (LoadBalancer lb : plan.terraformLoadBalancers(region)) {
      if (plan.ec2Targets(lb).stream().anyMatch(c -> c.to().equals(s.id()))) {
        lbs.add(lb.id());
      }
    }
    return o.put("min_size", min)
        .put("max_size", max)
        .put("desired_capacity", min)
        .put("zones", Expr.strings(s.zones().stream().map(z -> z.name()).toList()))
        .put("cpu_target", cpu)
        .put("requests_target", requests)
        .put("warmup_seconds", warmup)
        .put("load_balancers", Expr.strings(lbs))
        .put("user_data", ref("var.ec2_user_data[\"" + s.id() + "\"]"))
        .put("access", Access.of(plan, s))
        .build();
  }

  /** The metric an autoscaled service tracks; empty-handed services track none. */
  static Service.Metric metric(Service s) {
    return s.scaling() instanceof Service.Scaling.Autoscaled a ? a.metric() : null;
  }
}
