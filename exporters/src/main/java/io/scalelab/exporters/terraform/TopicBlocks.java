package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.forList;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;

/**
 * SNS topics and their queue subscriptions (part of {@link MessagingBlocks}), each subscribed queue
 * accepting its topics only.
 */
final class TopicBlocks {

  private TopicBlocks() {}

  static void topics(Body.Builder b, Expr fifoSuffix) {
    b.add(
        Tf.resource(
            "aws_sns_topic",
            "this",
            x -> {
              x.ref("for_each", "var.topics");
              x.gap();
              x.attr("name", template(ref("each.value.name"), fifoSuffix));
              x.ref("fifo_topic", "each.value.fifo");
              x.attr("kms_master_key_id", MessagingBlocks.SNS_KEY);
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.block(
        "locals",
        x -> {
          x.attr("topic_queues", Rules.pairs("var.topics", ref("v.queues"), o -> {}));
          x.attr(
              "queue_topics",
              forObject(
                  "",
                  "q",
                  call("distinct", forList("s", ref("local.topic_queues"), ref("s.item"))),
                  ref("q"),
                  new Expr.For(
                      "",
                      "s",
                      ref("local.topic_queues"),
                      nil(),
                      ref("aws_sns_topic.this[s.owner].arn"),
                      op(ref("s.item"), "==", ref("q")))));
        });
    b.add(
        Tf.resource(
            "aws_sns_topic_subscription",
            "queue",
            x -> {
              x.attr("for_each", Rules.byKey("local.topic_queues"));
              x.gap();
              x.ref("topic_arn", "aws_sns_topic.this[each.value.owner].arn");
              x.attr("protocol", "sqs");
              x.ref("endpoint", "aws_sqs_queue.this[each.value.item].arn");
              x.attr("raw_message_delivery", true);
            }));
    b.comment("A subscribed queue accepts messages from its topics only.");
    b.add(
        Tf.resource(
            "aws_sqs_queue_policy",
            "topics",
            x -> {
              x.ref("for_each", "local.queue_topics");
              x.gap();
              x.ref("queue_url", "aws_sqs_queue.this[each.key].id");
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
                                              .put("Service", "sns.amazonaws.com")
                                              .build())
                                      .put("Action", "sqs:SendMessage")
                                      .put("Resource", ref("aws_sqs_queue.this[each.key].arn"))
                                      .put(
                                          "Condition",
                                          ObjectBuilder.object()
                                              .put(
                                                  "ArnEquals",
                                                  ObjectBuilder.object()
                                                      .put("aws:SourceArn", ref("each.value"))
                                                      .build())
                                              .build())
                                      .build()))
                          .build()));
            }));
  }
}
