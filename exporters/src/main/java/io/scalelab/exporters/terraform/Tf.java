package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.str;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Blocks every part of the export writes the same way: resources, variables, tags, policies. */
final class Tf {

  /** Tag naming the design, set on every resource through the providers' {@code default_tags}. */
  static final String DESIGN_TAG = "scalelab:design";

  /** Tag naming the design component a resource implements. */
  static final String COMPONENT_TAG = "scalelab:component";

  /** Value of {@link #COMPONENT_TAG} on what a region's components share (VPC, subnets, NAT). */
  static final String SHARED = "shared";

  /** The IAM policy language version every AWS example uses (IAM User Guide, "Version"). */
  static final String POLICY_VERSION = "2012-10-17";

  private Tf() {}

  /** {@code resource "type" "name" { ... }}. */
  static Body.Block resource(String type, String name, Consumer<Body.Builder> inside) {
    return block("resource", type, name, inside);
  }

  /** {@code data "type" "name" { ... }}. */
  static Body.Block data(String type, String name, Consumer<Body.Builder> inside) {
    return block("data", type, name, inside);
  }

  private static Body.Block block(
      String kind, String type, String name, Consumer<Body.Builder> inside) {
    Body.Builder b = Body.builder();
    inside.accept(b);
    return new Body.Block(kind, List.of(type, name), b.build());
  }

  /** A block with one label, e.g. {@code module "x"}, {@code variable "x"}. */
  static Body.Block named(String kind, String name, Consumer<Body.Builder> inside) {
    Body.Builder b = Body.builder();
    inside.accept(b);
    return new Body.Block(kind, List.of(name), b.build());
  }

  /** {@code tags = { Name = ..., "scalelab:component" = ... }}. */
  static void tags(Body.Builder b, Expr name, Expr component) {
    b.attr("tags", ObjectBuilder.object().put("Name", name).put(COMPONENT_TAG, component).build());
  }

  /** Tags of a resource for_each'd over components: Name from {@code name}, component the key. */
  static void eachTags(Body.Builder b, Expr name) {
    tags(b, name, Expr.ref("each.key"));
  }

  /** Tags of a resource shared by a region's components. */
  static void sharedTags(Body.Builder b, Expr name) {
    tags(b, name, str(SHARED));
  }

  /** {@code "${var.name}-suffix"}. */
  static Expr regional(String suffix) {
    return Expr.template(Expr.ref("var.name"), "-" + suffix);
  }

  /** {@code "${var.name}-${each.key}"}-style name with a suffix after the key. */
  static Expr eachName(String suffix) {
    return Expr.template(Expr.ref("var.name"), "-", Expr.ref("each.key"), suffix);
  }

  /** An IAM trust policy letting an AWS service assume the role. */
  static Expr assumeRole(String service) {
    Expr statement =
        ObjectBuilder.object()
            .put("Effect", "Allow")
            .put("Principal", ObjectBuilder.object().put("Service", service).build())
            .put("Action", "sts:AssumeRole")
            .build();
    return call(
        "jsonencode",
        ObjectBuilder.object()
            .put("Version", POLICY_VERSION)
            .put("Statement", list(statement))
            .build());
  }

  /** The ARN of an AWS managed policy. */
  static Expr managedPolicy(String name) {
    return Expr.template(
        "arn:", Expr.ref("data.aws_partition.current.partition"), ":iam::aws:policy/" + name);
  }

  /** The ARN of an AWS managed policy whose name is an expression. */
  static Expr managedPolicy(Expr name) {
    return Expr.template(
        "arn:", Expr.ref("data.aws_partition.current.partition"), ":iam::aws:policy/", name);
  }

  /** {@code variable "name" { description, type, default }}: an input with a default. */
  static Body.Block variable(String name, String description, Expr type, Expr defaultValue) {
    return variable(name, description, type, Optional.of(defaultValue), List.of());
  }

  /** A variable with a default and validation blocks, each a condition and its error message. */
  static Body.Block variable(
      String name, String description, Expr type, Expr defaultValue, List<Expr[]> checks) {
    return variable(name, description, type, Optional.of(defaultValue), checks);
  }

  /** {@code variable "name" { description, type }}: an input the user must give. */
  static Body.Block required(String name, String description, Expr type) {
    return variable(name, description, type, Optional.empty(), List.of());
  }

  /** A required variable with validation blocks. */
  static Body.Block required(String name, String description, Expr type, List<Expr[]> checks) {
    return variable(name, description, type, Optional.empty(), checks);
  }

  /** A variable whose default, if any, is decided by the caller; with validation blocks. */
  static Body.Block variable(
      String name,
      String description,
      Expr type,
      Optional<Expr> defaultValue,
      List<Expr[]> checks) {
    Body.Builder b = Body.builder();
    b.attr("description", description);
    b.attr("type", type);
    defaultValue.ifPresent(d -> b.attr("default", d));
    for (Expr[] check : checks) {
      b.block(
          "validation",
          x -> {
            x.attr("condition", check[0]);
            x.attr("error_message", check[1]);
          });
    }
    return new Body.Block("variable", List.of(name), b.build());
  }

  /** Validations of a variable, each a condition and its error message. */
  static List<Expr[]> checks(Expr[]... checks) {
    return List.of(checks);
  }

  /** {@code output "name" { description, value }}. */
  static Body.Block output(String name, String description, Expr value) {
    return named(
        "output",
        name,
        b -> {
          b.attr("description", description);
          b.attr("value", value);
        });
  }

  /** A type expression: {@code string}, {@code number}, {@code bool}. */
  static Expr type(String primitive) {
    return Expr.ref(primitive);
  }

  /** {@code map(object({...}))}. */
  static Expr mapOfObjects(ObjectBuilder fields) {
    return call("map", call("object", fields.build()));
  }

  /** {@code list(string)}. */
  static Expr listOfStrings() {
    return call("list", type("string"));
  }

  /** {@code optional(type)}. */
  static Expr optional(Expr type) {
    return call("optional", type);
  }
}
