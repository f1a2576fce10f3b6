package io.scalelab.model.component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The types of component, with their names in design files and which types each may call. */
public enum ComponentType {
  USERS("users", "a user origin: where users are and how they behave"),
  DNS("dns", "Route 53 hosted zone and records"),
  CDN("cdn", "CloudFront distribution"),
  WAF("waf", "AWS WAF web ACL"),
  LOAD_BALANCER("load-balancer", "Application Load Balancer"),
  API_GATEWAY("api-gateway", "Amazon API Gateway"),
  SERVICE("service", "compute: EC2 Auto Scaling group, EKS Deployment or Lambda function"),
  CACHE("cache", "ElastiCache (Redis OSS, Valkey, Memcached)"),
  DATABASE("database", "RDS PostgreSQL/MySQL or Aurora"),
  KEY_VALUE("key-value", "DynamoDB table, optionally with DAX"),
  QUEUE("queue", "SQS queue"),
  TOPIC("topic", "SNS topic"),
  STREAM("stream", "Kinesis data stream"),
  OBJECT_STORE("object-store", "S3 bucket");

  private final String fileName;
  private final String description;

  ComponentType(String fileName, String description) {
    this.fileName = fileName;
    this.description = description;
  }

  /** The type's name in design files, e.g. {@code load-balancer}. */
  public String fileName() {
    return fileName;
  }

  /** A short description naming the AWS service. */
  public String description() {
    return description;
  }

  /** The type with the given design-file name. */
  public static Optional<ComponentType> fromFileName(String name) {
    return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
  }

  /** Whether a component of this type may live in {@code global} rather than a region. */
  public boolean mayBeGlobal() {
    return this == DNS || this == CDN || this == WAF;
  }

  /**
   * The types a component of this type may call. Data stores call nothing (cache-aside is written
   * as a connection to the database {@code via} the cache); queues, topics and streams deliver to
   * their consumers and subscribers.
   */
  public Set<ComponentType> mayCall() {
    return switch (this) {
      case USERS -> EnumSet.of(DNS, CDN, WAF, LOAD_BALANCER, API_GATEWAY, SERVICE, OBJECT_STORE);
      case DNS -> EnumSet.of(CDN, WAF, LOAD_BALANCER, API_GATEWAY, SERVICE);
      case CDN -> EnumSet.of(DNS, WAF, LOAD_BALANCER, API_GATEWAY, SERVICE, OBJECT_STORE);
      case WAF -> EnumSet.of(CDN, LOAD_BALANCER, API_GATEWAY, SERVICE);
      case LOAD_BALANCER -> EnumSet.of(SERVICE);
      case API_GATEWAY ->
          EnumSet.of(SERVICE, LOAD_BALANCER, QUEUE, TOPIC, STREAM, KEY_VALUE, OBJECT_STORE);
      case SERVICE ->
          EnumSet.of(
              SERVICE,
              LOAD_BALANCER,
              API_GATEWAY,
              CACHE,
              DATABASE,
              KEY_VALUE,
              QUEUE,
              TOPIC,
              STREAM,
              OBJECT_STORE);
      case QUEUE, STREAM -> EnumSet.of(SERVICE);
      case TOPIC -> EnumSet.of(QUEUE, SERVICE);
      case OBJECT_STORE -> EnumSet.of(QUEUE, TOPIC, SERVICE);
      case CACHE, DATABASE, KEY_VALUE -> EnumSet.noneOf(ComponentType.class);
    };
  }

  @Override
  public String toString() {
    return fileName;
  }
}
