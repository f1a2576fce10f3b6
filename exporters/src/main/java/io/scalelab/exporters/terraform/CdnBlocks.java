package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Waf;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CloudFront distributions (root module: CloudFront is global). Each design origin becomes an
 * origin: a bucket through origin access control, anything else as a custom origin (a Route 53 name
 * with latency routing, a load balancer, an API). The first non-bucket origin takes the default
 * behaviour, cached for the design's TTL; buckets are served under the path pattern the user sets.
 */
final class CdnBlocks {

  /** The most a cache policy may keep an object: one year (CloudFront Developer Guide). */
  static final long MAX_TTL_SECONDS = 31_536_000;

  /** Managed origin request policy forwarding all viewer values but Host (CloudFront docs). */
  static final String ORIGIN_REQUEST_POLICY = "Managed-AllViewerExceptHostHeader";

  private CdnBlocks() {}

  /** Origins of a CDN: its targets, through WAFs. */
  static List<Component> origins(Plan plan, Cdn cdn) {
    List<Component> out = new ArrayList<>();
    for (Connection c : plan.from(cdn.id())) {
      out.addAll(Endpoints.resolve(plan, c.to()));
    }
    return out;
  }

  /** Root blocks of every CDN. */
  static Body blocks(Plan plan) {
    Body.Builder b = Body.builder();
    List<Cdn> cdns = plan.all(Cdn.class);
    if (cdns.isEmpty()) {
      return b.build();
    }
    String provider = "aws." + Naming.alias(plan.regions.get(0));
    b.add(
        Tf.data(
            "aws_cloudfront_origin_request_policy",
            "all_viewer_except_host",
            x -> {
              x.ref("provider", provider);
              x.attr("name", ORIGIN_REQUEST_POLICY);
            }));
    boolean buckets =
        cdns.stream()
            .anyMatch(c -> origins(plan, c).stream().anyMatch(ObjectStore.class::isInstance));
    if (buckets) {
      b.add(
          Tf.resource(
              "aws_cloudfront_origin_access_control",
              "s3",
              x -> {
                x.ref("provider", provider);
                x.gap();
                x.attr("name", Expr.template(plan.prefix, "-s3"));
                x.attr("origin_access_control_origin_type", "s3");
                x.attr("signing_behavior", "always");
                x.attr("signing_protocol", "sigv4");
              }));
    }
    for (Cdn cdn : cdns) {
      cachePolicy(plan, cdn, provider, b);
      b.add(distribution(plan, cdn, provider));
    }
    return b.build();
  }

  private static void cachePolicy(Plan plan, Cdn cdn, String provider, Body.Builder b) {
    long ttl = cdn.ttl().toSeconds();
    b.comment("Objects stay at the edge for the design's TTL unless the origin says otherwise.");
    b.add(
        Tf.resource(
            "aws_cloudfront_cache_policy",
            Endpoints.resourceName(cdn.id()),
            x -> {
              x.ref("provider", provider);
              x.gap();
              x.attr("name", plan.prefix + "-" + Endpoints.resourceName(cdn.id()));
              x.attr("default_ttl", ttl);
              x.attr("min_ttl", 0);
              x.attr("max_ttl", Math.max(ttl, MAX_TTL_SECONDS));
              x.gap();
              x.block(
                  "parameters_in_cache_key_and_forwarded_to_origin",
                  p -> {
                    p.attr("enable_accept_encoding_brotli", true);
                    p.attr("enable_accept_encoding_gzip", true);
                    p.gap();
                    p.block("cookies_config", c -> c.attr("cookie_behavior", "none"));
                    p.block("headers_config", c -> c.attr("header_behavior", "none"));
                    p.block("query_strings_config", c -> c.attr("query_string_behavior", "all"));
                  });
            }));
  }

