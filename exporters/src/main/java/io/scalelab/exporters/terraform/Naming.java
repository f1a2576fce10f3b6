package io.scalelab.exporters.terraform;

import io.scalelab.exporters.files.Slugs;
import io.scalelab.model.region.Region;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names in the export: provider aliases and module names from region codes, and AWS resource names
 * that respect each service's rules (lower-case letters, digits and hyphens, a length limit).
 */
final class Naming {

  /** Characters of the hash that keeps a shortened name unique. */
  private static final int HASH_CHARS = 6;

  private Naming() {}

  /**
   * A design name as a name prefix: lower case, every run of other characters than letters and
   * digits turned into one hyphen, no hyphen at either end ({@code Phase 4: Global} → {@code
   * phase-4-global}).
   */
  static String slug(String text) {
    String s = Slugs.of(text);
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "s-" + s;
    }
    return s.replaceAll("-+$", "");
  }

  /**
   * The name prefix of a design without a chosen one: its name slugged, at most {@link
   * Limits#NAME_PREFIX} characters (a longer one shortened with a hash, as {@link #aws} does).
   */
  static String designPrefix(String designName) {
    return aws(Limits.NAME_PREFIX, designName);
  }

  /** The provider alias of a region: {@code ap-south-1} → {@code ap_south_1}. */
  static String alias(Region region) {
    return region.code().replace('-', '_');
  }

  /** The module block name of a region's stamp: {@code region_ap_south_1}. */
  static String module(Region region) {
    return "region_" + alias(region);
  }

  /**
   * An AWS name made of {@code parts} joined by hyphens, slugged, at most {@code maxLength}
   * characters; a longer one keeps its start and ends in a hash of the whole, so two long names do
   * not collide.
   */
  static String aws(int maxLength, String... parts) {
    String full = slug(String.join("-", parts));
    if (full.length() <= maxLength) {
      return full;
    }
    String hash = hash(full);
    String head = full.substring(0, maxLength - HASH_CHARS - 1).replaceAll("-+$", "");
    return head + "-" + hash;
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
