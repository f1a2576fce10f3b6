package io.scalelab.model.region;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An AWS region by its code, e.g. {@code ap-south-1}, or {@link #GLOBAL} for the global services
 * (Route 53, CloudFront) that live in no region.
 *
 * @param code the region code
 */
public record Region(String code) implements Comparable<Region> {

  /** The pseudo-region of global services: Route 53 and CloudFront. */
  public static final Region GLOBAL = new Region("global");

  private static final Pattern CODE = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-[0-9]");

  /**
   * The commercial regions ScaleLab knows, as listed in the AWS General Reference, "Service
   * endpoints" (https://docs.aws.amazon.com/general/latest/gr/rande.html), 2026.
   */
  public static final List<String> KNOWN_CODES =
      List.of(
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2",
          "af-south-1",
          "ap-east-1",
          "ap-east-2",
          "ap-south-1",
          "ap-south-2",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-4",
          "ap-southeast-5",
          "ap-southeast-7",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ca-central-1",
          "ca-west-1",
          "eu-central-1",
          "eu-central-2",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "eu-south-1",
          "eu-south-2",
          "eu-north-1",
          "il-central-1",
          "me-south-1",
          "me-central-1",
          "mx-central-1",
          "sa-east-1");

  public Region {
    if (!code.equals("global") && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a region code: " + code);
    }
  }

  /** Whether this is the pseudo-region of global services. */
  public boolean isGlobal() {
    return this.equals(GLOBAL);
  }

  @Override
  public int compareTo(Region other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
