package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What starts a Lambda function (queues, streams, topics), and each function's module input. */
final class LambdaTriggers {

  /**
   * Most batches a Kinesis shard feeds one function at once: 10 (Lambda Developer Guide, "Using
   * Lambda with Kinesis", ParallelizationFactor).
   */
  static final int MAX_PARALLELIZATION = 10;

  private LambdaTriggers() {}

  static void resources(Body.Builder b) {
    b.block(
        "locals",
        x -> {
          x.attr(
              "lambda_queues",
              Rules.pairs(
                  "var.lambdas",
                  call("keys", ref("v.queues")),
                  o -> o.put("concurrency", ref("v.queues[c]"))));
          x.attr(
              "lambda_streams",
              Rules.pairs(
                  "var.lambdas",
                  call("keys", ref("v.streams")),
                  o -> o.put("parallelization", ref("v.streams[c]"))));
          x.attr("lambda_topics", Rules.pairs("var.lambdas", ref("v.topics"), o -> {}));
        });
    b.add(
        Tf.resource(
            "aws_lambda_event_source_mapping",
            "queue",
            x -> {
              x.attr("for_each", Rules.byKey("local.lambda_queues"));
              x.gap();
              x.ref("event_source_arn", "aws_sqs_queue.this[each.value.item].arn");
              x.ref("function_name", "aws_lambda_function.this[each.value.owner].arn");
              x.gap();
              x.block(
                  "scaling_config", s -> s.ref("maximum_concurrency", "each.value.concurrency"));
            }));
    b.add(
        Tf.resource(
            "aws_lambda_event_source_mapping",
            "stream",
            x -> {
              x.attr("for_each", Rules.byKey("local.lambda_streams"));
              x.gap();
              x.ref("event_source_arn", "aws_kinesis_stream.this[each.value.item].arn");
              x.ref("function_name", "aws_lambda_function.this[each.value.owner].arn");
              x.attr("starting_position", "LATEST");
              x.ref("parallelization_factor", "each.value.parallelization");
            }));
    b.add(
        Tf.resource(
            "aws_sns_topic_subscription",
            "lambda",
            x -> {
              x.attr("for_each", Rules.byKey("local.lambda_topics"));
              x.gap();
              x.ref("topic_arn", "aws_sns_topic.this[each.value.item].arn");
              x.attr("protocol", "lambda");
              x.ref("endpoint", "aws_lambda_function.this[each.value.owner].arn");
            }));
    b.add(
        Tf.resource(
            "aws_lambda_permission",
            "sns",
            x -> {
              x.attr("for_each", Rules.byKey("local.lambda_topics"));
              x.gap();
              x.attr("statement_id", Expr.template("sns-", ref("each.value.item")));
              x.attr("action", "lambda:InvokeFunction");
              x.ref("function_name", "aws_lambda_function.this[each.value.owner].function_name");
              x.attr("principal", "sns.amazonaws.com");
              x.ref("source_arn", "aws_sns_topic.this[each.value.item].arn");
            }));
  }

  static void inputs(Plan plan, Region region, Body.Builder module) {
    List<Service> lambdas = plan.services(Service.Platform.LAMBDA, region);
    if (lambdas.isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    for (Service s : lambdas) {
      ObjectBuilder queues = ObjectBuilder.object();
      ObjectBuilder streams = ObjectBuilder.object();
      List<String> topics = new ArrayList<>();
      List<String> policies = new ArrayList<>(List.of("service-role/AWSLambdaBasicExecutionRole"));
      boolean vpc = LambdaBlocks.inVpc(plan, s);
      if (vpc) {
        policies.add("service-role/AWSLambdaVPCAccessExecutionRole");
      }
      int limit = ((Service.Scaling.OnDemand) s.scaling()).concurrencyLimit();
      for (Connection c : plan.to(s.id())) {
        Component from = plan.component(c.from()).orElseThrow();
        if (from instanceof Queue) {
          queues.put(from.id(), c.concurrency().orElse(sqsDefault(limit)));
          add(policies, "service-role/AWSLambdaSQSQueueExecutionRole");
        } else if (from instanceof Stream st) {
          int perShard = (c.concurrency().orElse(st.shards()) + st.shards() - 1) / st.shards();
          streams.put(from.id(), perShard);
          add(policies, "service-role/AWSLambdaKinesisExecutionRole");
        } else if (from instanceof Topic) {
          topics.add(from.id());
        }
      }
      all.put(
          s.id(),
          ObjectBuilder.object()
              .put("name", plan.awsName(Limits.LAMBDA_NAME, region, s.id()))
              .put("image_uri", ref("var.lambda_image_uris[\"" + s.id() + "\"]"))
              .put("memory_mb", s.memory().orElse(Service.DEFAULT_LAMBDA_MEMORY).bytes() >> 20)
              .put("timeout_seconds", seconds(s.timeout()))
              .put("reserved_concurrency", LambdaBlocks.reserved(limit))
              .put("in_vpc", vpc)
              .put("managed_policies", Expr.strings(policies))
              .put("access", Access.of(plan, s))
              .put("queues", queues.build())
              .put("streams", streams.build())
              .put("topics", Expr.strings(topics))
              .build());
    }
    module.attr("lambdas", all.build());
  }

  /**
   * The trigger's concurrency when the design gives none: the function's limit, within the 2 to
   * 1,000 an SQS trigger takes (a limit of 1 is then kept by the function's reserved concurrency).
   */
  static int sqsDefault(int limit) {
    return Math.max(
        LambdaLimits.MIN_SQS_CONCURRENCY, Math.min(limit, LambdaLimits.MAX_SQS_CONCURRENCY));
  }

  private static void add(List<String> list, String item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }

  private static long seconds(Duration d) {
    return (d.toMillis() + 999) / 1000;
  }
}
