package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Database;
import io.scalelab.model.region.Region;
import java.util.function.Consumer;

/**
 * RDS for PostgreSQL and MySQL: the primary DB instance (Multi-AZ as the design says, storage
 * encrypted, private, password managed by RDS in Secrets Manager) and its read replicas, in the
 * primary's region or another (a cross-region replica names its source by ARN and encrypts with its
 * own region's key, RDS User Guide "Creating a read replica in a different AWS Region").
 */
final class RdsBlocks implements ModulePart {

  /** Bytes in a GiB, for allocated storage. */
  private static final long GIB = 1L << 30;

  @Override
  public String file() {
    return "rds.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return plan.all(Database.class).stream().anyMatch(d -> !d.engine().isAurora());
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder primary =
        ObjectBuilder.object()
            .put("identifier", Tf.type("string"))
            .put("engine", Tf.type("string"))
            .put("instance_class", Tf.type("string"))
            .put("allocated_storage_gib", Tf.type("number"))
            .put("multi_az", Tf.type("bool"));
    ObjectBuilder replica =
        ObjectBuilder.object()
            .put("database", Tf.type("string"))
            .put("identifier", Tf.type("string"))
            .put("instance_class", Tf.type("string"))
            .put("source", Tf.type("string"));
    return Body.builder()
        .add(
            Tf.variable(
                "rds_instances",
                "RDS primaries in this region by component id.",
                Tf.mapOfObjects(primary),
                ObjectBuilder.object().build()))
        .add(
            Tf.variable(
                "rds_replicas",
                "Read replicas of a primary in this region (source: its component id), by"
                    + " identifier.",
                Tf.mapOfObjects(replica),
                ObjectBuilder.object().build()))
        .add(
            Tf.variable(
                "rds_cross_region_replicas",
                "Read replicas of a primary in another region (source: its ARN), by identifier.",
                Tf.mapOfObjects(replica),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_db_instance",
            "this",
            x -> {
              x.ref("for_each", "var.rds_instances");
              x.gap();
              x.ref("identifier", "each.value.identifier");
              x.ref("engine", "each.value.engine");
              x.ref("instance_class", "each.value.instance_class");
              x.ref("allocated_storage", "each.value.allocated_storage_gib");
              x.attr("storage_type", "gp3");
              x.ref("multi_az", "each.value.multi_az");
              x.ref("username", "var.database_username");
              x.comment(
                  "RDS generates the password and keeps it in Secrets Manager: it is in no file.");
              x.attr("manage_master_user_password", true);
              x.attr("backup_retention_period", DatabaseBlocks.BACKUP_RETENTION_DAYS);
              x.attr("final_snapshot_identifier", template(ref("each.value.identifier"), "-final"));
              x.attr("copy_tags_to_snapshot", true);
              x.attr("deletion_protection", true);
              common(x, ref("each.key"));
            }));
    b.add(
        replica(
            "replica",
            "var.rds_replicas",
            ref("aws_db_instance.this[each.value.source].identifier")));
    b.add(
        replica("cross_region_replica", "var.rds_cross_region_replicas", ref("each.value.source")));
    return b.build();
  }

  private static Body.Block replica(String name, String forEach, Expr source) {
    return Tf.resource(
        "aws_db_instance",
        name,
        x -> {
          x.ref("for_each", forEach);
          x.gap();
          x.ref("identifier", "each.value.identifier");
          x.attr("replicate_source_db", source);
          x.ref("instance_class", "each.value.instance_class");
          x.comment("A replica is rebuilt from its source, so nothing is kept when it is deleted.");
          x.attr("skip_final_snapshot", true);
          common(x, ref("each.value.database"));
        });
  }

  /** Settings every instance shares: private, encrypted, in the database subnets. */
  private static void common(Body.Builder x, Expr component) {
    x.attr("storage_encrypted", true);
    x.ref("kms_key_id", "aws_kms_key.database[0].arn");
    x.attr("publicly_accessible", false);
    x.ref("db_subnet_group_name", "aws_db_subnet_group.this[0].name");
    x.attr(
        "vpc_security_group_ids", list(Expr.at("aws_security_group.database", component, ".id")));
    x.attr("auto_minor_version_upgrade", true);
    x.gap();
    Tf.tags(x, ref("each.value.identifier"), component);
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "rds_arns",
                "ARNs of the RDS primaries, by component id (sources of cross-region replicas).",
                forObject("k", "db", ref("aws_db_instance.this"), ref("k"), ref("db.arn"))))
        .add(
            Tf.output(
                "rds_endpoints",
                "Endpoints (host:port) of the RDS instances and replicas, by identifier.",
                Expr.call(
                    "merge",
                    forObject(
                        "k",
                        "db",
                        ref("aws_db_instance.this"),
                        ref("db.identifier"),
                        ref("db.endpoint")),
                    forObject(
                        "k", "db", ref("aws_db_instance.replica"), ref("k"), ref("db.endpoint")),
                    forObject(
                        "k",
                        "db",
                        ref("aws_db_instance.cross_region_replica"),
                        ref("k"),
                        ref("db.endpoint")))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    ObjectBuilder primaries = ObjectBuilder.object();
    ObjectBuilder local = ObjectBuilder.object();
    ObjectBuilder remote = ObjectBuilder.object();
    boolean[] any = new boolean[3];
    for (Database d : plan.all(Database.class)) {
      if (d.engine().isAurora()) {
        continue;
      }
      String cls = d.instanceClass().orElseThrow();
      if (d.region().equals(region)) {
        any[0] = true;
        primaries.put(
            d.id(),
            ObjectBuilder.object()
                .put("identifier", plan.awsName(Limits.RDS_IDENTIFIER, region, d.id()))
                .put("engine", d.engine().fileName())
                .put("instance_class", cls)
                .put("allocated_storage_gib", (d.storage().bytes() + GIB - 1) / GIB)
                .put("multi_az", d.multiAz().enabled())
                .build());
      }
      int n = 0;
      for (Database.ReadReplica r : d.readReplicas()) {
        n++;
        if (!r.region().equals(region)) {
          continue;
        }
        String id = plan.awsName(Limits.RDS_IDENTIFIER, region, d.id() + "-replica-" + n);
        boolean cross = !r.region().equals(d.region());
        Consumer<ObjectBuilder> common =
            o ->
                o.put("database", d.id())
                    .put("identifier", id)
                    .put("instance_class", r.instanceClass().orElse(cls));
        ObjectBuilder o = ObjectBuilder.object();
        common.accept(o);
        if (cross) {
          any[2] = true;
          o.put(
              "source",
              ref("module." + Naming.module(d.region()) + ".rds_arns[\"" + d.id() + "\"]"));
          remote.put(id, o.build());
        } else {
          any[1] = true;
          o.put("source", d.id());
          local.put(id, o.build());
        }
      }
    }
    if (any[0]) {
      module.attr("rds_instances", primaries.build());
    }
    if (any[1]) {
      module.attr("rds_replicas", local.build());
    }
    if (any[2]) {
      module.attr("rds_cross_region_replicas", remote.build());
    }
  }
}
