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
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Waf;
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
    securityGroups(b);
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
    listeners(b);
    return b.build();
  }

  private static void securityGroups(Body.Builder b) {
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

  private static void listeners(Body.Builder b) {
    Expr plain = op(ref("each.value.certificate_arn"), "==", nil());
    b.comment("HTTP forwards to the targets; with a certificate it redirects to HTTPS instead.");
    b.add(
        Tf.resource(
            "aws_lb_listener",
            "http",
            x -> {
              x.ref("for_each", "var.load_balancers");
              x.gap();
              x.ref("load_balancer_arn", "aws_lb.this[each.key].arn");
              x.attr("port", 80);
              x.attr("protocol", "HTTP");
              x.gap();
              x.block(
                  "default_action",
                  a -> {
                    a.attr("type", cond(plain, str("forward"), str("redirect")));
                    a.gap();
                    a.block(
                        "dynamic",
                        List.of("forward"),
                        d -> {
                          d.attr("for_each", cond(plain, list(num(1)), list()));
                          d.gap();
                          d.block("content", LoadBalancerBlocks::weightedTargets);
                        });
                    a.block(
                        "dynamic",
                        List.of("redirect"),
                        d -> {
                          d.attr("for_each", cond(plain, list(), list(num(1))));
                          d.gap();
                          d.block(
                              "content",
                              c -> {
                                c.attr("port", "443");
                                c.attr("protocol", "HTTPS");
                                c.attr("status_code", "HTTP_301");
                              });
                        });
                  });
              x.gap();
              Tf.eachTags(x, Tf.eachName("-http"));
            }));
    b.add(
        Tf.resource(
            "aws_lb_listener",
            "https",
            x -> {
              x.attr(
                  "for_each",
                  forObject(
                      "k",
                      "lb",
                      ref("var.load_balancers"),
                      ref("k"),
                      ref("lb"),
                      op(ref("lb.certificate_arn"), "!=", nil())));
              x.gap();
              x.ref("load_balancer_arn", "aws_lb.this[each.key].arn");
              x.attr("port", 443);
              x.attr("protocol", "HTTPS");
              x.attr("ssl_policy", TLS_POLICY);
              x.ref("certificate_arn", "each.value.certificate_arn");
              x.gap();
              x.block(
                  "default_action",
                  a -> {
                    a.attr("type", "forward");
                    a.gap();
                    a.block("forward", LoadBalancerBlocks::weightedTargets);
                  });
              x.gap();
              Tf.eachTags(x, Tf.eachName("-https"));
            }));
  }

  /** The target groups of a listener, weighted as the design shares the traffic. */
  private static void weightedTargets(Body.Builder f) {
    f.block(
        "dynamic",
        List.of("target_group"),
        d -> {
          d.ref("for_each", "each.value.targets");
          d.gap();
          d.block(
              "content",
              c -> {
                c.attr(
                    "arn",
                    Expr.at(
                        "aws_lb_target_group.this",
                        template(ref("each.key"), "/", ref("target_group.key")),
                        ".arn"));
                c.ref("weight", "target_group.value");
              });
        });
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
      boolean cloudfront = behindCloudFrontOnly(plan, lb.id());
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

  /** Whether every caller of a component is CloudFront (directly, or through a WAF in front). */
  static boolean behindCloudFrontOnly(Plan plan, String id) {
    List<Connection> in = plan.to(id);
    if (in.isEmpty()) {
      return false;
    }
    for (Connection c : in) {
      Component caller = plan.component(c.from()).orElseThrow();
      if (caller instanceof Waf) {
        if (!behindCloudFrontOnly(plan, caller.id())) {
          return false;
        }
      } else if (!(caller instanceof Cdn)) {
        return false;
      }
    }
    return true;
  }
}
