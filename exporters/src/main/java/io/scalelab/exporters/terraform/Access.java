package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The IAM permissions a service's calls need: sending to the queues, topics and streams it calls,
 * reading or writing the tables and buckets it calls, and receiving from the queues and streams
 * that deliver to it; nothing else. Resources are named by ARN, built from the account and
 * partition the root module looks up, so a service may use a resource of another region.
 */
final class Access {

  private Access() {}

  /**
   * {@code [{actions, resources}, ...]} for the service {@code s} and the services hosted on it.
   */
  static Expr of(Plan plan, Service s) {
    List<Expr> statements = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ids.add(s.id());
    for (Component c : plan.design.components()) {
      if (c instanceof Service h && h.host().filter(s.id()::equals).isPresent()) {
        ids.add(h.id());
      }
    }
    for (Connection c : plan.design.connections()) {
      if (ids.contains(c.from())) {
        plan.component(c.to()).ifPresent(t -> calls(plan, c, t, statements));
      }
      if (ids.contains(c.to())) {
        plan.component(c.from()).ifPresent(t -> consumes(plan, t, statements));
      }
    }
    return Expr.list(statements);
  }

  private static void calls(Plan plan, Connection c, Component t, List<Expr> out) {
    boolean reads = c.operation() != Connection.Operation.WRITE;
    boolean writes = c.operation() != Connection.Operation.READ;
    if (t instanceof Queue) {
      out.add(statement(List.of("sqs:SendMessage", "sqs:GetQueueUrl"), arn(plan, t)));
    } else if (t instanceof Topic) {
      out.add(statement(List.of("sns:Publish"), arn(plan, t)));
    } else if (t instanceof Stream) {
      out.add(statement(List.of("kinesis:PutRecord", "kinesis:PutRecords"), arn(plan, t)));
    } else if (t instanceof KeyValueStore) {
      List<String> a = new ArrayList<>();
      if (reads) {
        a.addAll(List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"));
      }
      if (writes) {
        a.addAll(
            List.of(
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:DeleteItem",
                "dynamodb:BatchWriteItem"));
      }
      out.add(statement(a, arn(plan, t)));
    } else if (t instanceof ObjectStore) {
      List<String> a = new ArrayList<>();
      if (reads) {
        a.add("s3:GetObject");
      }
      if (writes) {
        a.add("s3:PutObject");
      }
      out.add(statement(a, objects(plan, t)));
    }
  }

  private static void consumes(Plan plan, Component source, List<Expr> out) {
    if (source instanceof Queue) {
      out.add(
          statement(
              List.of(
                  "sqs:ReceiveMessage",
                  "sqs:DeleteMessage",
                  "sqs:ChangeMessageVisibility",
                  "sqs:GetQueueAttributes"),
              arn(plan, source)));
    } else if (source instanceof Stream) {
      out.add(
          statement(
              List.of(
                  "kinesis:GetRecords",
                  "kinesis:GetShardIterator",
                  "kinesis:DescribeStream",
                  "kinesis:DescribeStreamSummary",
                  "kinesis:ListShards"),
              arn(plan, source)));
    }
  }

  private static Expr statement(List<String> actions, Expr resource) {
    return ObjectBuilder.object()
        .put("actions", Expr.strings(actions))
        .put("resources", Expr.list(resource))
        .build();
  }

  /** The ARN of an exported queue, topic, stream, table or bucket, from its AWS name. */
  static Expr arn(Plan plan, Component c) {
    Region r = c.region();
    String account = ":" + r.code() + ":";
    Expr partition = ref("local.partition");
    Expr id = ref("local.account_id");
    if (c instanceof Queue) {
      return template(
          "arn:",
          partition,
          ":sqs" + account,
          id,
          ":" + plan.awsName(Limits.SQS_NAME, r, c.id()) + fifo(c));
    }
    if (c instanceof Topic t) {
      return template(
          "arn:",
          partition,
          ":sns" + account,
          id,
          ":"
              + plan.awsName(Limits.SNS_NAME, r, c.id())
              + (t.ordering() == Queue.Ordering.FIFO ? ".fifo" : ""));
    }
    if (c instanceof Stream) {
      return template(
          "arn:",
          partition,
          ":kinesis" + account,
          id,
          ":stream/" + plan.awsName(Limits.KINESIS_NAME, r, c.id()));
    }
    if (c instanceof KeyValueStore) {
      return template(
          "arn:",
          partition,
          ":dynamodb" + account,
          id,
          ":table/" + plan.awsName(Limits.DYNAMODB_NAME, r, c.id()));
    }
    return template("arn:", partition, ":s3:::", StorageBlocks.bucketName(plan, c) + "-", id);
  }

  /** {@code arn:...:s3:::<bucket>/*}: every object of a bucket. */
  static Expr objects(Plan plan, Component bucket) {
    return template(
        "arn:",
        ref("local.partition"),
        ":s3:::",
        StorageBlocks.bucketName(plan, bucket) + "-",
        ref("local.account_id"),
        "/*");
  }

  private static String fifo(Component c) {
    return c instanceof Queue q && q.ordering() == Queue.Ordering.FIFO ? ".fifo" : "";
  }
}
