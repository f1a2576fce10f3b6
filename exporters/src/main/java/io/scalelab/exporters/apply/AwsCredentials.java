package io.scalelab.exporters.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks for AWS credentials where the Terraform AWS provider (through the AWS SDK's default chain)
 * would find them, without contacting AWS: the point is a clear line before {@code terraform init}
 * rather than a provider error after it. It cannot tell whether the credentials are valid;
 * Terraform says so in its own words.
 *
 * <p>Sources, per the AWS SDKs and Tools reference guide, "Standardized credential providers"
 * (https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html).
 */
final class AwsCredentials {

  /** Environment variables that each name a usable credential source. */
  static final List<String> ENVIRONMENT =
      List.of(
          "AWS_ACCESS_KEY_ID",
          "AWS_PROFILE",
          "AWS_WEB_IDENTITY_TOKEN_FILE",
          // ECS task roles and EKS Pod Identity (container credential provider).
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
          "AWS_CONTAINER_CREDENTIALS_FULL_URI");

  /** Settings in ~/.aws/credentials or ~/.aws/config that provide credentials. */
  private static final Pattern FILE_SETTING =
      Pattern.compile(
          "(?m)^\\s*(aws_access_key_id|sso_session|sso_start_url|credential_process|role_arn"
              + "|web_identity_token_file|credential_source|login_session)\\s*=\\s*\\S");

  /**
   * On EC2 the instance profile is found through the metadata service, which has no environment
   * variable; the DMI vendor string says "Amazon EC2" on Nitro instances (EC2 User Guide, "Detect
   * whether a host is an EC2 instance").
   */
  private static final Path EC2_VENDOR = Path.of("/sys/devices/virtual/dmi/id/sys_vendor");

  private final Map<String, String> environment;
  private final Path home;
  private final Path ec2Vendor;

  AwsCredentials(Map<String, String> environment, Path home) {
    this(environment, home, EC2_VENDOR);
  }

  AwsCredentials(Map<String, String> environment, Path home, Path ec2Vendor) {
    this.environment = Map.copyOf(environment);
    this.home = home;
    this.ec2Vendor = ec2Vendor;
  }

  /** Where credentials were found, for the log, or empty when no source has any. */
  Optional<String> source() {
    for (String name : ENVIRONMENT) {
      if (!environment.getOrDefault(name, "").isBlank()) {
        return Optional.of("environment variable " + name);
      }
    }
    for (Path file : List.of(credentialsFile(), configFile())) {
      if (provides(file)) {
        return Optional.of(file.toString());
      }
    }
    if (onEc2()) {
      return Optional.of("the EC2 instance profile (instance metadata)");
    }
    return Optional.empty();
  }

  /** The one line shown when {@link #source()} is empty. */
  String missing() {
    return "no AWS credentials found for Terraform's AWS provider (checked "
        + String.join(", ", ENVIRONMENT)
        + ", "
        + credentialsFile()
        + ", "
        + configFile()
        + " and instance metadata); run 'aws configure' or 'aws sso login', or set AWS_PROFILE";
  }

  private Path credentialsFile() {
    return file("AWS_SHARED_CREDENTIALS_FILE", "credentials");
  }

  private Path configFile() {
    return file("AWS_CONFIG_FILE", "config");
  }

  private Path file(String variable, String name) {
    String given = environment.getOrDefault(variable, "");
    return given.isBlank() ? home.resolve(".aws").resolve(name) : Path.of(given);
  }

  private static boolean provides(Path file) {
    try {
      return Files.isRegularFile(file) && FILE_SETTING.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      // An unreadable file provides nothing; the line names the file so the user can look.
      return false;
    }
  }

  private boolean onEc2() {
    try {
      return Files.isReadable(ec2Vendor)
          && Files.readString(ec2Vendor).strip().equals("Amazon EC2");
    } catch (IOException e) {
      return false;
    }
  }
}
