package io.scalelab.exporters.cost;

import static io.scalelab.exporters.cost.Html.esc;
import static io.scalelab.exporters.cost.Html.num;

import io.scalelab.simulation.result.CostReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Designs side by side by cost kind: one bar per design, each the whole of that design's month cut
 * into kinds, its total written beside it. Shares rather than a common dollar scale because the
 * journey's designs differ a thousandfold: on one scale the first phases would be invisible, and
 * the comparison table already gives the dollars.
 */
final class KindComparison {

  private static final double WIDTH = 960;
  private static final double LABEL = 230;
  private static final double TOTAL = 140;
  private static final double ROW = 44;
  private static final double BAR = 30;
  private static final double LABEL_MIN_WIDTH = 52;

  private KindComparison() {}

  static void write(StringBuilder out, List<CostReport> reports) {
    Set<String> kinds = kinds(reports);
    legend(out, kinds);
    double plotW = WIDTH - LABEL - TOTAL;
    double height = ROW * reports.size() + 8;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(height))
        .append("\" role=\"img\" aria-label=\"Monthly cost of each design by cost kind\">\n");
    for (int i = 0; i < reports.size(); i++) {
      CostReport r = reports.get(i);
      double y = 4 + i * ROW;
      out.append("<text x=\"")
          .append(num(LABEL - 12))
          .append("\" y=\"")
          .append(num(y + BAR / 2 + 6))
          .append("\" text-anchor=\"end\" font-size=\"17\" fill=\"#1d2433\"><title>")
          .append(esc(r.design()))
          .append("</title>")
          .append(esc(Html.clip(r.design(), 24)))
          .append("</text>\n");
      double x = LABEL;
      for (String kind : kinds) {
        double usd = r.byKind().getOrDefault(kind, 0.0);
        double w = r.monthlyUsd() > 0 ? usd / r.monthlyUsd() * plotW : 0;
        if (w <= 0) {
          continue;
        }
        segment(out, r, kind, usd, x, y, w);
        x += w;
      }
      out.append("<text x=\"")
          .append(num(LABEL + plotW + 12))
          .append("\" y=\"")
          .append(num(y + BAR / 2 + 6))
          .append("\" font-size=\"17\" font-weight=\"700\" fill=\"#1d2433\">")
          .append(esc(Formats.money(r.monthlyUsd())))
          .append("</text>\n");
    }
    out.append("</svg>\n");
  }

  private static void segment(
      StringBuilder out, CostReport r, String kind, double usd, double x, double y, double w) {
    String colour = Palette.kind(kind);
    String share = Formats.percent(usd / r.monthlyUsd());
    out.append("<g><title>")
        .append(esc(r.design() + " · " + Formats.kindLabel(kind) + ": " + Formats.money(usd)))
        .append(esc(" (" + share + ")"))
        .append("</title><rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(w))
        .append("\" height=\"")
        .append(num(BAR))
        .append("\" fill=\"")
        .append(colour)
        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
    if (w >= LABEL_MIN_WIDTH) {
      out.append("<text x=\"")
          .append(num(x + w / 2))
          .append("\" y=\"")
          .append(num(y + BAR / 2 + 5))
          .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"")
          .append(Palette.textOn(colour))
          .append("\">")
          .append(esc(share))
          .append("</text>");
    }
    out.append("</g>\n");
  }

  private static void legend(StringBuilder out, Set<String> kinds) {
    out.append("<ul class=\"legend\">\n");
    for (String kind : kinds) {
      out.append("<li><span class=\"swatch\" style=\"background:")
          .append(Palette.kind(kind))
          .append("\"></span><span class=\"name\">")
          .append(esc(Formats.kindLabel(kind)))
          .append("</span></li>\n");
    }
    out.append("</ul>\n");
  }

  /** Kinds any design spends on, in the reports' order. */
  static Set<String> kinds(List<CostReport> reports) {
    Set<String> kinds = new LinkedHashSet<>();
    for (CostReport r : reports) {
      for (Map.Entry<String, Double> k : r.byKind().entrySet()) {
        if (k.getValue() > 0) {
          kinds.add(k.getKey());
        }
      }
    }
    return kinds;
  }
}
