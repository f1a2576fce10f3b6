package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The security groups a data store admits: each service that calls it, by key. EC2 and Lambda
 * services have a group each; all EKS pods of a region share the cluster's group, keyed {@value
 * EksBlocks#CLIENT}. Services in another region cannot be named (security groups do not cross
 * regions): they reach the data through their own region's copy.
 */
final class Clients {

  private Clients() {}

  /** The client keys of the services in {@code region} that call {@code id}. */
  static List<String> in(Plan plan, String id, Region region) {
    Set<String> out = new LinkedHashSet<>();
    for (String client : plan.clients(id)) {
      Component c = plan.component(client).orElseThrow();
      if (!c.region().equals(region) || !(c instanceof Service s)) {
        continue;
      }
      if (s.platform() == Service.Platform.EKS) {
        out.add(EksBlocks.CLIENT);
      } else if (s.platform() == Service.Platform.EC2 || LambdaBlocks.inVpc(plan, s)) {
        out.add(s.id());
      }
    }
    return new ArrayList<>(out);
  }

  /** {@code locals { client_security_groups = merge(...) }} over the compute groups present. */
  static Body locals(Plan plan) {
    List<Expr> parts = new ArrayList<>();
    if (!plan.services(Service.Platform.EC2).isEmpty()) {
      parts.add(forObject("k", "sg", ref("aws_security_group.ec2"), ref("k"), ref("sg.id")));
    }
    if (plan.services(Service.Platform.LAMBDA).stream()
        .anyMatch(s -> LambdaBlocks.inVpc(plan, s))) {
      parts.add(forObject("k", "sg", ref("aws_security_group.lambda"), ref("k"), ref("sg.id")));
    }
    if (!plan.services(Service.Platform.EKS).isEmpty()) {
      parts.add(
          forObject(
              "",
              "c",
              ref("aws_eks_cluster.this"),
              Expr.str(EksBlocks.CLIENT),
              ref("c.vpc_config[0].cluster_security_group_id")));
    }
    Body.Builder b = Body.builder();
    b.comment("The security group of each service that may call a data store, by client key.");
    Expr all =
        parts.isEmpty()
            ? io.scalelab.exporters.terraform.hcl.ObjectBuilder.object().build()
            : parts.size() == 1 ? parts.get(0) : new Expr.Call("merge", parts);
    b.block("locals", x -> x.attr("client_security_groups", all));
    return b.build();
  }
}
