package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.forList;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Waf;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Root variables of the global side: domain, certificates, ingress host names, CDN paths, WAF. */
final class EdgeVariables {

  /** An ACM certificate ARN (AWS Certificate Manager API reference). */
  static final String ACM_ARN = "^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+";

  private EdgeVariables() {}

  static void add(Plan plan, Body.Builder b) {
    boolean dns = !plan.all(Dns.class).isEmpty();
    if (dns) {
      b.add(
          Tf.required(
              "domain_name",
              "The domain the Route 53 zone serves, like shop.example.com; point its registrar at the zone's name servers (output name_servers).",
              Tf.type("string"),
              Tf.checks(
                  RootVariables.check(
                      call(
                          "can",
                          call(
                              "regex",
                              str("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"),
                              ref("var.domain_name"))),
                      "Give a lower-case domain name like shop.example.com."))));
    }
    if (dns && !plan.all(Cdn.class).isEmpty()) {
      b.add(
          Tf.variable(
              "cloudfront_certificate_arn",
              "ACM certificate for domain_name in us-east-1 (CloudFront's region); null serves the CDN on its cloudfront.net name only, and the domain's alias to it will not answer.",
              Tf.type("string"),
              nil(),
              Tf.checks(acm("var.cloudfront_certificate_arn", true))));
    }
    List<String> apis = new ArrayList<>();
    for (ApiGateway a : plan.all(ApiGateway.class)) {
      if (ApiGatewayBlocks.behindDns(plan, a)) {
        apis.add(a.id());
      }
    }
    boolean lbs =
        plan.all(LoadBalancer.class).stream().anyMatch(lb -> !plan.ec2Targets(lb).isEmpty());
    if (lbs || !apis.isEmpty()) {
      List<Expr[]> checks = new ArrayList<>();
      checks.add(
          RootVariables.check(
              call(
                  "alltrue",
                  forList(
                      "v",
                      call("values", ref("var.certificate_arns")),
                      call("can", call("regex", str(ACM_ARN), ref("v"))))),
              "Each certificate is an ACM certificate ARN."));
      if (!apis.isEmpty()) {
        checks.add(RootVariables.present("certificate_arns", apis));
      }
      b.add(
          Tf.variable(
              "certificate_arns",
              "ACM certificates by component id, in the component's region: a load balancer with one listens on HTTPS (HTTP redirects to it)"
                  + (apis.isEmpty()
                      ? "."
                      : "; an API that Route 53 points at needs one for its custom domain."),
              call("map", Tf.type("string")),
              // Required when an API needs a certificate for its custom domain.
              apis.isEmpty() ? Optional.of(ObjectBuilder.object().build()) : Optional.empty(),
              checks));
    }
    Set<String> ingress = new LinkedHashSet<>();
    for (Component c : globalTargets(plan)) {
      if (Endpoints.ingress(plan, c)) {
        ingress.add(c.id());
      }
    }
    if (!ingress.isEmpty()) {
      b.add(
          Tf.variable(
              "ingress_hostnames",
              "DNS names of the load balancers the Kubernetes Ingress creates ("
                  + String.join(", ", ingress)
                  + "), by component id (kubectl get ingress shows them). Route 53 records and CloudFront origins that point at them are created once they are given: apply, apply the Kubernetes export, then set these and apply again.",
              call("map", Tf.type("string")),
              ObjectBuilder.object().build()));
    }
    List<String> paths = new ArrayList<>();
    for (Cdn cdn : plan.all(Cdn.class)) {
      List<Component> origins = CdnBlocks.origins(plan, cdn);
      boolean dynamic = origins.stream().anyMatch(o -> !(o instanceof ObjectStore));
      for (Component o : origins) {
        if (o instanceof ObjectStore && (dynamic || o != origins.get(0))) {
          paths.add(o.id());
        }
      }
    }
    if (!paths.isEmpty()) {
      b.add(
          Tf.required(
              "cdn_path_patterns",
              "Path pattern CloudFront serves from each bucket, by component id, like /assets/*; other paths go to the dynamic origin.",
              call("map", Tf.type("string")),
              Tf.checks(RootVariables.present("cdn_path_patterns", paths))));
    }
    if (!plan.all(Waf.class).isEmpty()) {
      b.add(
          Tf.variable(
              "waf_rate_limit",
              "Requests one IP address may send in 5 minutes before the WAF blocks it.",
              Tf.type("number"),
              Expr.num(WafBlocks.DEFAULT_RATE_LIMIT),
              Tf.checks(
                  RootVariables.check(
                      op(ref("var.waf_rate_limit"), ">=", Expr.num(100)),
                      "AWS WAF rate limits start at 100."))));
    }
  }

  private static Expr[] acm(String var, boolean nullable) {
    Expr ok = call("can", call("regex", str(ACM_ARN), ref(var)));
    return RootVariables.check(
        nullable ? op(op(ref(var), "==", nil()), "||", ok) : ok,
        "Give an ACM certificate ARN, like arn:aws:acm:us-east-1:123456789012:certificate/...");
  }

  /** Everything Route 53 and CloudFront send traffic to. */
  static List<Component> globalTargets(Plan plan) {
    List<Component> out = new ArrayList<>();
    for (Dns d : plan.all(Dns.class)) {
      plan.from(d.id()).forEach(c -> out.addAll(Endpoints.resolve(plan, c.to())));
    }
    for (Cdn c : plan.all(Cdn.class)) {
      out.addAll(CdnBlocks.origins(plan, c));
    }
    return out;
  }
}
