package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Database;
import io.scalelab.model.region.Region;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Aurora. A cluster whose replicas stay in its region is one cluster: a writer and a reader per
 * replica (and one reader in another zone for Multi-AZ when the design names no replica). Replicas
 * in other regions make it an Aurora global database: the primary cluster in its region, a
 * secondary cluster per other region through that region's stamp and provider, with write
 * forwarding so services there connect to their own region (Aurora User Guide, "Using Amazon Aurora
 * Global Database" and "Using write forwarding in an Aurora PostgreSQL global database").
 */
final class AuroraBlocks implements ModulePart {

  @Override
  public String file() {
    return "aurora.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return plan.all(Database.class).stream().anyMatch(d -> d.engine().isAurora());
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder fields =
        ObjectBuilder.object()
            .put("identifier", Tf.type("string"))
            .put("engine", Tf.type("string"))
            .put("engine_version", Tf.type("string"))
            .put("instances", Expr.call("map", Tf.type("string")))
            .put("global_cluster", Tf.optional(Tf.type("string")))
            .put("create_global_cluster", Tf.type("bool"))
            .put("secondary", Tf.type("bool"));
    return Body.builder()
        .add(
            Tf.variable(
                "aurora_clusters",
                "Aurora clusters in this region by component id; instances maps instance"
                    + " identifiers to classes (the first is the writer of a primary).",
                Tf.mapOfObjects(fields),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.block(
        "locals",
        x ->
            x.attr(
                "aurora_instances",
                Rules.pairs(
                    "var.aurora_clusters",
                    Expr.call("keys", ref("v.instances")),
                    o -> o.put("instance_class", ref("v.instances[c]")))));
    b.add(
        Tf.resource(
            "aws_rds_global_cluster",
            "this",
            x -> {
              x.attr(
                  "for_each",
                  forObject(
                      "k",
                      "c",
                      ref("var.aurora_clusters"),
                      ref("k"),
                      ref("c"),
                      ref("c.create_global_cluster")));
              x.gap();
              x.ref("global_cluster_identifier", "each.value.global_cluster");
              x.ref("engine", "each.value.engine");
              x.ref("engine_version", "each.value.engine_version");
              x.attr("storage_encrypted", true);
              x.attr("deletion_protection", true);
            }));
    b.add(cluster());
    b.add(
        Tf.resource(
            "aws_rds_cluster_instance",
            "this",
            x -> {
              x.attr("for_each", Rules.byKey("local.aurora_instances"));
              x.gap();
              x.ref("identifier", "each.value.item");
              x.ref("cluster_identifier", "aws_rds_cluster.this[each.value.owner].id");
              x.ref("instance_class", "each.value.instance_class");
              x.ref("engine", "aws_rds_cluster.this[each.value.owner].engine");
              x.ref("engine_version", "aws_rds_cluster.this[each.value.owner].engine_version");
              x.ref("db_subnet_group_name", "aws_db_subnet_group.this[0].name");
              x.attr("publicly_accessible", false);
              x.attr("auto_minor_version_upgrade", true);
              x.gap();
              Tf.tags(x, ref("each.value.item"), ref("each.value.owner"));
            }));
    return b.build();
  }

  private static Body.Block cluster() {
    Expr secondary = ref("each.value.secondary");
    return Tf.resource(
        "aws_rds_cluster",
        "this",
        x -> {
          x.ref("for_each", "var.aurora_clusters");
          x.gap();
          x.ref("cluster_identifier", "each.value.identifier");
          x.ref("engine", "each.value.engine");
          x.ref("engine_version", "each.value.engine_version");
          x.ref("global_cluster_identifier", "each.value.global_cluster");
          x.comment(
              "A secondary takes its user from the primary; the primary's password is generated"
                  + "\nby RDS and kept in Secrets Manager: it is in no file.");
          x.attr("master_username", cond(secondary, nil(), ref("var.database_username")));
          x.attr("manage_master_user_password", cond(secondary, nil(), Expr.bool(true)));
          x.comment("Services in a secondary region send their writes through it to the primary.");
          x.attr("enable_global_write_forwarding", cond(secondary, Expr.bool(true), nil()));
          x.attr("storage_encrypted", true);
          x.ref("kms_key_id", "aws_kms_key.database[0].arn");
          x.ref("db_subnet_group_name", "aws_db_subnet_group.this[0].name");
          x.attr("vpc_security_group_ids", list(ref("aws_security_group.database[each.key].id")));
          x.attr("backup_retention_period", DatabaseBlocks.BACKUP_RETENTION_DAYS);
          x.attr("final_snapshot_identifier", template(ref("each.value.identifier"), "-final"));
          x.attr("copy_tags_to_snapshot", true);
          x.attr("deletion_protection", true);
          x.gap();
          Tf.eachTags(x, ref("each.value.identifier"));
          x.gap();
          x.comment("AWS sets the replication source of a secondary; Terraform must not undo it.");
          x.block(
              "lifecycle",
              l -> l.attr("ignore_changes", list(ref("replication_source_identifier"))));
          x.gap();
          x.attr("depends_on", list(ref("aws_rds_global_cluster.this")));
        });
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "aurora_global_clusters",
                "Global cluster of each Aurora primary that has one, by component id; set once the"
                    + " primary has joined it, so secondaries wait for that.",
                forObject(
                    "k",
                    "c",
                    ref("aws_rds_cluster.this"),
                    ref("k"),
                    ref("c.global_cluster_identifier"))))
        .add(
            Tf.output(
                "aurora_endpoints",
                "Writer (or forwarding) and reader endpoints of the Aurora clusters.",
                forObject(
                    "k",
                    "c",
                    ref("aws_rds_cluster.this"),
                    ref("k"),
                    ObjectBuilder.object()
                        .put("writer", ref("c.endpoint"))
                        .put("reader", ref("c.reader_endpoint"))
                        .build())))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    ObjectBuilder all = ObjectBuilder.object();
    boolean any = false;
    for (Database d : plan.all(Database.class)) {
      if (!d.engine().isAurora()) {
        continue;
      }
      boolean primary = d.region().equals(region);
      boolean global = d.readReplicas().stream().anyMatch(r -> !r.region().equals(d.region()));
      Map<String, String> instances = instances(plan, region, d);
      if (instances.isEmpty()) {
        continue;
      }
      any = true;
      String globalId = Naming.aws(Limits.RDS_IDENTIFIER, plan.prefix, d.id());
      Expr globalCluster =
          !global
              ? nil()
              : primary
                  ? Expr.str(globalId)
                  : ref(
                      "module."
                          + Naming.module(d.region())
                          + ".aurora_global_clusters[\""
                          + d.id()
                          + "\"]");
      ObjectBuilder is = ObjectBuilder.object();
      instances.forEach(is::put);
      all.put(
          d.id(),
          ObjectBuilder.object()
              .put("identifier", plan.awsName(Limits.RDS_IDENTIFIER, region, d.id()))
              .put("engine", d.engine().fileName())
              .put(
                  "engine_version",
                  ref("var.aurora_engine_versions[\"" + d.engine().fileName() + "\"]"))
              .put("instances", is.build())
              .put("global_cluster", globalCluster)
              .put("create_global_cluster", global && primary)
              .put("secondary", !primary)
              .build());
    }
    if (any) {
      module.attr("aurora_clusters", all.build());
    }
  }

  /** Instance identifier to class of the cluster of {@code d} in {@code region}, writer first. */
  static Map<String, String> instances(Plan plan, Region region, Database d) {
    Map<String, String> out = new LinkedHashMap<>();
    String cls = d.instanceClass().orElseThrow();
    boolean primary = d.region().equals(region);
    if (primary) {
      out.put(plan.awsName(Limits.RDS_IDENTIFIER, region, d.id() + "-writer"), cls);
    }
    int n = 0;
    for (Database.ReadReplica r : d.readReplicas()) {
      if (r.region().equals(region)) {
        n++;
        out.put(
            plan.awsName(Limits.RDS_IDENTIFIER, region, d.id() + "-reader-" + n),
            r.instanceClass().orElse(cls));
      }
    }
    if (primary && n == 0 && d.multiAz().enabled()) {
      out.put(plan.awsName(Limits.RDS_IDENTIFIER, region, d.id() + "-standby"), cls);
    }
    return out;
  }
}
