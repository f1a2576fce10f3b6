package io.scalelab.exporters.terraform;

/** Length limits of AWS names, each from the service's API reference. */
final class Limits {

  /**
   * 64: IAM role and instance profile names (IAM User Guide, "IAM object quotas"), the shortest of
   * the names an EC2 service's resources share (group, launch template, security group).
   */
  static final int EC2_NAME = 64;

  /** 63: RDS DB instance and cluster identifiers (RDS User Guide, "Naming constraints"). */
  static final int RDS_IDENTIFIER = 63;

  /** 40: ElastiCache replication group ids (ElastiCache API, CreateReplicationGroup). */
  static final int ELASTICACHE_ID = 40;

  /** 80: SQS queue names, less the 5 of {@code .fifo} and the 4 of {@code -dlq}. */
  static final int SQS_NAME = 71;

  /** 256: SNS topic names, less the 5 of {@code .fifo}. */
  static final int SNS_NAME = 251;

  /** 64: Lambda function names (Lambda API, CreateFunction). */
  static final int LAMBDA_NAME = 64;

  /** 128: Kinesis stream names (Kinesis API, CreateStream). */
  static final int KINESIS_NAME = 128;

  /** 255: DynamoDB table names (DynamoDB Developer Guide, "Naming rules"). */
  static final int DYNAMODB_NAME = 255;

  /** 20: DAX cluster names (DAX API, CreateCluster). */
  static final int DAX_NAME = 20;

  /** 63: S3 bucket names, less 13 for the {@code -<account id>} that makes them unique. */
  static final int S3_NAME = 50;

  /** 128: API Gateway HTTP API names. */
  static final int API_NAME = 128;

  /** 64: IAM role names (IAM User Guide, "IAM object quotas"). */
  static final int IAM_ROLE_NAME = 64;

  /** 128: EC2 launch template names (EC2 API, CreateLaunchTemplate). */
  static final int LAUNCH_TEMPLATE_NAME = 128;

  /**
   * 26: the characters the AWS provider appends to a {@code name_prefix} (a timestamp and a
   * counter, terraform-plugin-sdk {@code id.PrefixedUniqueId}; why IAM's prefixes stop at 38).
   */
  static final int UNIQUE_SUFFIX = 26;

  /**
   * 32: the name prefix taken from the design name, as long as {@link TerraformOptions} allows a
   * chosen one, so that {@code <prefix>-<region>-<suffix>} names stay short enough.
   */
  static final int NAME_PREFIX = 32;

  /** 100: EKS cluster names (EKS API, CreateCluster). */
  static final int EKS_CLUSTER_NAME = 100;

  private Limits() {}
}
