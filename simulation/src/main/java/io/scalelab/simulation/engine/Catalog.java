package io.scalelab.simulation.engine;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.distribution.Distribution;
import java.time.Duration;
import java.util.Map;

/**
 * The modelling constants of the components that are not services: how long they take and how much
 * they serve at once. Each is a named default with its source; where AWS publishes no figure the
 * comment says it is an assumption.
 */
final class Catalog {

  private Catalog() {}

  /** Application Load Balancer processing delay: 1 ms, an assumption (AWS publishes no figure). */
  static final Distribution ALB_DELAY = new Distribution.Constant(Duration.ofMillis(1));

  /** CloudFront edge processing delay: 1 ms, an assumption (AWS publishes no figure). */
  static final Distribution CDN_DELAY = new Distribution.Constant(Duration.ofMillis(1));

  /** AWS WAF evaluation delay per rule: 50 µs, an assumption (AWS publishes no figure). */
  static final Duration WAF_DELAY_PER_RULE = Duration.ofNanos(50_000);

  /**
   * API Gateway overhead: 5 ms, an assumption for the gap between its Latency and
   * IntegrationLatency metrics (API Gateway Developer Guide, "Amazon API Gateway dimensions and
   * metrics").
   */
  static final Distribution API_GATEWAY_DELAY = new Distribution.Constant(Duration.ofMillis(5));

  /**
   * DynamoDB request latency: exponential with mean 4 ms, an assumption within the "single-digit
   * millisecond" latency DynamoDB states (DynamoDB Developer Guide, "What is DynamoDB").
   */
  static final Distribution DYNAMODB_DELAY = new Distribution.Exponential(Duration.ofMillis(4));

  /**
   * SQS, SNS and Kinesis put latency: exponential with mean 10 ms, an assumption (AWS publishes no
   * figure; SQS docs describe latency as "tens of milliseconds").
   */
  static final Distribution MESSAGING_DELAY = new Distribution.Exponential(Duration.ofMillis(10));

  /**
   * S3 first-byte latency: uniform 100–200 ms, the figure S3 states for small objects (S3 User
   * Guide, "Performance guidelines for Amazon S3").
   */
  static final Distribution S3_DELAY =
      new Distribution.Uniform(Duration.ofMillis(100), Duration.ofMillis(200));

  /**
   * Redis commands per second a node serves: ElastiCache for Redis 7.1 serves "over 1 million
   * requests per second per node" on r7g.4xlarge (16 vCPU) and larger ("Supported engine versions",
   * ElastiCache User Guide). Scaled down linearly by vCPUs, 62,500 per vCPU, an assumption (its I/O
   * threads scale with cores).
   */
  static final double REDIS_COMMANDS_PER_VCPU = 62_500;

  static final double REDIS_MAX_COMMANDS = 1_000_000;

  /** The constant time of one Redis command on a node of the given type. */
  static Distribution redisCommand(String nodeType) {
    double perSecond = Math.min(REDIS_MAX_COMMANDS, REDIS_COMMANDS_PER_VCPU * vcpus(nodeType));
    return new Distribution.Constant(Duration.ofNanos(Math.round(1e9 / perSecond)));
  }

  /**
   * Memory of ElastiCache node types, GiB (ElastiCache User Guide, "Supported node types"). A
   * quarter is reserved for the engine by default ({@code reserved-memory-percent} 25).
   */
  static final Map<String, Double> CACHE_NODE_GIB =
      Map.ofEntries(
          Map.entry("cache.t3.micro", 0.5),
          Map.entry("cache.t3.small", 1.37),
          Map.entry("cache.t3.medium", 3.09),
          Map.entry("cache.t4g.micro", 0.5),
          Map.entry("cache.t4g.small", 1.37),
          Map.entry("cache.t4g.medium", 3.09),
          Map.entry("cache.m5.large", 6.38),
          Map.entry("cache.m5.xlarge", 12.93),
          Map.entry("cache.m5.2xlarge", 26.04),
          Map.entry("cache.m5.4xlarge", 52.26),
          Map.entry("cache.m6g.large", 6.38),
          Map.entry("cache.m6g.xlarge", 12.94),
          Map.entry("cache.m6g.2xlarge", 26.05),
          Map.entry("cache.m6g.4xlarge", 52.26),
          Map.entry("cache.m7g.large", 6.38),
          Map.entry("cache.m7g.xlarge", 12.94),
          Map.entry("cache.r5.large", 13.07),
          Map.entry("cache.r5.xlarge", 26.32),
          Map.entry("cache.r5.2xlarge", 52.82),
          Map.entry("cache.r5.4xlarge", 105.81),
          Map.entry("cache.r6g.large", 13.07),
          Map.entry("cache.r6g.xlarge", 26.32),
          Map.entry("cache.r6g.2xlarge", 52.82),
          Map.entry("cache.r6g.4xlarge", 105.81),
          Map.entry("cache.r6g.8xlarge", 209.55),
          Map.entry("cache.r7g.large", 13.07),
          Map.entry("cache.r7g.xlarge", 26.32),
          Map.entry("cache.r7g.2xlarge", 52.82),
          Map.entry("cache.r7g.4xlarge", 105.81));

