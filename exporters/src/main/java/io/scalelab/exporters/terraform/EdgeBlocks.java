package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Route 53 (root module: it is global): the hosted zone of {@code domain_name}, and an alias record
 * per connection out of the design's DNS component, with the design's routing policy (latency,
 * weighted, failover or simple) and, for load balancers under latency, weighted or failover
 * routing, a health check at the design's interval and failure threshold that takes a region out of
 * the answers. When CloudFront uses the zone as its origin, the records are {@code origin.<domain>}
 * and the domain itself points at CloudFront.
 */
final class EdgeBlocks {

  private EdgeBlocks() {}

  /** The name the DNS component's records answer for. */
  static Expr recordName(Plan plan) {
    boolean behindCdn =
        plan.all(Dns.class).stream()
            .anyMatch(
                d ->
                    plan.to(d.id()).stream()
                        .anyMatch(
                            c ->
                                plan.component(c.from())
                                    .filter(Cdn.class::isInstance)
                                    .isPresent()));
    return behindCdn ? template("origin.", ref("var.domain_name")) : ref("var.domain_name");
  }

  /** The ARNs of every distribution, for bucket policies. */
  static Expr distributionArns(Plan plan) {
    List<Expr> parts = new ArrayList<>();
    for (Cdn c : plan.all(Cdn.class)) {
      parts.add(ref("aws_cloudfront_distribution." + Endpoints.resourceName(c.id()) + "[*].arn"));
    }
    return parts.size() == 1 ? parts.get(0) : new Expr.Call("concat", parts);
  }

  /** Throws for records Route 53 cannot route as the design asks. */
  static void check(Plan plan) throws TerraformException {
    for (Dns d : plan.all(Dns.class)) {
      for (Connection c : plan.from(d.id())) {
        for (Component t : Endpoints.resolve(plan, c.to())) {
          if (!(t instanceof LoadBalancer || t instanceof Cdn || t instanceof ApiGateway)) {
            throw new TerraformException(
                "connection '"
                    + c.id()
                    + "': Route 53 points at load balancers, CloudFront or"
                    + " API Gateway in the Terraform export; put one in front of '"
                    + t.id()
                    + "'");
          }
        }
      }
    }
    for (Cdn cdn : plan.all(Cdn.class)) {
      for (Component o : CdnBlocks.origins(plan, cdn)) {
        if (!(o instanceof LoadBalancer
            || o instanceof ApiGateway
            || o instanceof ObjectStore
            || o instanceof Dns)) {
          throw new TerraformException(
              "component '"
                  + cdn.id()
                  + "': CloudFront's origins are load balancers, APIs, buckets"
                  + " or a Route 53 name in the Terraform export; put one in front of '"
                  + o.id()
                  + "'");
        }
      }
    }
    for (Dns d : plan.all(Dns.class)) {
      List<Connection> out = plan.from(d.id());
      if (d.routing() == Dns.Routing.SIMPLE && out.size() > 1) {
        throw new TerraformException(
            "component '"
                + d.id()
                + "': simple routing answers with one alias target; with "
                + out.size()
                + " endpoints use routing latency, weighted or failover");
      }
      for (Connection c : out) {
        for (Component t : Endpoints.resolve(plan, c.to())) {
          if (d.routing() == Dns.Routing.LATENCY && t.region().isGlobal()) {
            throw new TerraformException(
                "connection '"
                    + c.id()
                    + "': latency routing needs a regional endpoint, and '"
                    + t.id()
                    + "' is global");
          }
        }
      }
    }
  }

  static Body blocks(Plan plan) {
    Body.Builder b = Body.builder();
    for (Dns d : plan.all(Dns.class)) {
      String provider = "aws." + Naming.alias(plan.regions.get(0));
      String zone = Endpoints.resourceName(d.id());
      b.add(
          Tf.resource(
              "aws_route53_zone",
              zone,
              x -> {
                x.ref("provider", provider);
                x.gap();
                x.ref("name", "var.domain_name");
                x.gap();
                Tf.tags(x, ref("var.domain_name"), str(d.id()));
              }));
      Set<Region> ingressRegions = new LinkedHashSet<>();
      for (Connection c : plan.from(d.id())) {
        for (Component t : Endpoints.resolve(plan, c.to())) {
          if (Endpoints.ingress(plan, t)) {
            ingressRegions.add(t.region());
          }
          record(plan, d, c, t, provider, b);
        }
      }
      for (Region r : ingressRegions) {
        b.add(
            Tf.data(
                "aws_lb_hosted_zone_id",
                Naming.alias(r),
                x -> {
                  x.ref("provider", provider);
                  x.gap();
                  x.attr("region", r.code());
                  x.attr("load_balancer_type", "application");
                }));
      }
    }
    return b.build();
  }

  private static void record(
      Plan plan, Dns d, Connection c, Component t, String provider, Body.Builder b) {
    String name = Endpoints.resourceName(d.id()) + "_" + Endpoints.resourceName(t.id());
    Optional<Expr> ready = Endpoints.ready(plan, t);
    boolean checked = d.routing() != Dns.Routing.SIMPLE && t instanceof LoadBalancer;
    Expr count = ready.map(r -> cond(r, num(1), num(0))).orElse(null);
    if (checked) {
      b.add(
          Tf.resource(
              "aws_route53_health_check",
              name,
              x -> {
                x.ref("provider", provider);
                if (count != null) {
                  x.attr("count", count);
                }
                x.gap();
                x.attr("fqdn", Endpoints.hostname(plan, t));
                x.attr("type", "HTTP");
                x.attr("port", 80);
                x.ref("resource_path", "var.health_check_path");
                x.attr("request_interval", d.healthCheck().interval().toSeconds());
                x.attr("failure_threshold", d.healthCheck().failureThreshold());
                x.gap();
                Tf.tags(x, str(plan.prefix + "-" + t.id()), str(d.id()));
              }));
    }
    b.add(
        Tf.resource(
            "aws_route53_record",
            name,
            x -> {
              x.ref("provider", provider);
              if (count != null) {
                x.attr("count", count);
              }
              x.gap();
              x.ref("zone_id", "aws_route53_zone." + Endpoints.resourceName(d.id()) + ".zone_id");
              x.attr("name", recordName(plan));
              x.attr("type", "A");
              if (d.routing() != Dns.Routing.SIMPLE) {
                x.attr("set_identifier", t.id());
              }
              if (checked) {
                x.ref(
                    "health_check_id",
                    "aws_route53_health_check." + name + (count != null ? "[0]" : "") + ".id");
              }
              x.gap();
              routing(d, c, t, x);
              x.block(
                  "alias",
                  a -> {
                    a.attr("name", Endpoints.hostname(plan, t));
                    a.attr("zone_id", Endpoints.aliasZone(plan, t));
                    a.attr("evaluate_target_health", !(t instanceof Cdn));
                  });
            }));
  }

  private static void routing(Dns d, Connection c, Component t, Body.Builder x) {
    switch (d.routing()) {
      case LATENCY -> x.block("latency_routing_policy", p -> p.attr("region", t.region().code()));
      case WEIGHTED ->
          x.block("weighted_routing_policy", p -> p.attr("weight", c.weight().orElseThrow()));
      case FAILOVER ->
          x.block(
              "failover_routing_policy", p -> p.attr("type", c.failover().orElseThrow().name()));
      case SIMPLE -> {}
    }
  }
}
