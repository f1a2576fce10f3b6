package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.region.Region;

/**
 * DynamoDB tables (the design's capacity mode, encryption with the AWS managed key, point-in-time
 * recovery, deletion protection; keys from the user's {@code dynamodb_keys}) and, where the design
 * puts one in front, a DAX cluster encrypted at rest and in transit, reachable from the services
 * that call the table only.
 */
final class TableBlocks implements ModulePart {

  /** DAX's port for TLS connections (DAX Developer Guide, "Encryption in transit"). */
  static final long DAX_TLS_PORT = 9111;

  @Override
  public String file() {
    return "dynamodb.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.all(KeyValueStore.class).isEmpty();
  }

  private static boolean dax(Plan plan) {
    return plan.all(KeyValueStore.class).stream().anyMatch(k -> k.dax().isPresent());
  }

  @Override
  public Body variables(Plan plan) {
    ObjectBuilder fields =
        ObjectBuilder.object()
            .put("name", Tf.type("string"))
            .put("provisioned", Tf.type("bool"))
            .put("read_capacity", Tf.optional(Tf.type("number")))
            .put("write_capacity", Tf.optional(Tf.type("number")))
            .put("hash_key", Tf.type("string"))
            .put("range_key", Tf.optional(Tf.type("string")))
            .put(
                "dax",
                Tf.optional(
                    call(
                        "object",
                        ObjectBuilder.object()
                            .put("name", Tf.type("string"))
                            .put("node_type", Tf.type("string"))
                            .put("nodes", Tf.type("number"))
                            .put("clients", Tf.listOfStrings())
                            .build())));
    return Body.builder()
        .add(
            Tf.variable(
                "tables",
                "DynamoDB tables by component id; keys are string attributes.",
                Tf.mapOfObjects(fields),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_dynamodb_table",
            "this",
            x -> {
              x.ref("for_each", "var.tables");
              x.gap();
              x.ref("name", "each.value.name");
              x.attr(
                  "billing_mode",
                  cond(
                      ref("each.value.provisioned"),
                      Expr.str("PROVISIONED"),
                      Expr.str("PAY_PER_REQUEST")));
              x.ref("read_capacity", "each.value.read_capacity");
              x.ref("write_capacity", "each.value.write_capacity");
              x.ref("hash_key", "each.value.hash_key");
              x.ref("range_key", "each.value.range_key");
              x.attr("deletion_protection_enabled", true);
              x.gap();
              x.block(
                  "dynamic",
                  java.util.List.of("attribute"),
                  d -> {
                    d.attr(
                        "for_each",
                        call(
                            "compact",
                            list(ref("each.value.hash_key"), ref("each.value.range_key"))));
                    d.gap();
                    d.block(
                        "content",
                        c -> {
                          c.ref("name", "attribute.value");
                          c.attr("type", "S");
                        });
                  });
              x.block("point_in_time_recovery", p -> p.attr("enabled", true));
              x.block("server_side_encryption", p -> p.attr("enabled", true));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    if (dax(plan)) {
      DaxBlocks.resources(b);
    }
    return b.build();
  }

  @Override
  public Body outputs(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.output(
            "table_names",
            "DynamoDB table names by component id.",
            forObject("k", "t", ref("aws_dynamodb_table.this"), ref("k"), ref("t.name"))));
    if (dax(plan)) {
      b.add(
          Tf.output(
              "dax_endpoints",
              "DAX cluster endpoints (TLS) by table component id.",
              forObject(
                  "k", "c", ref("aws_dax_cluster.this"), ref("k"), ref("c.cluster_address"))));
    }
    return b.build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    if (plan.in(KeyValueStore.class, region).isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    for (KeyValueStore k : plan.in(KeyValueStore.class, region)) {
      all.put(
          k.id(),
          ObjectBuilder.object()
              .put("name", plan.awsName(Limits.DYNAMODB_NAME, region, k.id()))
              .put("provisioned", k.capacity() == KeyValueStore.CapacityMode.PROVISIONED)
              .put("read_capacity", k.readCapacity().<Expr>map(Expr::num).orElse(nil()))
              .put("write_capacity", k.writeCapacity().<Expr>map(Expr::num).orElse(nil()))
              .put("hash_key", Expr.at("var.dynamodb_keys", Expr.str(k.id()), ".hash_key"))
              .put("range_key", Expr.at("var.dynamodb_keys", Expr.str(k.id()), ".range_key"))
              .put(
                  "dax",
                  k.dax()
                      .<Expr>map(
                          d ->
                              ObjectBuilder.object()
                                  .put("name", plan.awsName(Limits.DAX_NAME, region, k.id()))
                                  .put("node_type", d.nodeType())
                                  .put("nodes", d.nodes())
                                  .put("clients", Expr.strings(Clients.in(plan, k.id(), region)))
                                  .build())
                      .orElse(nil()))
              .build());
    }
    module.attr("tables", all.build());
  }
}
