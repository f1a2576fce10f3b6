package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Database;
import io.scalelab.model.region.Region;

/**
 * What every managed database of a region shares: the subnet group in the database subnets, a KMS
 * key for storage encryption, and a security group per database that admits only the services that
 * call it, on its port. RDS instances and Aurora clusters are in {@link RdsBlocks} and {@link
 * AuroraBlocks}.
 */
final class DatabaseBlocks implements ModulePart {

  /** PostgreSQL's port (RDS User Guide). */
  static final long POSTGRES_PORT = 5432;

  /** MySQL's port (RDS User Guide). */
  static final long MYSQL_PORT = 3306;

  /**
   * Days of automated backups: 7, the retention the RDS console proposes (RDS User Guide, "Backup
   * retention period"); a point-in-time restore reaches back that far.
   */
  static final long BACKUP_RETENTION_DAYS = 7;

  @Override
  public String file() {
    return "databases.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.all(Database.class).isEmpty();
  }

  @Override
  public Body variables(Plan plan) {
    return Body.builder()
        .add(
            Tf.variable(
                "database_access",
                "Managed databases with a presence in this region, by component id: their port and"
                    + " the services (security group keys) that may connect.",
                Tf.mapOfObjects(
                    ObjectBuilder.object()
                        .put("port", Tf.type("number"))
                        .put("clients", Tf.listOfStrings())),
                ObjectBuilder.object().build()))
        .add(
            Tf.required(
                "database_username",
                "Master user name of the managed databases; RDS keeps the password in Secrets"
                    + " Manager.",
                Tf.type("string")))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Expr any = op(call("length", ref("var.database_access")), ">", num(0));
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_db_subnet_group",
            "this",
            x -> {
              x.attr("count", cond(any, num(1), num(0)));
              x.gap();
              x.ref("name", "var.name");
              x.attr("subnet_ids", Expr.forList("s", ref("aws_subnet.database"), ref("s.id")));
              x.gap();
              Tf.sharedTags(x, ref("var.name"));
            }));
    b.add(
        Tf.resource(
            "aws_kms_key",
            "database",
            x -> {
              x.attr("count", cond(any, num(1), num(0)));
              x.gap();
              x.attr("description", template("Database storage of ", ref("var.name")));
              x.attr("enable_key_rotation", true);
              x.gap();
              Tf.sharedTags(x, Tf.regional("database"));
            }));
    b.add(
        Tf.resource(
            "aws_security_group",
            "database",
            x -> {
              x.ref("for_each", "var.database_access");
              x.gap();
              x.attr("name", Tf.eachName("-db"));
              x.attr("description", template("Database ", ref("each.key"), ": its clients only"));
              x.ref("vpc_id", "aws_vpc.this.id");
              x.gap();
              Tf.eachTags(x, Tf.eachName("-db"));
            }));
    b.block(
        "locals",
        x ->
            x.attr(
                "database_clients",
                Rules.pairs(
                    "var.database_access", ref("v.clients"), o -> o.put("port", ref("v.port")))));
    b.add(
        Rules.ingressFromGroup(
            "database",
            "local.database_clients",
            ref("aws_security_group.database[each.value.owner].id"),
            ref("local.client_security_groups[each.value.item]"),
            ref("each.value.port"),
            template("From ", ref("each.value.item"))));
    return b.build();
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder().build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    ObjectBuilder access = ObjectBuilder.object();
    boolean any = false;
    for (Database d : plan.all(Database.class)) {
      boolean here =
          d.region().equals(region)
              || d.readReplicas().stream().anyMatch(r -> r.region().equals(region));
      if (here) {
        any = true;
        access.put(
            d.id(),
            ObjectBuilder.object()
                .put("port", port(d))
                .put("clients", Expr.strings(Clients.in(plan, d.id(), region)))
                .build());
      }
    }
    if (any) {
      module.attr("database_access", access.build());
    }
    module.attr("database_username", ref("var.database_username"));
  }

  static long port(Database d) {
    return switch (d.engine()) {
      case POSTGRES, AURORA_POSTGRESQL -> POSTGRES_PORT;
      case MYSQL, AURORA_MYSQL -> MYSQL_PORT;
    };
  }
}
