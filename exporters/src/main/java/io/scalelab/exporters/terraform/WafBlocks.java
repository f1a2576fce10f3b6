package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.Region;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AWS WAF web ACLs. A WAF in front of CloudFront is a {@code CLOUDFRONT} ACL (created in us-east-1,
 * as CloudFront requires) on the distribution; a WAF in front of load balancers is a {@code
 * REGIONAL} ACL in their region, associated with the load balancers Terraform creates (the Ingress
 * attaches it to its own through the {@code alb.ingress.kubernetes.io/wafv2-acl-arn} annotation,
 * with the ARN from the outputs). Rules: three AWS managed rule groups and a rate limit per IP.
 */
final class WafBlocks {

  /** AWS managed rule groups every ACL gets (AWS WAF Developer Guide, "Baseline rule groups"). */
  static final List<String> MANAGED_GROUPS =
      List.of(
          "AWSManagedRulesCommonRuleSet",
          "AWSManagedRulesKnownBadInputsRuleSet",
          "AWSManagedRulesAmazonIpReputationList");

  /**
   * Default requests one IP may send in 5 minutes before it is blocked: 2,000, an assumption (the
   * example limit of the AWS WAF Developer Guide, "Rate-based rule statement").
   */
  static final long DEFAULT_RATE_LIMIT = 2000;

  private WafBlocks() {}

  /** Whether the WAF protects a CloudFront distribution. */
  static boolean cloudFrontScope(Plan plan, Waf waf) {
    return plan.from(waf.id()).stream()
        .anyMatch(c -> plan.component(c.to()).filter(Cdn.class::isInstance).isPresent());
  }

  /** The regions of the regional endpoints a WAF protects. */
  static Set<Region> regions(Plan plan, Waf waf) {
    Set<Region> out = new LinkedHashSet<>();
    for (Component c : Endpoints.resolve(plan, waf.id())) {
      if (!c.region().isGlobal()) {
        out.add(c.region());
      }
    }
    return out;
  }

  /** The ACL's resource name: one per region, or one for CloudFront (no region). */
  static String name(Waf waf, Optional<Region> region) {
    return Endpoints.resourceName(waf.id()) + region.map(r -> "_" + Naming.alias(r)).orElse("");
  }

  static Body blocks(Plan plan) {
    Body.Builder b = Body.builder();
    for (Waf waf : plan.all(Waf.class)) {
      if (cloudFrontScope(plan, waf)) {
        b.add(acl(plan, waf, Optional.empty()));
        continue;
      }
      for (Region r : regions(plan, waf)) {
        b.add(acl(plan, waf, Optional.of(r)));
        for (Component c : Endpoints.resolve(plan, waf.id())) {
          if (c instanceof LoadBalancer && c.region().equals(r) && !Endpoints.ingress(plan, c)) {
            b.add(
                Tf.resource(
                    "aws_wafv2_web_acl_association",
                    name(waf, Optional.of(r)) + "_" + Endpoints.resourceName(c.id()),
                    x -> {
                      x.ref("provider", "aws." + Naming.alias(r));
                      x.gap();
                      x.ref(
                          "resource_arn",
                          "module." + Naming.module(r) + ".load_balancer_arns[\"" + c.id() + "\"]");
                      x.ref(
                          "web_acl_arn", "aws_wafv2_web_acl." + name(waf, Optional.of(r)) + ".arn");
                    }));
          }
        }
      }
    }
    return b.build();
  }

  private static Body.Block acl(Plan plan, Waf waf, Optional<Region> region) {
    String provider = region.map(r -> "aws." + Naming.alias(r)).orElse("aws.us_east_1");
    String metric = plan.prefix + "-" + Endpoints.resourceName(waf.id());
    return Tf.resource(
        "aws_wafv2_web_acl",
        name(waf, region),
        x -> {
          x.ref("provider", provider);
          x.gap();
          x.attr("name", region.map(r -> metric + "-" + r.code()).orElse(metric));
          x.attr("scope", region.isPresent() ? "REGIONAL" : "CLOUDFRONT");
          x.gap();
          x.block("default_action", a -> a.block("allow", y -> {}));
          int priority = 0;
          for (String group : MANAGED_GROUPS) {
            int p = ++priority;
            x.block(
                "rule",
                r -> {
                  r.attr("name", group);
                  r.attr("priority", p);
                  r.gap();
                  r.block("override_action", o -> o.block("none", y -> {}));
                  r.block(
                      "statement",
                      s ->
                          s.block(
                              "managed_rule_group_statement",
                              m -> {
                                m.attr("name", group);
                                m.attr("vendor_name", "AWS");
                              }));
                  visibility(r, group);
                });
          }
          int last = ++priority;
          x.block(
              "rule",
              r -> {
                r.attr("name", "rate-limit-per-ip");
                r.attr("priority", last);
                r.gap();
                r.block("action", a -> a.block("block", y -> {}));
                r.block(
                    "statement",
                    s ->
                        s.block(
                            "rate_based_statement",
                            m -> {
                              m.ref("limit", "var.waf_rate_limit");
                              m.attr("aggregate_key_type", "IP");
                            }));
                visibility(r, "rate-limit-per-ip");
              });
          visibility(x, metric);
          x.gap();
          Tf.tags(x, str(metric), str(waf.id()));
        });
  }

  private static void visibility(Body.Builder b, String metric) {
    b.block(
        "visibility_config",
        v -> {
          v.attr("cloudwatch_metrics_enabled", true);
          v.attr("metric_name", metric);
          v.attr("sampled_requests_enabled", true);
        });
  }

  /** The ACL's ARN output for the Ingress annotation. */
  static Expr arn(Waf waf, Region region) {
    return ref("aws_wafv2_web_acl." + name(waf, Optional.of(region)) + ".arn");
  }
}
