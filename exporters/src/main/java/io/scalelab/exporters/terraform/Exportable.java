package io.scalelab.exporters.terraform;

import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.Service;

/** The designs the export refuses, each with one line that says why and what to change. */
final class Exportable {

  private Exportable() {}

  /** Throws on the first part of the design that cannot be written as Terraform. */
  static void check(Plan plan) throws TerraformException {
    LambdaLimits.check(plan);
    ApiGatewayBlocks.check(plan);
    EdgeBlocks.check(plan);
    for (Database d : plan.all(Database.class)) {
      if (d.multiAz() == Database.MultiAz.CLUSTER && !d.engine().isAurora()) {
        throw new TerraformException(
            "component '"
                + d.id()
                + "': multiAz: cluster (a Multi-AZ DB cluster of RDS "
                + d.engine().fileName()
                + ") is not exported to Terraform yet; use multiAz: true (a Multi-AZ DB instance)"
                + " or an Aurora engine");
      }
    }
    for (Service s : plan.services(Service.Platform.EC2)) {
      if (Ec2Blocks.metric(s) == Service.Metric.REQUEST_RATE
          && plan.terraformLoadBalancers(s.region()).stream()
              .noneMatch(lb -> plan.ec2Targets(lb).stream().anyMatch(c -> c.to().equals(s.id())))) {
        throw new TerraformException(
            "component '"
                + s.id()
                + "': autoscaling.metric request-rate needs a load balancer in front (EC2 Auto"
                + " Scaling tracks the ALB's requests per target); connect one or scale on cpu");
      }
    }
    for (Cache c : plan.all(Cache.class)) {
      if (c.engine() == Cache.Engine.MEMCACHED) {
        throw new TerraformException(
            "component '"
                + c.id()
                + "': engine memcached is not exported to Terraform: ElastiCache for Memcached"
                + " cannot encrypt data at rest; use redis or valkey");
      }
    }
    for (Dns d : plan.all(Dns.class)) {
      if (plan.from(d.id()).isEmpty()) {
        throw new TerraformException(
            "component '" + d.id() + "': a DNS zone with no records (connect it to an endpoint)");
      }
    }
  }
}
