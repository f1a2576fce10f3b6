package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Cache;
import io.scalelab.model.region.Region;
import java.util.List;

/**
 * ElastiCache (Redis OSS or Valkey): a replication group per cache with the design's shards and
 * replicas, encrypted at rest and in transit, in the database subnets, reachable from the services
 * that use it only, and a parameter group that sets the design's eviction policy (the default,
 * {@code volatile-lru}, would never evict keys without a TTL).
 */
final class CacheBlocks implements ModulePart {

  /** Redis OSS and Valkey port (ElastiCache User Guide). */
  static final long PORT = 6379;

  /** Parameter group family of Redis OSS 7 (ElastiCache User Guide, "Parameter groups"). */
  static final String REDIS_FAMILY = "redis7";

  /** Parameter group family of Valkey 7 (ElastiCache User Guide, "Parameter groups"). */
  static final String VALKEY_FAMILY = "valkey7";

  @Override
  public String file() {
    return "caches.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.all(Cache.class).isEmpty();
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder fields =
        ObjectBuilder.object()
            .put("id", Tf.type("string"))
            .put("engine", Tf.type("string"))
            .put("family", Tf.type("string"))
            .put("node_type", Tf.type("string"))
            .put("shards", Tf.type("number"))
            .put("replicas_per_shard", Tf.type("number"))
            .put("eviction_policy", Tf.type("string"))
            .put("clients", Tf.listOfStrings());
    return Body.builder()
        .add(
            Tf.variable(
                "caches",
                "ElastiCache replication groups by component id.",
                Tf.mapOfObjects(fields),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Expr any = op(call("length", ref("var.caches")), ">", num(0));
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_elasticache_subnet_group",
            "this",
            x -> {
              x.attr("count", cond(any, num(1), num(0)));
              x.gap();
              x.ref("name", "var.name");
              x.attr("subnet_ids", NetworkBlocks.subnets("database"));
              x.gap();
              Tf.sharedTags(x, ref("var.name"));
            }));
    b.add(
        Tf.resource(
            "aws_elasticache_parameter_group",
            "this",
            x -> {
              x.ref("for_each", "var.caches");
              x.gap();
              x.ref("name", "each.value.id");
              x.ref("family", "each.value.family");
              x.attr("description", template("Cache ", ref("each.key")));
              x.gap();
              x.block(
                  "parameter",
                  p -> {
                    p.attr("name", "maxmemory-policy");
                    p.ref("value", "each.value.eviction_policy");
                  });
              x.comment("Cluster mode when the cache has more than one shard.");
              x.block(
                  "parameter",
                  p -> {
                    p.attr("name", "cluster-enabled");
                    p.attr(
                        "value",
                        cond(op(ref("each.value.shards"), ">", num(1)), str("yes"), str("no")));
                  });
              x.gap();
              Tf.eachTags(x, ref("each.value.id"));
            }));
    b.add(
        Tf.resource(
            "aws_security_group",
            "cache",
            x -> {
              x.ref("for_each", "var.caches");
              x.gap();
              x.attr("name", Tf.eachName("-cache"));
              x.attr("description", template("Cache ", ref("each.key"), ": its clients only"));
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.eachTags(x, Tf.eachName("-cache"));
            }));
    b.block(
        "locals",
        x -> x.attr("cache_clients", Rules.pairs("var.caches", ref("v.clients"), o -> {})));
    b.add(
        Rules.ingressFromGroup(
            "cache",
            "local.cache_clients",
            ref("aws_security_group.cache[each.value.owner].id"),
            ref("local.client_security_groups[each.value.item]"),
            num(PORT),
            template("From ", ref("each.value.item"))));
    b.add(group());
    return b.build();
  }

  private static Body.Block group() {
    Expr replicated = op(ref("each.value.replicas_per_shard"), ">", num(0));
    return Tf.resource(
        "aws_elasticache_replication_group",
        "this",
        x -> {
          x.ref("for_each", "var.caches");
          x.gap();
          x.ref("replication_group_id", "each.value.id");
          x.attr("description", template("Cache ", ref("each.key")));
          x.ref("engine", "each.value.engine");
          x.ref("node_type", "each.value.node_type");
          x.ref("num_node_groups", "each.value.shards");
          x.ref("replicas_per_node_group", "each.value.replicas_per_shard");
          x.ref("parameter_group_name", "aws_elasticache_parameter_group.this[each.key].name");
          x.attr("port", PORT);
          x.comment("A replica takes over when a primary fails, in another zone.");
          x.attr(
              "automatic_failover_enabled",
              op(replicated, "||", op(ref("each.value.shards"), ">", num(1))));
          x.attr("multi_az_enabled", replicated);
          x.attr("at_rest_encryption_enabled", true);
          x.attr("transit_encryption_enabled", true);
          x.ref("subnet_group_name", "aws_elasticache_subnet_group.this[0].name");
          x.attr("security_group_ids", list(ref("aws_security_group.cache[each.key].id")));
          x.gap();
          Tf.eachTags(x, ref("each.value.id"));
        });
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "cache_endpoints",
                "Configuration (cluster mode) or primary endpoint of each cache.",
                forObject(
                    "k",
                    "g",
                    ref("aws_elasticache_replication_group.this"),
                    ref("k"),
                    call(
                        "coalesce",
                        ref("g.configuration_endpoint_address"),
                        ref("g.primary_endpoint_address")))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    List<Cache> caches = plan.in(Cache.class, region);
    if (caches.isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    for (Cache c : caches) {
      all.put(
          c.id(),
          ObjectBuilder.object()
              .put("id", plan.awsName(Limits.ELASTICACHE_ID, region, c.id()))
              .put("engine", c.engine().fileName())
              .put("family", c.engine() == Cache.Engine.VALKEY ? VALKEY_FAMILY : REDIS_FAMILY)
              .put("node_type", c.nodeType())
              .put("shards", c.shards())
              .put("replicas_per_shard", c.replicasPerShard())
              .put("eviction_policy", "allkeys-" + c.eviction().fileName())
              .put("clients", Expr.strings(Clients.in(plan, c.id(), region)))
              .build());
    }
    module.attr("caches", all.build());
  }
}
