package io.scalelab.simulation.cost;

import java.util.Map;

/**
 * The AWS Price List products ScaleLab prices with: one home for their service codes, families and
 * identifying attributes. The shipped snapshot holds one entry per product and region; {@code
 * docs/cost.md} lists what each component is charged.
 */
final class Products {

  /**
   * A product: what {@link io.scalelab.simulation.price.PriceCatalogue#find} looks up in a region.
   *
   * @param service the Price List service code
   * @param family the product family
   * @param attributes the attributes that identify it
   */
  record Product(String service, String family, Map<String, String> attributes) {

    /** The product in words, for messages. */
    String describe(String region) {
      return service + " " + family + " in " + region + " " + new java.util.TreeMap<>(attributes);
    }
  }

  private Products() {}

  private static Product of(String service, String family, String... attributes) {
    Map<String, String> a = new java.util.LinkedHashMap<>();
    for (int k = 0; k < attributes.length; k += 2) {
      a.put(attributes[k], attributes[k + 1]);
    }
    return new Product(service, family, Map.copyOf(a));
  }

  // --- compute ------------------------------------------------------------------------------

  static Product ec2(String instanceType) {
    return of(
        "AmazonEC2",
        "Compute Instance",
        "instanceType",
        instanceType,
        "operatingSystem",
        "Linux",
        "tenancy",
        "Shared",
        "preInstalledSw",
        "NA",
        "capacitystatus",
        "Used");
  }

  static Product ebsGp3() {
    return of("AmazonEC2", "Storage", "volumeApiName", "gp3");
  }

  static Product eksCluster() {
    return of("AmazonEKS", "Compute", "group", "EKS Cluster");
  }

  static Product lambdaRequests() {
    return of("AWSLambda", "Serverless", "group", "AWS-Lambda-Requests");
  }

  static Product lambdaDuration() {
    return of("AWSLambda", "Serverless", "group", "AWS-Lambda-Duration");
  }

  // --- network ------------------------------------------------------------------------------

  static Product albHours() {
    return of("AWSELB", "Load Balancer-Application", "group", "ELB:Balancer");
  }

  static Product albCapacityUnits() {
    return of("AWSELB", "Load Balancer-Application", "group", "ELB:Capacity Units");
  }

  static Product natGatewayHours() {
    return of("AmazonEC2", "NAT Gateway", "group", "NGW:NatGateway");
  }

  static Product internetTransfer() {
    return of("AWSDataTransfer", "Data Transfer", "transferType", "AWS Outbound");
  }

  static Product interRegionTransfer() {
    return of("AWSDataTransfer", "Data Transfer", "transferType", "InterRegion Outbound");
  }

  static Product crossZoneTransfer() {
    return of("AWSDataTransfer", "Data Transfer", "transferType", "IntraRegion");
  }

  static Product cloudFrontTransfer(String geography) {
    return of(
        "AmazonCloudFront",
        "Data Transfer",
        "fromLocation",
        geography,
        "transferType",
        "CloudFront Outbound");
  }

  static Product cloudFrontHttpsRequests(String geography) {
    return of(
        "AmazonCloudFront",
        "Request",
        "location",
        geography,
        "requestType",
        "CloudFront-Request-HTTPS-Proxy");
  }

  static Product hostedZone() {
    return of("AmazonRoute53", "DNS Zone");
  }

  /** {@code routingType} {@code Standard} or {@code Latency}. */
  static Product dnsQueries(String routingType) {
    return of("AmazonRoute53", "DNS Query", "routingType", routingType);
  }

  static Product healthCheck() {
    return of("AmazonRoute53", "DNS Health Check", "endpointType", "AWS");
  }

  static Product webAcl() {
    return of("awswaf", "Web Application Firewall", "group", "Web ACL");
  }

  static Product wafRule() {
    return of("awswaf", "Web Application Firewall", "group", "Rule");
  }

  static Product wafRequests() {
    return of("awswaf", "Web Application Firewall", "group", "Request");
  }

  static Product apiGatewayRequests() {
    return of("AmazonApiGateway", "API Calls", "operation", "ApiGatewayRequest");
  }

  // --- data ---------------------------------------------------------------------------------

  /** {@code engine} as the Price List names it: {@code PostgreSQL}, {@code Aurora MySQL}... */
  static Product rdsInstance(String instanceClass, String engine, String deployment) {
    return of(
        "AmazonRDS",
        "Database Instance",
        "instanceType",
        instanceClass,
        "databaseEngine",
        engine,
        "deploymentOption",
        deployment);
  }

  static Product rdsGp3Storage(String deployment) {
    return of(
        "AmazonRDS",
        "Database Storage",
        "volumeType",
        "General Purpose-GP3",
        "deploymentOption",
        deployment);
  }

  static Product auroraStorage() {
    return of("AmazonRDS", "Database Storage", "volumeType", "General Purpose-Aurora");
  }

  static Product auroraIo() {
    return of("AmazonRDS", "System Operation", "group", "Aurora I/O Operation");
  }

  /** {@code engine} {@code Redis}, {@code Valkey} or {@code Memcached}. */
  static Product cacheNode(String nodeType, String engine) {
    return of(
        "AmazonElastiCache", "Cache Instance", "instanceType", nodeType, "cacheEngine", engine);
  }

  static Product dynamoReadRequests() {
    return of(
        "AmazonDynamoDB", "Amazon DynamoDB PayPerRequest Throughput", "group", "DDB-ReadUnits");
  }

  static Product dynamoWriteRequests() {
    return of(
        "AmazonDynamoDB", "Amazon DynamoDB PayPerRequest Throughput", "group", "DDB-WriteUnits");
  }

  static Product dynamoReadCapacity() {
    return of("AmazonDynamoDB", "Provisioned IOPS", "group", "DDB-ReadUnits");
  }

  static Product dynamoWriteCapacity() {
    return of("AmazonDynamoDB", "Provisioned IOPS", "group", "DDB-WriteUnits");
  }

  static Product dynamoStorage() {
    return of(
        "AmazonDynamoDB", "Database Storage", "volumeType", "Amazon DynamoDB - Indexed DataStore");
  }

  static Product daxNode(String nodeType) {
    return of("AmazonDAX", "DAX", "instanceType", nodeType);
  }

  /** {@code queueType} {@code Standard} or {@code FIFO (FIFO)}. */
  static Product sqsRequests(String queueType) {
    return of("AWSQueueService", "API Request", "queueType", queueType);
  }

  static Product snsPublishes() {
    return of("AmazonSNS", "API Request", "group", "SNS-Requests");
  }

  static Product snsHttpDeliveries() {
    return of("AmazonSNS", "Message Delivery", "endpointType", "HTTP(S)");
  }

  static Product kinesisShardHours() {
    return of("AmazonKinesis", "Kinesis Streams", "group", "Provisioned shard hour");
  }

  static Product kinesisPayloadUnits() {
    return of("AmazonKinesis", "Kinesis Streams", "group", "Payload Units");
  }

  static Product s3Storage() {
    return of("AmazonS3", "Storage", "volumeType", "Standard");
  }

  static Product s3Puts() {
    return of("AmazonS3", "API Request", "group", "S3-API-Tier1");
  }

  static Product s3Gets() {
    return of("AmazonS3", "API Request", "group", "S3-API-Tier2");
  }
}
