package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.files.GeneratedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root variables accept the values their descriptions give as examples and refuse wrong ones
 * with their own message, as Terraform itself evaluates them ({@code terraform console} checks
 * variable validations and needs no provider).
 */
class VariableValidationTest {

  private static Path variables(String example, Path dir) throws Exception {
    Path terraform = TerraformFmtTest.terraform();
    Assumptions.assumeTrue(terraform != null, "terraform is not on the PATH: check skipped");
    GeneratedFiles files =
        Examples.export(
            example.endsWith(".yaml")
                ? Path.of(example)
                : Examples.EXAMPLES.resolve(example + ".yaml"));
    Files.writeString(dir.resolve("variables.tf"), files.files().get("variables.tf"));
    return terraform;
  }

  private static TerraformFmtTest.Result console(Path terraform, Path dir, String... vars)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("console", "-no-color"));
    for (String v : vars) {
      args.add("-var");
      args.add(v);
    }
    return TerraformFmtTest.runWithInput(
        terraform, dir, "var.vpc_cidrs\n", args.toArray(String[]::new));
  }

  @Test
  void globalPhaseAcceptsTheDocumentedExamplesAndRefusesNonsense(@TempDir Path dir)
      throws Exception {
    Path tf = variables("phase-4-global", dir);
    String admin = "admin_cidrs=[\"203.0.113.0/24\"]";
    String domain = "domain_name=shop.example.com";
    assertThat(console(tf, dir, admin, domain).output()).contains("10.0.0.0/16");
    assertThat(console(tf, dir, "admin_cidrs=[\"office\"]", domain).output())
        .contains("Give at least one IPv4 range in CIDR notation");
    assertThat(console(tf, dir, admin, "domain_name=Shop Example").output())
        .contains("Give a lower-case domain name");
    assertThat(
            console(
                    tf,
                    dir,
                    admin,
                    domain,
                    "vpc_cidrs={\"ap-south-1\"=\"10.0.0.0/24\",\"us-east-1\"=\"10.1.0.0/16\"}")
                .output())
        .contains("/20 or larger");
    assertThat(console(tf, dir, admin, domain, "cloudfront_certificate_arn=not-an-arn").output())
        .contains("Give an ACM certificate ARN");
  }

  @Test
  void everyEc2ServiceNeedsItsStartUpScript(@TempDir Path dir) throws Exception {
    Path tf = variables("phase-1-high-availability", dir);
    String cidrs = "allowed_cidrs=[\"0.0.0.0/0\"]";
    assertThat(console(tf, dir, cidrs, "ec2_user_data={web=\"#!/bin/sh\"}").exit()).isZero();
    assertThat(console(tf, dir, cidrs, "ec2_user_data={other=\"#!/bin/sh\"}").output())
        .contains("Give ec2_user_data an entry for each of: web.");
  }

  @Test
  void lambdaImagesMustBeEcrImages(@TempDir Path dir) throws Exception {
    Path tf = variables(Examples.SERVERLESS.toString(), dir);
    String images =
        "lambda_image_uris={checkout=\"%s\",fulfil=\"%<s\",notify=\"%<s\",analytics=\"%<s\"}";
    String good = String.format(images, "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1");
    String rest = "dynamodb_keys={orders={hash_key=\"pk\"}}";
    String domain = "domain_name=shop.example.com";
    String certs = "certificate_arns={api=\"arn:aws:acm:eu-west-1:123456789012:certificate/abc\"}";
    assertThat(console(tf, dir, good, rest, domain, certs).exit()).isZero();
    assertThat(
            console(tf, dir, String.format(images, "docker.io/app:1"), rest, domain, certs)
                .output())
        .contains("Each value of lambda_image_uris must look like the example");
    assertThat(console(tf, dir, good, "dynamodb_keys={}", domain, certs).output())
        .contains("Give dynamodb_keys an entry for each of: orders.");
  }
}
