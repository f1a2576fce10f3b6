package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.HclWriter;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.Region;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The root module's files: versions, providers, main (stamps and global services), outputs. */
final class RootFiles {

  /**
   * Terraform 1.5 or newer: optional object attributes (1.3) and the settled for_each/import
   * behaviour the files rely on.
   */
  static final String TERRAFORM_VERSION = ">= 1.5.0";

  /**
   * The AWS provider: any 5.x from 5.23 (the schema ScaleLab checks the files against is
   * hashicorp/aws 5.23.1); {@code terraform init} picks the newest 5.x.
   */
  static final String AWS_PROVIDER_VERSION = "~> 5.23";

  /** CloudFront's WAF and certificates live in us-east-1 (CloudFront Developer Guide). */
  static final Region CLOUDFRONT_REGION = new Region("us-east-1");

  private RootFiles() {}

  static void write(Plan plan, List<ModulePart> parts, Map<String, String> files) {
    files.put("versions.tf", HclWriter.file(versions(true)));
    files.put("providers.tf", HclWriter.file(providers(plan)));
    files.put("main.tf", HclWriter.file(main(plan, parts)));
    files.put("variables.tf", HclWriter.file(RootVariables.of(plan)));
    files.put("outputs.tf", HclWriter.file(RootOutputs.of(plan)));
  }

  static Body versions(boolean root) {
    return Body.builder()
        .block(
            "terraform",
            t -> {
              if (root) {
                t.attr("required_version", TERRAFORM_VERSION);
                t.gap();
              }
              t.block(
                  "required_providers",
                  p ->
                      p.attr(
                          "aws",
                          ObjectBuilder.object()
                              .put("source", "hashicorp/aws")
                              .put("version", AWS_PROVIDER_VERSION)
                              .build()));
            })
        .build();
  }

  /** The regions with a provider: every stamped region, and us-east-1 for a CloudFront WAF. */
  static Set<Region> providerRegions(Plan plan) {
    Set<Region> out = new LinkedHashSet<>(plan.regions);
    if (plan.all(Waf.class).stream().anyMatch(w -> WafBlocks.cloudFrontScope(plan, w))) {
      out.add(CLOUDFRONT_REGION);
    }
    return out;
  }

  static Body providers(Plan plan) {
    Body.Builder b = Body.builder();
    b.comment(
        "One provider per region. Every resource is tagged with the design through default_tags,\n"
            + "and with the component it implements through its own tags.");
    for (Region r : providerRegions(plan)) {
      b.block(
          "provider",
          List.of("aws"),
          p -> {
            p.attr("alias", Naming.alias(r));
            p.attr("region", r.code());
            p.gap();
            p.block(
                "default_tags",
                d ->
                    d.attr(
                        "tags",
                        ObjectBuilder.object()
                            .put(Tf.DESIGN_TAG, plan.design.name())
                            .put("scalelab:managed-by", "terraform")
                            .build()));
          });
    }
    return b.build();
  }

  static Body main(Plan plan, List<ModulePart> parts) {
    Body.Builder b = Body.builder();
    String primary = "aws." + Naming.alias(plan.regions.get(0));
    boolean arns = false;
    for (Service s : plan.all(Service.class)) {
      if (s.platform() != Service.Platform.EKS
          && Access.of(plan, s) instanceof io.scalelab.exporters.terraform.hcl.Expr.Tuple t
          && !t.items().isEmpty()) {
        arns = true;
      }
    }
    if (arns) {
      b.comment("The account and partition, to name the ARNs the services' permissions grant.");
      b.add(Tf.data("aws_caller_identity", "current", x -> x.ref("provider", primary)));
      b.add(Tf.data("aws_partition", "current", x -> x.ref("provider", primary)));
      b.block(
          "locals",
          x -> {
            x.ref("account_id", "data.aws_caller_identity.current.account_id");
            x.ref("partition", "data.aws_partition.current.partition");
          });
    }
    for (Region r : plan.regions) {
      b.comment("The regional stamp in " + r.code() + ": the same module in every region.");
      b.block(
          "module",
          List.of(Naming.module(r)),
          m -> {
            m.attr("source", "./modules/region");
            m.attr(
                "providers",
                ObjectBuilder.object().put("aws", ref("aws." + Naming.alias(r))).build());
            m.gap();
            for (ModulePart part : parts) {
              part.inputs(plan, r, m);
            }
          });
    }
    for (LoadBalancer lb : plan.all(LoadBalancer.class)) {
      List<String> eks = plan.eksTargets(lb);
      if (eks.isEmpty()) {
        continue;
      }
      String services = String.join(", ", eks);
      b.comment(
          plan.ec2Targets(lb).isEmpty()
              ? "Load balancer '"
                  + lb.id()
                  + "' (in front of "
                  + services
                  + ") is not here: the Kubernetes\nIngress of those services makes it, through"
                  + " the AWS Load Balancer Controller."
              : "Load balancer '"
                  + lb.id()
                  + "' is here for its EC2 services only; its EKS services ("
                  + services
                  + ")\nare reached through the load balancer their Kubernetes Ingress makes.");
    }
    b.addAll(WafBlocks.blocks(plan));
    b.addAll(CdnBlocks.blocks(plan));
    b.addAll(EdgeBlocks.blocks(plan));
    return b.build();
  }

  /** {@code { for k, v in module.X.out : ... }} shortcut for outputs across regions. */
  static Expr byRegion(Plan plan, String output) {
    ObjectBuilder o = ObjectBuilder.object();
    for (Region r : plan.regions) {
      o.put(r.code(), ref("module." + Naming.module(r) + "." + output));
    }
    return o.build();
  }
}
