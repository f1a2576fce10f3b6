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
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.List;

/**
 * Application Load Balancers in front of EC2 services: the load balancer, a target group per
 * service (weighted as the design shares the traffic), an HTTP listener (redirecting to HTTPS when
 * the user gives a certificate) and the security groups between them. A load balancer whose targets
 * are EKS services is not here: the Kubernetes Ingress creates it through the AWS Load Balancer
 * Controller.
 */
final class LoadBalancerBlocks implements ModulePart {

  /**
   * TLS policy of HTTPS listeners: TLS 1.3 and 1.2 only, the policy Elastic Load Balancing
   * recommends (ELB User Guide, "Security policies for your Application Load Balancer").
   */
  static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

  /**
   * CloudFront's origin-facing addresses, an AWS-managed prefix list (CloudFront Developer Guide).
   */
  static final String CLOUDFRONT_PREFIX_LIST = "com.amazonaws.global.cloudfront.origin-facing";

  /** Weight of a target group when its connection has share 1 (ALB weights are 0 to 999). */
  static final int FULL_WEIGHT = 100;

  @Override
  public String file() {
    return "load_balancers.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return plan.all(LoadBalancer.class).stream().anyMatch(lb -> !plan.ec2Targets(lb).isEmpty());
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder fields =
        ObjectBuilder.object()
            .put("internal", Tf.type("bool"))
            .put("algorithm", Tf.type("string"))
            .put("zones", Tf.listOfStrings())
            .put("cloudfront_only", Tf.type("bool"))
            .put("ingress_cidrs", Tf.listOfStrings())
            .put("targets", Expr.call("map", Tf.type("number")))
            .put("certificate_arn", Tf.optional(Tf.type("string")))
            .put("health_check_path", Tf.type("string"));
    return Body.builder()
        .add(
            Tf.variable(
                "load_balancers",
                "Application Load Balancers by component id; targets maps EC2 service ids to"
                    + " weights.",
                Tf.mapOfObjects(fields),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.block(
        "locals",
        x -> {
          x.attr(
              "lb_targets",
              call(
                  "flatten",
                  new Expr.For(
                      "k",
                      "lb",
                      ref("var.load_balancers"),
                      nil(),
                      forList(
                          "s",
                          call("keys", ref("lb.targets")),
                          ObjectBuilder.object()
                              .put("key", template(ref("k"), "/", ref("s")))
                              .put("owner", ref("k"))
                              .put("service", ref("s"))
                              .build()),
                      nil())));
          x.attr(
              "lb_cidrs",
              call(
                  "flatten",
                  new Expr.For(
                      "k",
                      "lb",
                      ref("var.load_balancers"),
                      nil(),
                      forList(
                          "p",
                          call("setproduct", ref("lb.ingress_cidrs"), list(num(80), num(443))),
                          ObjectBuilder.object()
                              .put("key", template(ref("k"), "/", ref("p[0]"), "/", ref("p[1]")))
                              .put("owner", ref("k"))
                              .put("cidr", ref("p[0]"))
                              .put("port", ref("p[1]"))
                              .build()),
                      nil())));
          x.attr(
              "lb_cloudfront",
              forObject(
                  "k",
                  "lb",
                  ref("var.load_balancers"),
                  ref("k"),
                  ref("lb"),
                  ref("lb.cloudfront_only")));
          x.attr(
              "lb_cloudfront_ports",
              call(
                  "flatten",
                  new Expr.For(
                      "",
                      "k",
                      call("keys", ref("local.lb_cloudfront")),
                      nil(),
                      forList(
                          "port",
                          list(num(80), num(443)),
                          ObjectBuilder.object()
                              .put("key", template(ref("k"), "/", ref("port")))
                              .put("owner", ref("k"))
                              .put("port", ref("port"))
                              .build()),
                      nil())));
        });
    b.add(
        Tf.data(
            "aws_ec2_managed_prefix_list",
            "cloudfront",
            x -> {
              x.attr(
                  "count",
                  cond(
                      op(call("length", ref("local.lb_cloudfront")), ">", num(0)), num(1), num(0)));
              x.gap();
              x.attr("name", CLOUDFRONT_PREFIX_LIST);
            }));
    LoadBalancerRules.securityGroups(b);
    b.add(
        Tf.resource(
            "aws_lb",
            "this",
            x -> {
              x.ref("for_each", "var.load_balancers");
              x.gap();
              x.ref("internal", "each.value.internal");
              x.attr("load_balancer_type", "application");
              x.attr("security_groups", list(ref("aws_security_group.load_balancer[each.key].id")));
              x.attr(
                  "subnets",
                  forList(
                      "z",
                      call("coalescelist", ref("each.value.zones"), ref("local.zones")),
                      cond(
                          ref("each.value.internal"),
                          ref("aws_subnet.private[z].id"),
                          ref("aws_subnet.public[z].id"))));
              x.comment("Requests with malformed headers are dropped, not passed to the targets.");
              x.attr("drop_invalid_header_fields", true);
              x.gap();
              Tf.eachTags(x, Tf.eachName(""));
            }));
    b.add(
        Tf.resource(
            "aws_lb_target_group",
            "this",
            x -> {
              x.attr("for_each", Rules.byKey("local.lb_targets"));
              x.gap();
              x.ref("port", "var.app_port");
              x.attr("protocol", "HTTP");
              x.attr("target_type", "instance");
              x.ref("vpc_id", "aws_vpc.this.id");
              x.attr(
                  "load_balancing_algorithm_type",
                  ref("var.load_balancers[each.value.owner].algorithm"));
              x.gap();
              x.block(
                  "health_check",
                  h -> {
                    h.ref("path", "var.load_balancers[each.value.owner].health_check_path");
                    h.attr("matcher", "200-399");
                  });
              x.gap();
              Tf.tags(
                  x,
                  template(
                      ref("var.name"),
                      "-",
                      ref("each.value.owner"),
                      "-",
                      ref("each.value.service")),
                  ref("each.value.owner"));
            }));
    ListenerBlocks.listeners(b);
    return b.build();
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "load_balancer_dns_names",
                "DNS names of the load balancers Terraform creates, by component id.",
                forObject("k", "lb", ref("aws_lb.this"), ref("k"), ref("lb.dns_name"))))
        .add(
            Tf.output(
                "load_balancer_arns",
                "ARNs of those load balancers (for WAF associations).",
                forObject("k", "lb", ref("aws_lb.this"), ref("k"), ref("lb.arn"))))
        .add(
            Tf.output(
                "load_balancer_zone_ids",
                "Route 53 hosted zone ids of those load balancers (for alias records).",
                forObject("k", "lb", ref("aws_lb.this"), ref("k"), ref("lb.zone_id"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    List<LoadBalancer> lbs = plan.terraformLoadBalancers(region);
    if (lbs.isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    for (LoadBalancer lb : lbs) {
      ObjectBuilder targets = ObjectBuilder.object();
      for (Connection c : plan.ec2Targets(lb)) {
        targets.put(c.to(), Math.round(c.share() * FULL_WEIGHT));
      }
      boolean cloudfront = Endpoints.behindCloudFrontOnly(plan, lb.id());
      Expr cidrs =
          lb.internal()
              ? list(ref("var.vpc_cidrs[\"" + region.code() + "\"]"))
              : cloudfront ? list() : ref("var.allowed_cidrs");
      all.put(
          lb.id(),
          ObjectBuilder.object()
              .put("internal", lb.internal())
              .put("algorithm", lb.algorithm().name().toLowerCase(java.util.Locale.ROOT))
              .put("zones", Expr.strings(lb.zones().stream().map(z -> z.name()).toList()))
              .put("cloudfront_only", cloudfront && !lb.internal())
              .put("ingress_cidrs", cidrs)
              .put("targets", targets.build())
              .put(
                  "certificate_arn",
                  call("lookup", ref("var.certificate_arns"), str(lb.id()), nil()))
              .put("health_check_path", ref("var.health_check_path"))
              .build());
    }
    module.attr("load_balancers", all.build());
  }
}
