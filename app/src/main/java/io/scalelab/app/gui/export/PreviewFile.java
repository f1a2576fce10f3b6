package io.scalelab.app.gui.export;

import java.nio.charset.StandardCharsets;

/**
 * One file of an export as it would be written.
 *
 * @param path relative to the chosen folder, forward slashes ({@code terraform/main.tf})
 * @param text its whole content
 */
public record PreviewFile(String path, String text) {

  /** Bytes per kibibyte, for the size column. */
  private static final long KIB = 1024;

  /** Its size in bytes, UTF-8 as written. */
  public long bytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Its size for people: {@code 812 B}, {@code 3.4 KiB}. */
  public String size() {
    long b = bytes();
    return b < KIB ? b + " B" : String.format(java.util.Locale.ROOT, "%.1f KiB", b / (double) KIB);
  }
}
