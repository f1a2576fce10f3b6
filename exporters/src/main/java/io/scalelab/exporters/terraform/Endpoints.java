package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Waf;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the global services (Route 53, CloudFront) send traffic: the host name of a load balancer,
 * distribution, API or bucket, as a Terraform expression. A WAF is not an endpoint: traffic passes
 * through it to what it protects.
 */
final class Endpoints {

  private Endpoints() {}

  /** The endpoints behind {@code id}: itself, or through a WAF what the WAF protects. */
  static List<Component> resolve(Plan plan, String id) {
    Component c = plan.component(id).orElseThrow();
    List<Component> out = new ArrayList<>();
    if (c instanceof Waf) {
      plan.from(id).forEach(x -> out.addAll(resolve(plan, x.to())));
    } else {
      out.add(c);
    }
    return out;
  }

  /** Whether an ingress-made load balancer's host name must be given first. */
  static boolean ingress(Plan plan, Component c) {
    return c instanceof LoadBalancer lb && plan.ec2Targets(lb).isEmpty();
  }

  /** The host name of an endpoint. */
  static Expr hostname(Plan plan, Component c) {
    String module = "module." + Naming.module(c.region());
    if (c instanceof LoadBalancer) {
      return ingress(plan, c)
          ? ref("var.ingress_hostnames[\"" + c.id() + "\"]")
          : ref(module + ".load_balancer_dns_names[\"" + c.id() + "\"]");
    }
    if (c instanceof Cdn) {
      return ref(distribution(plan, (Cdn) c) + ".domain_name");
    }
    if (c instanceof ApiGateway) {
      return ref(module + ".api_domain_targets[\"" + c.id() + "\"].name");
    }
    if (c instanceof ObjectStore) {
      return ref(module + ".bucket_domain_names[\"" + c.id() + "\"]");
    }
    throw new IllegalArgumentException("not an endpoint: " + c.id());
  }

  /** The Route 53 zone id to alias an endpoint with. */
  static Expr aliasZone(Plan plan, Component c) {
    String module = "module." + Naming.module(c.region());
    if (c instanceof LoadBalancer) {
      return ingress(plan, c)
          ? ref("data.aws_lb_hosted_zone_id." + Naming.alias(c.region()) + ".id")
          : ref(module + ".load_balancer_zone_ids[\"" + c.id() + "\"]");
    }
    if (c instanceof Cdn) {
      return ref(distribution(plan, (Cdn) c) + ".hosted_zone_id");
    }
    if (c instanceof ApiGateway) {
      return ref(module + ".api_domain_targets[\"" + c.id() + "\"].zone_id");
    }
    throw new IllegalArgumentException("not an alias target: " + c.id());
  }

  /**
   * The condition under which an endpoint exists yet: an ingress load balancer once the user gave
   * its host name, a distribution once its origins exist; empty when it always does.
   */
  static Optional<Expr> ready(Plan plan, Component c) {
    if (ingress(plan, c)) {
      return Optional.of(
          Expr.call("contains", Expr.call("keys", ref("var.ingress_hostnames")), Expr.str(c.id())));
    }
    if (c instanceof Cdn cdn) {
      return CdnBlocks.readiness(plan, cdn);
    }
    return Optional.empty();
  }

  /** The distribution of a CDN: {@code [0]} of it when it waits for its origins (count). */
  static String distribution(Plan plan, Cdn cdn) {
    return "aws_cloudfront_distribution."
        + resourceName(cdn.id())
        + (CdnBlocks.readiness(plan, cdn).isPresent() ? "[0]" : "");
  }

  /** A Terraform resource name for a component id ({@code cache.eu} → {@code cache_eu}). */
  static String resourceName(String id) {
    return id.replaceAll("[^A-Za-z0-9_]", "_");
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
