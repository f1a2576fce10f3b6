package io.scalelab.exporters.cost;

import static io.scalelab.exporters.cost.Html.esc;
import static io.scalelab.exporters.cost.Html.num;

import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.CostReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One horizontal bar, the month's total, cut into a segment per component, biggest first; segments
 * wide enough carry their share, and a legend below gives each one's dollars and share (its type is
 * in the table that follows, so the legend stays one line per component).
 */
final class ComponentBar {

  private static final double WIDTH = 960;
  private static final double HEIGHT = 64;
  private static final double LABEL_MIN_WIDTH = 56;

  private record Segment(String id, String type, double usd, String colour) {}

  private ComponentBar() {}

  static void write(StringBuilder out, CostReport r) {
    List<Segment> segments = segments(r);
    double total = segments.stream().mapToDouble(Segment::usd).sum();
    out.append("<figure class=\"chart\">\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(HEIGHT))
        .append("\" role=\"img\" aria-label=\"Monthly cost by component\">\n");
    if (total <= 0) {
      out.append("<rect x=\"0\" y=\"0\" width=\"960\" height=\"64\" fill=\"#eeeeee\"/>\n")
          .append("<text x=\"480\" y=\"38\" text-anchor=\"middle\" font-size=\"18\">")
          .append("Nothing priced</text>\n");
    }
    double x = 0;
    for (Segment s : segments) {
      double w = total > 0 ? s.usd() / total * WIDTH : 0;
      String share = Formats.percent(s.usd() / total);
      out.append("<g><title>")
          .append(esc(s.id() + ": " + Formats.money(s.usd()) + " a month (" + share + ")"))
          .append("</title>")
          .append("<rect x=\"")
          .append(num(x))
          .append("\" y=\"0\" width=\"")
          .append(num(w))
          .append("\" height=\"")
          .append(num(HEIGHT))
          .append("\" fill=\"")
          .append(s.colour())
          .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
      if (w >= LABEL_MIN_WIDTH) {
        out.append("<text x=\"")
            .append(num(x + w / 2))
            .append("\" y=\"")
            .append(num(HEIGHT / 2 + 7))
            .append("\" text-anchor=\"middle\" font-size=\"19\" font-weight=\"700\" fill=\"")
            .append(Palette.textOn(s.colour()))
            .append("\">")
            .append(esc(share))
            .append("</text>");
      }
      out.append("</g>\n");
      x += w;
    }
    out.append("</svg>\n");
    legend(out, segments, total);
    out.append("</figure>\n");
  }

  private static void legend(StringBuilder out, List<Segment> segments, double total) {
    out.append("<ul class=\"legend\">\n");
    for (Segment s : segments) {
      out.append("<li><span class=\"swatch\" style=\"background:")
          .append(s.colour())
          .append("\"></span><span class=\"name\">")
          .append(esc(s.id()))
          .append("</span><span class=\"fig\">")
          .append(esc(Formats.money(s.usd())))
          .append(" · ")
          .append(esc(Formats.percent(s.usd() / total)))
          .append("</span></li>\n");
    }
    out.append("</ul>\n");
  }

  /** Components that cost something, biggest first; colours follow that order. */
  private static List<Segment> segments(CostReport r) {
    List<Map.Entry<String, ComponentCost>> priced = new ArrayList<>();
    for (var e : r.components().entrySet()) {
      if (e.getValue().monthlyUsd() > 0) {
        priced.add(e);
      }
    }
    priced.sort(
        Comparator.comparingDouble(
                (Map.Entry<String, ComponentCost> e) -> e.getValue().monthlyUsd())
            .reversed());
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < priced.size(); i++) {
      var e = priced.get(i);
      segments.add(
          new Segment(
              e.getKey(), e.getValue().type(), e.getValue().monthlyUsd(), Palette.component(i)));
    }
    return segments;
  }
}
