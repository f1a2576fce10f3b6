package io.scalelab.app.cli;

import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.CostLine;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.Unpriced;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A cost report for the terminal: totals, components with their lines, assumptions. */
final class CostTable {

  private final PrintWriter out;

  CostTable(PrintWriter out) {
    this.out = out;
  }

  void print(CostReport c) {
    out.printf(Locale.ROOT, "%s: $%,.2f a month%n", c.design(), c.monthlyUsd());
    out.printf(
        Locale.ROOT,
        "  %,.0f requests a month: $%,.4f per 1M requests; %,d users: $%,.4f per user%n",
        c.monthlyRequests(),
        c.perMillionRequestsUsd(),
        c.monthlyUsers(),
        c.perMonthlyUserUsd());
    out.printf(
        Locale.ROOT,
        "  %s; AWS prices of %s (%s)%n%n",
        c.purchaseLabel(),
        c.catalogueDate(),
        c.catalogue());
    out.printf(Locale.ROOT, "%-22s %-14s %12s %7s%n", "component", "type", "$/month", "share");
    for (Map.Entry<String, ComponentCost> e : c.components().entrySet()) {
      ComponentCost cc = e.getValue();
      if (cc.lines().isEmpty()) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-22s %-14s %12s %6.1f%%%n",
          e.getKey(),
          cc.type(),
          money(cc.monthlyUsd()),
          c.monthlyUsd() > 0 ? cc.monthlyUsd() / c.monthlyUsd() * 100 : 0);
      for (CostLine l : cc.lines()) {
        out.printf(
            Locale.ROOT,
            "    %-58s %14s %-12s %12s%n",
            l.item(),
            quantity(l.monthlyQuantity()),
            l.unit(),
            money(l.monthlyUsd()));
      }
    }
    out.println();
    out.print("By kind ");
    c.byKind()
        .forEach(
            (k, v) -> {
              if (v > 0) {
                out.printf(Locale.ROOT, " %s %s", k, money(v));
              }
            });
    out.println();
    List<Unpriced> unpriced = c.unpriced();
    if (!unpriced.isEmpty()) {
      out.println();
      out.println("Not priced (left out of the totals):");
      unpriced.forEach(
          u -> out.printf(Locale.ROOT, "  %s: %s: %s%n", u.component(), u.item(), u.reason()));
    }
    out.println();
    out.println("Assumptions:");
    c.assumptions().forEach(a -> out.println("  - " + a));
  }

  static String money(double usd) {
    return usd != 0 && Math.abs(usd) < 0.01
        ? String.format(Locale.ROOT, "$%.4f", usd)
        : String.format(Locale.ROOT, "$%,.2f", usd);
  }

  private static String quantity(double q) {
    return q >= 100
        ? String.format(Locale.ROOT, "%,.0f", q)
        : String.format(Locale.ROOT, "%,.3f", q);
  }
}
