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
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.region.Region;

/**
 * S3 buckets: private (every public access blocked, ACLs off), encrypted with KMS and a bucket key,
 * versioned as the design says, and readable by CloudFront through origin access control when a CDN
 * serves from them. DynamoDB tables are in {@link TableBlocks}.
 */
final class StorageBlocks implements ModulePart {

  @Override
  public String file() {
    return "s3.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.all(ObjectStore.class).isEmpty();
  }

  /** A bucket's name without the account id that ends it (names are global). */
  static String bucketName(Plan plan, Component c) {
    return plan.awsName(Limits.S3_NAME, c.region(), c.id());
  }

  /** Whether a CloudFront distribution reads the bucket. */
  static boolean servedByCdn(Plan plan, Component bucket) {
    return plan.to(bucket.id()).stream()
        .anyMatch(c -> plan.component(c.from()).filter(Cdn.class::isInstance).isPresent());
  }

  @Override
  public Body variables(Plan plan) {
    return Body.builder()
        .add(
            Tf.variable(
                "buckets",
                "S3 buckets by component id; the account id is added to the name to make it"
                    + " unique.",
                Tf.mapOfObjects(
                    ObjectBuilder.object()
                        .put("name", Tf.type("string"))
                        .put("versioning", Tf.type("bool"))),
                ObjectBuilder.object().build()))
        .add(
            Tf.variable(
                "bucket_readers",
                "CloudFront distributions (ARNs) that may read each bucket, by component id; a"
                    + " variable of its own because the distributions need the buckets first.",
                Expr.call("map", Tf.listOfStrings()),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(Tf.data("aws_caller_identity", "current", x -> {}));
    b.add(
        Tf.resource(
            "aws_s3_bucket",
            "this",
            x -> {
              x.ref("for_each", "var.buckets");
              x.gap();
              x.attr(
                  "bucket",
                  template(
                      ref("each.value.name"),
                      "-",
                      ref("data.aws_caller_identity.current.account_id")));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(
        bucketPart(
            "aws_s3_bucket_public_access_block",
            x -> {
              x.attr("block_public_acls", true);
              x.attr("block_public_policy", true);
              x.attr("ignore_public_acls", true);
              x.attr("restrict_public_buckets", true);
            }));
    b.add(
        bucketPart(
            "aws_s3_bucket_ownership_controls",
            x -> x.block("rule", r -> r.attr("object_ownership", "BucketOwnerEnforced"))));
    b.add(
        bucketPart(
            "aws_s3_bucket_server_side_encryption_configuration",
            x ->
                x.block(
                    "rule",
                    r -> {
                      r.attr("bucket_key_enabled", true);
                      r.gap();
                      r.block(
                          "apply_server_side_encryption_by_default",
                          d -> d.attr("sse_algorithm", "aws:kms"));
                    })));
    b.add(
        bucketPart(
            "aws_s3_bucket_versioning",
            x ->
                x.block(
                    "versioning_configuration",
                    v ->
                        v.attr(
                            "status",
                            cond(ref("each.value.versioning"), str("Enabled"), str("Disabled"))))));
    b.comment("CloudFront reads through origin access control; nobody else is let in.");
    b.add(
        Tf.resource(
            "aws_s3_bucket_policy",
            "cloudfront",
            x -> {
              x.attr(
                  "for_each",
                  forObject(
                      "k",
                      "arns",
                      ref("var.bucket_readers"),
                      ref("k"),
                      ref("arns"),
                      op(call("length", ref("arns")), ">", num(0))));
              x.gap();
              x.ref("bucket", "aws_s3_bucket.this[each.key].id");
              x.attr(
                  "policy",
                  call(
                      "jsonencode",
                      ObjectBuilder.object()
                          .put("Version", Tf.POLICY_VERSION)
                          .put(
                              "Statement",
                              list(
                                  ObjectBuilder.object()
                                      .put("Effect", "Allow")
                                      .put(
                                          "Principal",
                                          ObjectBuilder.object()
                                              .put("Service", "cloudfront.amazonaws.com")
                                              .build())
                                      .put("Action", "s3:GetObject")
                                      .put(
                                          "Resource",
                                          template(ref("aws_s3_bucket.this[each.key].arn"), "/*"))
                                      .put(
                                          "Condition",
                                          ObjectBuilder.object()
                                              .put(
                                                  "StringEquals",
                                                  ObjectBuilder.object()
                                                      .put("AWS:SourceArn", ref("each.value"))
                                                      .build())
                                              .build())
                                      .build()))
                          .build()));
              x.gap();
              x.attr("depends_on", list(ref("aws_s3_bucket_public_access_block.this")));
            }));
    return b.build();
  }

  private static Body.Block bucketPart(
      String type, java.util.function.Consumer<Body.Builder> inside) {
    return Tf.resource(
        type,
        "this",
        x -> {
          x.ref("for_each", "var.buckets");
          x.gap();
          x.ref("bucket", "aws_s3_bucket.this[each.key].id");
          x.gap();
          inside.accept(x);
        });
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "bucket_names",
                "S3 bucket names by component id.",
                forObject("k", "b", ref("aws_s3_bucket.this"), ref("k"), ref("b.bucket"))))
        .add(
            Tf.output(
                "bucket_domain_names",
                "Regional domain names of the buckets (CloudFront origins).",
                forObject(
                    "k",
                    "b",
                    ref("aws_s3_bucket.this"),
                    ref("k"),
                    ref("b.bucket_regional_domain_name"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    if (plan.in(ObjectStore.class, region).isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    ObjectBuilder readers = ObjectBuilder.object();
    boolean read = false;
    for (ObjectStore s : plan.in(ObjectStore.class, region)) {
      all.put(
          s.id(),
          ObjectBuilder.object()
              .put("name", bucketName(plan, s))
              .put("versioning", s.versioning())
              .build());
      if (servedByCdn(plan, s)) {
        read = true;
        readers.put(s.id(), EdgeBlocks.distributionArns(plan));
      }
    }
    module.attr("buckets", all.build());
    if (read) {
      module.attr("bucket_readers", readers.build());
    }
  }
}
