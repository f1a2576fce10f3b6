package io.scalelab.exporters.cost;

import java.util.List;
import java.util.Map;

/**
 * Chart colours. Components take Tableau 10, a palette designed so neighbouring segments stay
 * apart, also for most colour-vision deficiencies; beyond ten they repeat and the legend tells them
 * apart. Cost kinds keep one colour each across every chart of a report.
 */
final class Palette {

  private static final List<String> COMPONENTS =
      List.of(
          "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
          "#9c755f", "#bab0ac");

  private static final Map<String, String> KINDS =
      Map.of(
          "compute", "#4e79a7",
          "storage", "#59a14f",
          "data-transfer", "#f28e2b",
          "requests", "#b07aa1",
          "networking", "#76b7b2");

  private Palette() {}

  /** The colour of the {@code i}-th component (from 0). */
  static String component(int i) {
    return COMPONENTS.get(i % COMPONENTS.size());
  }

  /** The colour of a cost kind, by its file name; grey for a kind this palette does not know. */
  static String kind(String kind) {
    return KINDS.getOrDefault(kind, "#8c8c8c");
  }

  /**
   * Black or white, whichever reads better on {@code hex} (WCAG relative luminance; 0.179 is where
   * both contrast equally).
   */
  static String textOn(String hex) {
    double r = channel(hex, 1);
    double g = channel(hex, 3);
    double b = channel(hex, 5);
    double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return luminance > 0.179 ? "#111111" : "#ffffff";
  }

  private static double channel(String hex, int at) {
    double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
