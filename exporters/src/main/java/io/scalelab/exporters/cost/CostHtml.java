package io.scalelab.exporters.cost;

import static io.scalelab.exporters.cost.Html.esc;

import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.CostReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML page of {@link CostReports#html}: a header with the prices' date, a comparison when
 * there are several designs, then one section per design. The page is polyglot markup (also
 * well-formed XML) with its CSS inline and its charts as inline SVG, so it opens anywhere, offline.
 */
final class CostHtml {

  private static final String CSS = css();

  private CostHtml() {}

  static String page(List<CostReport> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a cost report needs at least one design; got none");
    }
    boolean single = reports.size() == 1;
    String title =
        single
            ? "Cost report: " + reports.get(0).design()
            : "Cost comparison of " + reports.size() + " designs";
    var out = new StringBuilder(65_536);
    out.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"ScaleLab\"/>\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n")
        .append("<p class=\"kicker\">ScaleLab · monthly cost estimate</p>\n")
        .append("<h1>")
        .append(esc(title))
        .append("</h1>\n");
    prices(out, reports);
    out.append("</header>\n");
    if (!single) {
      comparison(out, reports);
    }
    for (int i = 0; i < reports.size(); i++) {
      DesignSection.write(out, reports.get(i), anchor(i), single);
    }
    out.append("<footer>Made by ScaleLab from a simulation of each design. Amounts are US dollars")
        .append(" a month of 730 hours, before tax, with no free tier deducted.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** The prices' date and source, once if every design used the same catalogue. */
  private static void prices(StringBuilder out, List<CostReport> reports) {
    CostReport first = reports.get(0);
    boolean same =
        reports.stream()
            .allMatch(
                r ->
                    r.catalogueDate().equals(first.catalogueDate())
                        && r.catalogue().equals(first.catalogue())
                        && r.purchaseLabel().equals(first.purchaseLabel()));
    if (same) {
      pricesLine(out, first);
    } else {
      out.append("<p class=\"prices\">Prices differ between designs: ")
          .append("each section gives its own catalogue date and purchase option.</p>\n");
    }
  }

  static void pricesLine(StringBuilder out, CostReport r) {
    out.append("<p class=\"prices\">AWS prices of <span class=\"date\">")
        .append(esc(r.catalogueDate()))
        .append("</span> <span class=\"source\">(")
        .append(esc(r.catalogue()))
        .append(")</span> · ");
    purchaseBadge(out, r);
    out.append("</p>\n");
  }

  static void purchaseBadge(StringBuilder out, CostReport r) {
    boolean estimate = r.purchaseLabel().toLowerCase(Locale.ROOT).contains("estimate");
    out.append("<span class=\"badge")
        .append(estimate ? " estimate" : "")
        .append("\" title=\"")
        .append(esc(r.purchase()))
        .append("\">")
        .append(esc(r.purchaseLabel()))
        .append("</span>");
  }

  private static void comparison(StringBuilder out, List<CostReport> reports) {
    out.append("<section id=\"comparison\">\n<h2>Designs compared</h2>\n")
        .append("<table class=\"comparison\">\n<thead><tr><th>Design</th>")
        .append("<th class=\"num\">Monthly total</th><th class=\"num\">Per 1M requests</th>")
        .append("<th class=\"num\">Per monthly user</th><th>Biggest component</th></tr></thead>\n")
        .append("<tbody>\n");
    for (int i = 0; i < reports.size(); i++) {
      CostReport r = reports.get(i);
      out.append("<tr><td><a href=\"#")
          .append(anchor(i))
          .append("\">")
          .append(esc(r.design()))
          .append("</a></td><td class=\"num\"><strong>")
          .append(esc(Formats.money(r.monthlyUsd())))
          .append("</strong></td><td class=\"num\">")
          .append(esc(perMillion(r)))
          .append("</td><td class=\"num\">")
          .append(esc(perUser(r)))
          .append("</td><td>");
      Optional<Map.Entry<String, ComponentCost>> biggest = biggest(r);
      if (biggest.isPresent()) {
        double usd = biggest.get().getValue().monthlyUsd();
        out.append(esc(biggest.get().getKey()))
            .append(" <span class=\"type\">")
            .append(esc(Formats.money(usd)))
            .append(" · ")
            .append(esc(Formats.percent(usd / r.monthlyUsd())))
            .append("</span>");
      } else {
        out.append(Formats.NONE);
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<h3>What each design spends on</h3>\n")
        .append(
            "<p>Each bar is one design's month split by cost kind; its total is on the right.</p>\n")
        .append("<figure class=\"chart\">\n");
    KindComparison.write(out, reports);
    out.append("</figure>\n</section>\n");
  }

  static String perMillion(CostReport r) {
    return r.monthlyRequests() > 0 ? Formats.money(r.perMillionRequestsUsd()) : Formats.NONE;
  }

  static String perUser(CostReport r) {
    return r.monthlyUsers() > 0 ? Formats.money(r.perMonthlyUserUsd()) : Formats.NONE;
  }

  static Optional<Map.Entry<String, ComponentCost>> biggest(CostReport r) {
    return r.components().entrySet().stream()
        .filter(e -> e.getValue().monthlyUsd() > 0)
        .max(Comparator.comparingDouble(e -> e.getValue().monthlyUsd()));
  }

  static String anchor(int index) {
    return "design-" + (index + 1);
  }

  private static String css() {
    try (InputStream in = CostHtml.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the exporters jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
