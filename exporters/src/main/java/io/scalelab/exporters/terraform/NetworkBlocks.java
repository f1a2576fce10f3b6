package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.bool;
import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.forList;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.Optional;

/**
 * The VPC of a region: public, private and database subnets in each zone, an internet gateway, a
 * NAT gateway per zone for the private subnets, and the route tables.
 *
 * <p>Subnets are carved from the VPC CIDR by zone index: public {@code /24}s from the first
 * sixteenth... with a {@code /16}: public {@code x.x.0-15.0/24}, database {@code x.x.16-31.0/24},
 * private {@code /20}s from {@code x.x.32.0} (large, because EKS gives every pod a VPC address).
 */
final class NetworkBlocks implements ModulePart {

  /**
   * Zones a region needs at least when it holds an ALB, an RDS subnet group, EKS or ElastiCache:
   * two (each requires subnets in two zones: ELB User Guide, RDS User Guide "DB subnet groups", EKS
   * User Guide "VPC and subnet requirements").
   */
  static final int MIN_ZONES_MULTI_AZ = 2;

  /** Public subnets: {@code newbits} 8 from the VPC range, index = zone index. */
  static final int PUBLIC_NEWBITS = 8;

  /** Database subnets: {@code newbits} 8, index 16 + zone index (the second sixteenth). */
  static final int DATABASE_OFFSET = 16;

  /** Private subnets: {@code newbits} 4, index 2 + zone index (after the first two sixteenths). */
  static final int PRIVATE_NEWBITS = 4;

  static final int PRIVATE_OFFSET = 2;

  @Override
  public String file() {
    return "network.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return true;
  }

  @Override
  public Body variables(Plan plan) {
    return Body.builder()
        .add(
            Tf.required(
                "name",
                "Prefix of the names in this region, <design>-<region>; also the EKS cluster name.",
                Tf.type("string")))
        .add(Tf.required("vpc_cidr", "IPv4 range of the region's VPC.", Tf.type("string")))
        .add(
            Tf.required(
                "zones",
                "Availability zones the design names in this region; more are taken from the"
                    + " region's list when fewer than min_zones.",
                Tf.listOfStrings()))
        .add(
            Tf.required(
                "min_zones",
                "Fewest zones to spread subnets over (2 where an ALB, RDS, EKS or ElastiCache needs"
                    + " them).",
                Tf.type("number")))
        .add(
            Tf.required(
                "nat_gateways",
                "Whether private subnets get a NAT gateway per zone (instances and nodes pull"
                    + " images and updates through it).",
                Tf.type("bool")))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(Tf.data("aws_partition", "current", x -> {}));
    b.add(Tf.data("aws_availability_zones", "available", x -> x.attr("state", "available")));
    b.comment(
        "The design's zones first, then others of the region until there are min_zones: ALBs,"
            + " RDS\nsubnet groups, EKS and ElastiCache need subnets in two zones.");
    b.block(
        "locals",
        x -> {
          x.attr(
              "zones",
              call(
                  "slice",
                  call(
                      "distinct",
                      call(
                          "concat",
                          ref("var.zones"),
                          ref("data.aws_availability_zones.available.names"))),
                  num(0),
                  call("max", call("length", ref("var.zones")), ref("var.min_zones"))));
          x.attr("zone_index", forObject("i", "z", ref("local.zones"), ref("z"), ref("i")));
        });
    b.add(
        Tf.resource(
            "aws_vpc",
            "this",
            x -> {
              x.ref("cidr_block", "var.vpc_cidr");
              x.attr("enable_dns_hostnames", true);
              x.attr("enable_dns_support", true);
              x.gap();
              Tf.sharedTags(x, ref("var.name"));
            }));
    b.add(
        Tf.resource(
            "aws_internet_gateway",
            "this",
            x -> {
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.sharedTags(x, ref("var.name"));
            }));
    b.add(subnet("public", PUBLIC_NEWBITS, 0, Optional.of("kubernetes.io/role/elb")));
    b.add(
        subnet(
            "private",
            PRIVATE_NEWBITS,
            PRIVATE_OFFSET,
            Optional.of("kubernetes.io/role/internal-elb")));
    b.add(subnet("database", PUBLIC_NEWBITS, DATABASE_OFFSET, Optional.empty()));
    RoutingBlocks.routing(b);
    return b.build();
  }

  /** A subnet per zone; the role tag lets the AWS Load Balancer Controller find them. */
  private static Body.Block subnet(String tier, int newbits, int offset, Optional<String> roleTag) {
    return Tf.resource(
        "aws_subnet",
        tier,
        x -> {
          x.ref("for_each", "local.zone_index");
          x.gap();
          x.ref("vpc_id", "aws_vpc.this.id");
          x.ref("availability_zone", "each.key");
          Expr index = offset == 0 ? ref("each.value") : op(ref("each.value"), "+", num(offset));
          x.attr("cidr_block", call("cidrsubnet", ref("var.vpc_cidr"), num(newbits), index));
          x.gap();
          ObjectBuilder tags =
              ObjectBuilder.object()
                  .put("Name", template(ref("var.name"), "-" + tier + "-", ref("each.key")))
                  .put(Tf.COMPONENT_TAG, Tf.SHARED);
          if (roleTag.isPresent()) {
            tags.put(roleTag.get(), "1");
          }
          x.attr("tags", tags.build());
        });
  }

  /** The ids of the private subnets in {@code zones}, or in every zone when it is empty. */
  static Expr privateSubnets(Expr zones) {
    return forList(
        "z", call("coalescelist", zones, ref("local.zones")), ref("aws_subnet.private[z].id"));
  }

  /** Every subnet id of a tier. */
  static Expr subnets(String tier) {
    return forList("s", ref("aws_subnet." + tier), ref("s.id"));
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(Tf.output("vpc_id", "The region's VPC.", ref("aws_vpc.this.id")))
        .add(
            Tf.output(
                "private_subnet_ids",
                "Private subnets by zone (instances, EKS nodes, internal load balancers).",
                forObject("z", "s", ref("aws_subnet.private"), ref("z"), ref("s.id"))))
        .add(
            Tf.output(
                "public_subnet_ids",
                "Public subnets by zone (internet-facing load balancers, NAT gateways).",
                forObject("z", "s", ref("aws_subnet.public"), ref("z"), ref("s.id"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    module.attr("name", plan.regionalName(region));
    module.attr("vpc_cidr", ref("var.vpc_cidrs[\"" + region.code() + "\"]"));
    module.attr("zones", Expr.strings(plan.zones(region)));
    module.attr("min_zones", num(multiAz(plan, region) ? MIN_ZONES_MULTI_AZ : 1));
    module.attr("nat_gateways", bool(needsNat(plan, region)));
  }

  static boolean multiAz(Plan plan, Region region) {
    return !plan.terraformLoadBalancers(region).isEmpty()
        || !plan.in(Database.class, region).isEmpty()
        || !plan.services(Service.Platform.EKS, region).isEmpty()
        || !plan.in(Cache.class, region).isEmpty()
        || plan.in(KeyValueStore.class, region).stream().anyMatch(k -> k.dax().isPresent())
        || plan.all(Database.class).stream()
            .anyMatch(d -> d.readReplicas().stream().anyMatch(r -> r.region().equals(region)));
  }

  static boolean needsNat(Plan plan, Region region) {
    return !plan.services(Service.Platform.EC2, region).isEmpty()
        || !plan.services(Service.Platform.EKS, region).isEmpty()
        || plan.services(Service.Platform.LAMBDA, region).stream()
            .anyMatch(s -> LambdaBlocks.inVpc(plan, s));
  }
}
