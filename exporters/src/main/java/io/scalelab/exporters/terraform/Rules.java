package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.forList;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import java.util.function.Consumer;

/**
 * Security group rules written as {@code for_each} over flattened pairs, the HCL idiom for them.
 */
final class Rules {

  private Rules() {}

  /**
   * {@code flatten([for k, v in coll : [for c in ITEMS : {key = ..., ...}]])}: one entry per
   * (component, item) pair, with {@code key = "<component>/<item>"}, {@code owner} and {@code
   * item}, the flatten pattern of the Terraform documentation ("flatten function").
   *
   * @param collection the map of components
   * @param items the items of each component {@code v}, e.g. {@code v.clients}
   * @param fields the other fields of each pair, given {@code k}, {@code v} and {@code c}
   */
  static Expr pairs(String collection, Expr items, Consumer<ObjectBuilder> fields) {
    ObjectBuilder o =
        ObjectBuilder.object()
            .put("key", Expr.template(ref("k"), "/", ref("c")))
            .put("owner", ref("k"))
            .put("item", ref("c"));
    fields.accept(o);
    Expr inner = forList("c", items, o.build());
    Expr outer = new Expr.For("k", "v", ref(collection), Expr.nil(), inner, Expr.nil());
    return Expr.call("flatten", outer);
  }

  /** {@code { for r in local.NAME : r.key => r }}: the pairs of a local as a map by key. */
  static Expr byKey(String local) {
    return forObject("", "r", ref(local), ref("r.key"), ref("r"));
  }

  /** An ingress rule from a security group, on one TCP port. */
  static Body.Block ingressFromGroup(
      String name, String local, Expr securityGroup, Expr source, Expr port, Expr description) {
    return Tf.resource(
        "aws_vpc_security_group_ingress_rule",
        name,
        x -> {
          x.attr("for_each", byKey(local));
          x.gap();
          x.attr("security_group_id", securityGroup);
          x.attr("referenced_security_group_id", source);
          x.attr("description", description);
          x.attr("ip_protocol", "tcp");
          x.attr("from_port", port);
          x.attr("to_port", port);
          x.gap();
          Tf.tags(x, description, ref("each.value.owner"));
        });
  }
}
