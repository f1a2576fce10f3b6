package io.scalelab.exporters.files;

import java.util.Locale;

/** Names for files and cloud resources made from free text such as a design's name. */
public final class Slugs {

  private Slugs() {}

  /**
   * Lower case, every run of characters other than {@code a-z 0-9} as one hyphen, no hyphen at
   * either end ({@code "Phase 4: Global"} → {@code phase-4-global}); may be empty.
   */
  public static String of(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