  private static Body.Block distribution(Plan plan, Cdn cdn, String provider) {
    List<Component> origins = origins(plan, cdn);
    Optional<Component> dynamic =
        origins.stream().filter(o -> !(o instanceof ObjectStore)).findFirst();
    Component main = dynamic.orElse(origins.get(0));
    Optional<Expr> ready = readiness(plan, cdn);
    Optional<Dns> dns = plan.all(Dns.class).stream().findFirst();
    boolean aliased = dns.isPresent();
    return Tf.resource(
        "aws_cloudfront_distribution",
        Endpoints.resourceName(cdn.id()),
        x -> {
          x.ref("provider", provider);
          if (ready.isPresent()) {
            x.comment("Created once the origins' host names are known (see ingress_hostnames).");
            x.attr("count", cond(ready.get(), num(1), num(0)));
          }
          x.gap();
          x.attr("enabled", true);
          x.attr("is_ipv6_enabled", true);
          x.attr("http_version", "http2and3");
          x.attr("comment", plan.prefix + " " + cdn.id());
          if (aliased) {
            x.attr(
                "aliases",
                cond(
                    op(ref("var.cloudfront_certificate_arn"), "==", nil()),
                    list(),
                    list(ref("var.domain_name"))));
          }
          plan.all(Waf.class).stream()
              .filter(w -> WafBlocks.cloudFrontScope(plan, w))
              .findFirst()
              .ifPresent(
                  w ->
                      x.ref(
                          "web_acl_id",
                          "aws_wafv2_web_acl." + Endpoints.resourceName(w.id()) + ".arn"));
          x.gap();
          for (Component o : origins) {
            x.block("origin", ob -> origin(plan, o, ob));
          }
          x.block(
              "default_cache_behavior",
              d -> {
                d.attr("target_origin_id", main.id());
                d.attr("viewer_protocol_policy", "redirect-to-https");
                d.attr(
                    "allowed_methods",
                    main instanceof ObjectStore
                        ? Expr.strings(List.of("GET", "HEAD"))
                        : Expr.strings(
                            List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")));
                d.attr("cached_methods", Expr.strings(List.of("GET", "HEAD")));
                d.ref(
                    "cache_policy_id",
                    "aws_cloudfront_cache_policy." + Endpoints.resourceName(cdn.id()) + ".id");
                if (!(main instanceof ObjectStore)) {
                  d.ref(
                      "origin_request_policy_id",
                      "data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id");
                }
                d.attr("compress", true);
              });
          for (Component o : origins) {
            if (o instanceof ObjectStore && o != main) {
              x.block(
                  "ordered_cache_behavior",
                  d -> {
                    d.attr("path_pattern", ref("var.cdn_path_patterns[\"" + o.id() + "\"]"));
                    d.attr("target_origin_id", o.id());
                    d.attr("viewer_protocol_policy", "redirect-to-https");
                    d.attr("allowed_methods", Expr.strings(List.of("GET", "HEAD")));
                    d.attr("cached_methods", Expr.strings(List.of("GET", "HEAD")));
                    d.ref(
                        "cache_policy_id",
                        "aws_cloudfront_cache_policy." + Endpoints.resourceName(cdn.id()) + ".id");
                    d.attr("compress", true);
                  });
            }
          }
          x.block(
              "restrictions",
              r -> r.block("geo_restriction", g -> g.attr("restriction_type", "none")));
          x.block("viewer_certificate", v -> certificate(v, aliased));
          x.gap();
          Tf.tags(x, str(plan.prefix + "-" + cdn.id()), str(cdn.id()));
        });
  }

  private static void certificate(Body.Builder v, boolean aliased) {
    if (!aliased) {
      v.attr("cloudfront_default_certificate", true);
      return;
    }
    Expr none = op(ref("var.cloudfront_certificate_arn"), "==", nil());
    v.attr("cloudfront_default_certificate", none);
    v.ref("acm_certificate_arn", "var.cloudfront_certificate_arn");
    v.attr("ssl_support_method", cond(none, nil(), str("sni-only")));
    v.attr("minimum_protocol_version", cond(none, str("TLSv1"), str("TLSv1.2_2021")));
  }

  private static void origin(Plan plan, Component o, Body.Builder b) {
    b.attr("origin_id", o.id());
    if (o instanceof ObjectStore) {
      b.attr("domain_name", Endpoints.hostname(plan, o));
      b.ref("origin_access_control_id", "aws_cloudfront_origin_access_control.s3.id");
      return;
    }
    b.attr(
        "domain_name",
        o instanceof Dns ? EdgeBlocks.recordName(plan) : Endpoints.hostname(plan, o));
    b.gap();
    b.comment(
        "The origin speaks HTTP; put a certificate on it and switch to https-only for TLS end to end.");
    b.block(
        "custom_origin_config",
        c -> {
          c.attr("http_port", 80);
          c.attr("https_port", 443);
          c.attr("origin_protocol_policy", "http-only");
          c.attr("origin_ssl_protocols", Expr.strings(List.of("TLSv1.2")));
        });
  }

  /** When a distribution can be made: once every origin's host name is known; empty if always. */
  static Optional<Expr> readiness(Plan plan, Cdn cdn) {
    List<Expr> ready = new ArrayList<>();
    origins(plan, cdn).forEach(o -> Endpoints.ready(plan, o).ifPresent(ready::add));
    return ready.isEmpty() ? Optional.empty() : Optional.of(and(ready));
  }

  private static Expr and(List<Expr> parts) {
    Expr e = parts.get(0);
    for (Expr p : parts.subList(1, parts.size())) {
      e = op(e, "&&", p);
    }
    return e;
  }
}
