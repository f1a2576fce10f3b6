package io.scalelab.exporters.cost;

import static io.scalelab.exporters.cost.Html.esc;

import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.CostLine;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.Unpriced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One design's part of the page: headline figures, what is left unpriced, the bar by component, the
 * tables by component and kind and by charge, the day's curve and the assumptions.
 */
final class DesignSection {

  private DesignSection() {}

  static void write(StringBuilder out, CostReport r, String anchor, boolean single) {
    out.append("<section class=\"design\" id=\"").append(anchor).append("\">\n");
    if (!single) {
      out.append("<h2>").append(esc(r.design())).append("</h2>\n");
      CostHtml.pricesLine(out, r);
    }
    tiles(out, r);
    unpriced(out, r.unpriced());
    out.append("<h3>Where the money goes</h3>\n");
    ComponentBar.write(out, r);
    out.append("<h3>By component and kind</h3>\n");
    byComponent(out, r);
    out.append("<h3>Charges of each component</h3>\n");
    lines(out, r);
    out.append("<h3>Cost over a typical day</h3>\n")
        .append("<p>What each hour of a day costs, following the workload's daily curve;")
        .append(" a month is this day 30.4 times.</p>\n");
    DayChart.write(out, r.hourlyUsd());
    out.append("<h3>Assumptions</h3>\n<ol class=\"assumptions\">\n");
    for (String a : r.assumptions()) {
      out.append("<li>").append(esc(a)).append("</li>\n");
    }
    out.append("</ol>\n");
    if (r.unpriced().isEmpty()) {
      out.append("<p class=\"ok\">Every charge found a price in the catalogue.</p>\n");
    }
    out.append("</section>\n");
  }

  private static void tiles(StringBuilder out, CostReport r) {
    out.append("<div class=\"tiles\">\n");
    tile(out, "total", "Monthly total", Formats.money(r.monthlyUsd()), "US dollars a month");
    tile(
        out, "", "Per 1M requests", CostHtml.perMillion(r), "US dollars per million user requests");
    tile(
        out,
        "",
        "Per monthly user",
        CostHtml.perUser(r),
        Formats.count(r.monthlyUsers()) + " monthly active users");
    tile(out, "", "Monthly requests", Formats.count(r.monthlyRequests()), "user requests a month");
    out.append("</div>\n");
  }

  private static void tile(StringBuilder out, String cls, String label, String value, String note) {
    out.append("<div class=\"tile")
        .append(cls.isEmpty() ? "" : " " + cls)
        .append("\"><span class=\"label\">")
        .append(esc(label))
        .append("</span><span class=\"value\">")
        .append(esc(value))
        .append("</span><span class=\"note\">")
        .append(esc(note))
        .append("</span></div>\n");
  }

  private static void unpriced(StringBuilder out, List<Unpriced> unpriced) {
    if (unpriced.isEmpty()) {
      return;
    }
    out.append("<div class=\"warning unpriced\" role=\"note\">\n<strong>⚠ ")
        .append(unpriced.size())
        .append(unpriced.size() == 1 ? " charge has" : " charges have")
        .append(" no price in the catalogue</strong> and ")
        .append(unpriced.size() == 1 ? "is" : "are")
        .append(" left out of every figure here: the real bill is higher.\n")
        .append("<table>\n<thead><tr><th>Component</th><th>Charge</th><th>Why</th></tr></thead>\n")
        .append("<tbody>\n");
    for (Unpriced u : unpriced) {
      out.append("<tr><td>")
          .append(esc(u.component()))
          .append("</td><td>")
          .append(esc(u.item()))
          .append("</td><td>")
          .append(esc(u.reason()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private static void byComponent(StringBuilder out, CostReport r) {
    List<String> kinds = new ArrayList<>(KindComparison.kinds(List.of(r)));
    for (ComponentCost c : r.components().values()) {
      for (String k : c.byKind().keySet()) {
        if (!kinds.contains(k)) {
          kinds.add(k);
        }
      }
    }
    out.append("<table class=\"by-component\">\n<thead><tr><th>Component</th>");
    for (String k : kinds) {
      out.append("<th class=\"num\">").append(esc(Formats.kindLabel(k))).append("</th>");
    }
    out.append(
        "<th class=\"num\">Monthly</th><th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, ComponentCost> e : r.components().entrySet()) {
      ComponentCost c = e.getValue();
      out.append("<tr data-component=\"")
          .append(esc(e.getKey()))
          .append("\"><th scope=\"row\">")
          .append(esc(e.getKey()))
          .append(" <span class=\"type\">")
          .append(esc(c.type()))
          .append("</span></th>");
      for (String k : kinds) {
        Double v = c.byKind().get(k);
        out.append(v == null ? "<td class=\"num empty\">–" : "<td class=\"num\">" + money(v))
            .append("</td>");
      }
      out.append("<td class=\"num total\"><strong>")
          .append(money(c.monthlyUsd()))
          .append("</strong></td><td class=\"num\">")
          .append(esc(Formats.percent(c.monthlyUsd() / r.monthlyUsd())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n<tfoot><tr><th scope=\"row\">Total</th>");
    for (String k : kinds) {
      out.append("<td class=\"num\">")
          .append(money(r.byKind().getOrDefault(k, 0.0)))
          .append("</td>");
    }
    out.append("<td class=\"num total\">")
        .append(money(r.monthlyUsd()))
        .append("</td><td class=\"num\">100%</td></tr></tfoot>\n</table>\n");
  }

  private static void lines(StringBuilder out, CostReport r) {
    for (Map.Entry<String, ComponentCost> e : r.components().entrySet()) {
      ComponentCost c = e.getValue();
      if (c.lines().isEmpty()) {
        continue;
      }
      out.append("<details>\n<summary><span>")
          .append(esc(e.getKey()))
          .append(" <span class=\"type\">")
          .append(esc(c.type()))
          .append(" · ")
          .append(c.lines().size())
          .append(c.lines().size() == 1 ? " charge" : " charges")
          .append("</span></span><span class=\"fig\">")
          .append(money(c.monthlyUsd()))
          .append("</span></summary>\n<table>\n<thead><tr><th>Kind</th><th>Charge</th>")
          .append("<th class=\"num\">Quantity a month</th><th>Price</th>")
          .append("<th class=\"num\">Monthly</th></tr></thead>\n<tbody>\n");
      for (CostLine l : c.lines()) {
        out.append("<tr><td>")
            .append(esc(Formats.kindLabel(l.kind().fileName())))
            .append("</td><td>")
            .append(esc(l.item()))
            .append("</td><td class=\"num\">")
            .append(esc(Formats.quantity(l.monthlyQuantity()) + " " + l.unit()))
            .append("</td><td>")
            .append(esc(l.price()))
            .append("</td><td class=\"num\">")
            .append(money(l.monthlyUsd()))
            .append(l.discounted() ? "<br/><span class=\"discounted\">discounted</span>" : "")
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</details>\n");
    }
  }

  private static String money(double usd) {
    return esc(Formats.money(usd));
  }
}