  /** Share of node memory left for data: ElastiCache reserves 25% by default. */
  static final double CACHE_USABLE_MEMORY = 0.75;

  /** DAX item-cache TTL: 5 minutes, the default (DynamoDB Developer Guide, "DAX: How it works"). */
  static final long DAX_TTL_NANOS = 300_000_000_000L;

  /**
   * A DAX cache hit: 200 µs, an assumption within the "microseconds" DAX states for cached reads
   * (DynamoDB Developer Guide, "In-memory acceleration with DAX").
   */
  static final long DAX_HIT_NANOS = 200_000L;

  /**
   * Kinesis write limit per shard: 1,000 records per second (Kinesis Data Streams Developer Guide,
   * "Quotas and limits"; the 1 MB/s byte limit is not modelled separately).
   */
  static final double KINESIS_RECORDS_PER_SHARD = 1_000;

  /**
   * A stream consumer that fails retries the record after 1 s, an assumption (the Kinesis Client
   * Library retries a failed batch; Lambda event sources retry until the record expires).
   */
  static final long STREAM_RETRY_NANOS = 1_000_000_000L;

  /**
   * A DynamoDB partition serves at most 3,000 RCU and 1,000 WCU per second (DynamoDB Developer
   * Guide, "Partitions and data distribution"): a hot key throttles even when the table has room.
   */
  static final double PARTITION_RCU = 3_000;

  static final double PARTITION_WCU = 1_000;

  /** DynamoDB keeps up to 300 s of unused provisioned capacity as burst (Developer Guide). */
  static final double DYNAMODB_BURST_SECONDS = 300;

  /** Route 53 answers from resolver caches: no delay on the request path. */
  static final Distribution ROUTE53_DELAY = new Distribution.Constant(Duration.ZERO);

  /**
   * vCPUs by instance size, the pattern of the EC2 and RDS instance type tables ("Amazon EC2
   * instance types", "DB instance classes"): large 2, xlarge 4, Nxlarge 4N. Burstable (t) micro,
   * small and medium sizes have 2 vCPUs; other mediums 1.
   */
  static int vcpus(String instanceType) {
    String size = instanceType.substring(instanceType.lastIndexOf('.') + 1);
    String family = instanceType.replaceFirst("^(db|cache)\\.", "");
    boolean burstable = family.startsWith("t");
    Map<String, Integer> small =
        Map.of(
            "nano",
            2,
            "micro",
            2,
            "small",
            2,
            "medium",
            burstable ? 2 : 1,
            "large",
            2,
            "xlarge",
            4,
            "metal",
            96);
    if (small.containsKey(size)) {
      return small.get(size);
    }
    if (size.endsWith("xlarge")) {
      try {
        return 4 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
      } catch (NumberFormatException e) {
        return 2;
      }
    }
    return 2;
  }

  /** The delay distribution of a component that is a delay station. */
  static Distribution delayOf(Component c) {
    return switch (c.type()) {
      case CDN -> CDN_DELAY;
      case WAF ->
          new Distribution.Constant(
              WAF_DELAY_PER_RULE.multipliedBy(((io.scalelab.model.component.Waf) c).rules()));
      case LOAD_BALANCER -> ALB_DELAY;
      case API_GATEWAY -> API_GATEWAY_DELAY;
      case KEY_VALUE -> DYNAMODB_DELAY;
      case QUEUE, TOPIC, STREAM -> MESSAGING_DELAY;
      case OBJECT_STORE -> S3_DELAY;
      case DNS -> ROUTE53_DELAY;
      case USERS, SERVICE, CACHE, DATABASE ->
          throw new IllegalArgumentException("not a delay station: " + c.type());
    };
  }

  /** Whether a component type is modelled as a pure delay (no capacity limit) in this engine. */
  static boolean isDelay(ComponentType t) {
    return switch (t) {
      case CDN, WAF, LOAD_BALANCER, API_GATEWAY, KEY_VALUE, QUEUE, TOPIC, STREAM, OBJECT_STORE ->
          true;
      default -> false;
    };
  }
}
