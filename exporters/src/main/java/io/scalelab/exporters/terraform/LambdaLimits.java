package io.scalelab.exporters.terraform;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.topology.Connection;
import java.time.Duration;

/** What Lambda accepts, checked before export so the apply does not fail on it. */
final class LambdaLimits {

  /** Longest function timeout: 900 s (Lambda Developer Guide, "Lambda quotas"). */
  static final Duration MAX_TIMEOUT = Duration.ofSeconds(900);

  /**
   * Maximum concurrency of an SQS event source: 2 to 1,000 (Lambda Developer Guide, "Configuring
   * maximum concurrency for Amazon SQS event sources").
   */
  static final int MIN_SQS_CONCURRENCY = 2;

  static final int MAX_SQS_CONCURRENCY = 1000;

  private LambdaLimits() {}

  /** Throws for a function or trigger Lambda would refuse. */
  static void check(Plan plan) throws TerraformException {
    for (Service s : plan.services(Service.Platform.LAMBDA)) {
      if (s.timeout().compareTo(MAX_TIMEOUT) > 0) {
        throw new TerraformException(
            "component '"
                + s.id()
                + "': timeout "
                + s.timeout().toSeconds()
                + "s is longer than Lambda's 900s; lower it to 900s or less");
      }
      for (Connection c : plan.to(s.id())) {
        Component from = plan.component(c.from()).orElseThrow();
        boolean source = from instanceof Queue || from instanceof Stream;
        if (source && !from.region().equals(s.region())) {
          throw new TerraformException(
              "connection '"
                  + c.id()
                  + "': a Lambda function reads queues and streams of its own"
                  + " region only; put '"
                  + from.id()
                  + "' and '"
                  + s.id()
                  + "' in one region");
        }
        if (from instanceof Queue && c.concurrency().isPresent()) {
          int n = c.concurrency().get();
          if (n < MIN_SQS_CONCURRENCY || n > MAX_SQS_CONCURRENCY) {
            throw new TerraformException(
                "connection '"
                    + c.id()
                    + "': concurrency "
                    + n
                    + " is outside the 2 to 1000 a Lambda SQS trigger allows");
          }
        }
        if (from instanceof Stream st && c.concurrency().isPresent()) {
          int perShard = (c.concurrency().get() + st.shards() - 1) / st.shards();
          if (perShard > LambdaTriggers.MAX_PARALLELIZATION) {
            throw new TerraformException(
                "connection '"
                    + c.id()
                    + "': concurrency "
                    + c.concurrency().get()
                    + " needs "
                    + perShard
                    + " batches per shard; Lambda allows 10 (add shards)");
          }
        }
      }
    }
  }
}
