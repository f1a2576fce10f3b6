package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;

/**
 * Asynchronous messaging: SQS queues (encrypted, with a dead-letter queue after the design's {@code
 * maxReceives}), SNS topics (encrypted) with their queue subscriptions, and Kinesis data streams
 * (provisioned shards, encrypted). Lambda consumers are in {@link LambdaBlocks}.
 */
final class MessagingBlocks implements ModulePart {

  /**
   * Retention of a dead-letter queue: 14 days, the longest SQS allows, so a failed message can be
   * looked at long after it failed (SQS Developer Guide, "Using dead-letter queues").
   */
  static final long DLQ_RETENTION_SECONDS = 14 * 24 * 3600;

  /** The AWS managed keys of SNS and Kinesis: encryption without a key to manage. */
  static final String SNS_KEY = "alias/aws/sns";

  static final String KINESIS_KEY = "alias/aws/kinesis";

  @Override
  public String file() {
    return "messaging.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.all(Queue.class).isEmpty()
        || !plan.all(Topic.class).isEmpty()
        || !plan.all(Stream.class).isEmpty();
  }

  @Override
  public Body variables(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.variable(
            "queues",
            "SQS queues by component id.",
            Tf.mapOfObjects(
                ObjectBuilder.object()
                    .put("name", Tf.type("string"))
                    .put("fifo", Tf.type("bool"))
                    .put("visibility_timeout_seconds", Tf.type("number"))
                    .put("retention_seconds", Tf.type("number"))
                    .put("max_receive_count", Tf.optional(Tf.type("number")))),
            ObjectBuilder.object().build()));
    b.add(
        Tf.variable(
            "topics",
            "SNS topics by component id; queues lists the ids of the queues subscribed.",
            Tf.mapOfObjects(
                ObjectBuilder.object()
                    .put("name", Tf.type("string"))
                    .put("fifo", Tf.type("bool"))
                    .put("queues", Tf.listOfStrings())),
            ObjectBuilder.object().build()));
    b.add(
        Tf.variable(
            "streams",
            "Kinesis data streams by component id.",
            Tf.mapOfObjects(
                ObjectBuilder.object()
                    .put("name", Tf.type("string"))
                    .put("shards", Tf.type("number"))
                    .put("retention_hours", Tf.type("number"))),
            ObjectBuilder.object().build()));
    return b.build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    Expr fifoSuffix = cond(ref("each.value.fifo"), str(".fifo"), str(""));
    b.add(
        Tf.resource(
            "aws_sqs_queue",
            "dlq",
            x -> {
              x.attr(
                  "for_each",
                  forObject(
                      "k",
                      "q",
                      ref("var.queues"),
                      ref("k"),
                      ref("q"),
                      op(ref("q.max_receive_count"), "!=", nil())));
              x.gap();
              x.attr("name", template(ref("each.value.name"), "-dlq", fifoSuffix));
              x.ref("fifo_queue", "each.value.fifo");
              x.attr("message_retention_seconds", DLQ_RETENTION_SECONDS);
              x.attr("sqs_managed_sse_enabled", true);
              x.gap();
              Tf.eachTags(x, template(ref("each.value.name"), "-dlq"));
            }));
    b.add(
        Tf.resource(
            "aws_sqs_queue",
            "this",
            x -> {
              x.ref("for_each", "var.queues");
              x.gap();
              x.attr("name", template(ref("each.value.name"), fifoSuffix));
              x.ref("fifo_queue", "each.value.fifo");
              x.ref("visibility_timeout_seconds", "each.value.visibility_timeout_seconds");
              x.ref("message_retention_seconds", "each.value.retention_seconds");
              x.attr("sqs_managed_sse_enabled", true);
              x.comment(
                  "After max_receive_count failed receives a message moves to the dead-letter queue.");
              x.attr(
                  "redrive_policy",
                  cond(
                      op(ref("each.value.max_receive_count"), "==", nil()),
                      nil(),
                      call(
                          "jsonencode",
                          ObjectBuilder.object()
                              .put("deadLetterTargetArn", ref("aws_sqs_queue.dlq[each.key].arn"))
                              .put("maxReceiveCount", ref("each.value.max_receive_count"))
                              .build())));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    TopicBlocks.topics(b, fifoSuffix);
    b.add(
        Tf.resource(
            "aws_kinesis_stream",
            "this",
            x -> {
              x.ref("for_each", "var.streams");
              x.gap();
              x.ref("name", "each.value.name");
              x.ref("shard_count", "each.value.shards");
              x.ref("retention_period", "each.value.retention_hours");
              x.attr("encryption_type", "KMS");
              x.attr("kms_key_id", KINESIS_KEY);
              x.gap();
              x.block("stream_mode_details", m -> m.attr("stream_mode", "PROVISIONED"));
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    return b.build();
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "queue_urls",
                "SQS queue URLs by component id.",
                forObject("k", "q", ref("aws_sqs_queue.this"), ref("k"), ref("q.url"))))
        .add(
            Tf.output(
                "topic_arns",
                "SNS topic ARNs by component id.",
                forObject("k", "t", ref("aws_sns_topic.this"), ref("k"), ref("t.arn"))))
        .add(
            Tf.output(
                "stream_names",
                "Kinesis stream names by component id.",
                forObject("k", "s", ref("aws_kinesis_stream.this"), ref("k"), ref("s.name"))))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    ObjectBuilder queues = ObjectBuilder.object();
    for (Queue q : plan.in(Queue.class, region)) {
      queues.put(
          q.id(),
          ObjectBuilder.object()
              .put("name", plan.awsName(Limits.SQS_NAME, region, q.id()))
              .put("fifo", q.ordering() == Queue.Ordering.FIFO)
              .put("visibility_timeout_seconds", q.visibilityTimeout().toSeconds())
              .put("retention_seconds", q.retention().toSeconds())
              .put("max_receive_count", q.maxReceives().<Expr>map(n -> Expr.num(n)).orElse(nil()))
              .build());
    }
    if (!plan.in(Queue.class, region).isEmpty()) {
      module.attr("queues", queues.build());
    }
    ObjectBuilder topics = ObjectBuilder.object();
    for (Topic t : plan.in(Topic.class, region)) {
      topics.put(
          t.id(),
          ObjectBuilder.object()
              .put("name", plan.awsName(Limits.SNS_NAME, region, t.id()))
              .put("fifo", t.ordering() == Queue.Ordering.FIFO)
              .put(
                  "queues",
                  Expr.strings(
                      plan.from(t.id()).stream()
                          .map(Connection::to)
                          .filter(
                              id ->
                                  plan.component(id)
                                      .filter(c -> c instanceof Queue && c.region().equals(region))
                                      .isPresent())
                          .toList()))
              .build());
    }
    if (!plan.in(Topic.class, region).isEmpty()) {
      module.attr("topics", topics.build());
    }
    ObjectBuilder streams = ObjectBuilder.object();
    for (Stream s : plan.in(Stream.class, region)) {
      streams.put(
          s.id(),
          ObjectBuilder.object()
              .put("name", plan.awsName(Limits.KINESIS_NAME, region, s.id()))
              .put("shards", s.shards())
              .put("retention_hours", s.retention().toHours())
              .build());
    }
    if (!plan.in(Stream.class, region).isEmpty()) {
      module.attr("streams", streams.build());
    }
  }
}
