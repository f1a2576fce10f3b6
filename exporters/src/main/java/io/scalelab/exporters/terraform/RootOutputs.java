package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.Region;
import java.util.List;

/** The root {@code outputs.tf}: what the Kubernetes export, the apply step and people need next. */
final class RootOutputs {

  private RootOutputs() {}

  static Body of(Plan plan) {
    Body.Builder b = Body.builder();
    if (!plan.services(Service.Platform.EKS).isEmpty()) {
      b.add(
          Tf.output(
              "eks_clusters",
              "EKS cluster of each region, named <design>-<region>: kubectl's context after aws eks update-kubeconfig.",
              RootFiles.byRegion(plan, "eks_cluster_name")));
      b.add(
          Tf.output(
              "eks_node_groups",
              "EKS node group sizes of each region.",
              RootFiles.byRegion(plan, "eks_node_groups")));
    }
    ObjectBuilder ingress = ObjectBuilder.object();
    boolean any = false;
    for (LoadBalancer lb : plan.all(LoadBalancer.class)) {
      List<String> eks = plan.eksTargets(lb);
      if (!eks.isEmpty()) {
        any = true;
        ingress.put(
            lb.id(),
            ObjectBuilder.object()
                .put("region", lb.region().code())
                .put("services", Expr.strings(eks))
                .put("made_by", "the Kubernetes Ingress, through the AWS Load Balancer Controller")
                .build());
      }
    }
    if (any) {
      b.add(
          Tf.output(
              "ingress_load_balancers",
              "Load balancers of the design that Terraform does not create: the Kubernetes export's Ingress does.",
              ingress.build()));
    }
    if (plan.all(LoadBalancer.class).stream().anyMatch(lb -> !plan.ec2Targets(lb).isEmpty())) {
      b.add(
          Tf.output(
              "load_balancers",
              "DNS names of the load balancers Terraform creates, by region and component id.",
              RootFiles.byRegion(plan, "load_balancer_dns_names")));
    }
    for (Dns d : plan.all(Dns.class)) {
      b.add(
          Tf.output(
              "name_servers",
              "Name servers of the Route 53 zone: set them at the domain's registrar.",
              ref("aws_route53_zone." + Endpoints.resourceName(d.id()) + ".name_servers")));
    }
    if (!plan.all(Cdn.class).isEmpty()) {
      ObjectBuilder cdns = ObjectBuilder.object();
      for (Cdn c : plan.all(Cdn.class)) {
        cdns.put(
            c.id(),
            call(
                "one",
                ref(
                    "aws_cloudfront_distribution."
                        + Endpoints.resourceName(c.id())
                        + "[*].domain_name")));
      }
      b.add(
          Tf.output(
              "cloudfront_domain_names",
              "CloudFront domain names by component id (null until created).",
              cdns.build()));
    }
    ObjectBuilder acls = ObjectBuilder.object();
    boolean regional = false;
    for (Waf w : plan.all(Waf.class)) {
      if (!WafBlocks.cloudFrontScope(plan, w)) {
        for (Region r : WafBlocks.regions(plan, w)) {
          regional = true;
          acls.put(w.id() + "/" + r.code(), WafBlocks.arn(w, r));
        }
      }
    }
    if (regional) {
      b.add(
          Tf.output(
              "waf_acl_arns",
              "Regional WAF ACLs; an Ingress-made load balancer takes its region's ARN in the alb.ingress.kubernetes.io/wafv2-acl-arn annotation.",
              acls.build()));
    }
    if (plan.all(Database.class).stream().anyMatch(d -> d.engine().isAurora())) {
      b.add(
          Tf.output(
              "aurora_endpoints",
              "Aurora writer and reader endpoints, by region.",
              RootFiles.byRegion(plan, "aurora_endpoints")));
    }
    if (plan.all(Database.class).stream().anyMatch(d -> !d.engine().isAurora())) {
      b.add(
          Tf.output(
              "rds_endpoints",
              "RDS endpoints, by region.",
              RootFiles.byRegion(plan, "rds_endpoints")));
    }
    if (!plan.all(Cache.class).isEmpty()) {
      b.add(
          Tf.output(
              "cache_endpoints",
              "ElastiCache endpoints, by region.",
              RootFiles.byRegion(plan, "cache_endpoints")));
    }
    if (!plan.all(Queue.class).isEmpty()) {
      b.add(
          Tf.output(
              "queue_urls", "SQS queue URLs, by region.", RootFiles.byRegion(plan, "queue_urls")));
    }
    return b.build();
  }
}
