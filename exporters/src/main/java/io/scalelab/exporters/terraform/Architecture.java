package io.scalelab.exporters.terraform;

import java.util.regex.Pattern;

/** The CPU architecture of an EC2 instance type, which decides the AMI and the EKS AMI type. */
enum Architecture {
  X86_64("x86_64", "AL2023_x86_64_STANDARD"),
  ARM64("arm64", "AL2023_ARM_64_STANDARD");

  /**
   * Graviton (arm64) families: a {@code g} right after the generation digit ({@code m7g}, {@code
   * c6gn}, {@code r6gd}, {@code t4g}, {@code im4gn}), and {@code a1} (Amazon EC2 User Guide,
   * "Instance type naming conventions": processor family {@code g} is AWS Graviton).
   */
  private static final Pattern GRAVITON = Pattern.compile("([a-z]+[0-9]+g[a-z0-9-]*|a1)\\..+");

  /** The suffix of the public AL2023 AMI parameter, {@code x86_64} or {@code arm64}. */
  final String ssmSuffix;

  /** The EKS managed node group AMI type for Amazon Linux 2023 (EKS API reference, amiType). */
  final String eksAmiType;

  Architecture(String ssmSuffix, String eksAmiType) {
    this.ssmSuffix = ssmSuffix;
    this.eksAmiType = eksAmiType;
  }

  /** The architecture of an instance type such as {@code m5.large} or {@code m7g.xlarge}. */
  static Architecture of(String instanceType) {
    return GRAVITON.matcher(instanceType).matches() ? ARM64 : X86_64;
  }
}
