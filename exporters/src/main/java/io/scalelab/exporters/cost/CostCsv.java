package io.scalelab.exporters.cost;

import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.CostReport;
import java.util.List;
import java.util.Map;

/** The CSV of {@link CostReports#csv}: RFC 4180, one row per design, component and cost kind. */
final class CostCsv {

  static final List<String> HEADER =
      List.of(
          "design",
          "component",
          "type",
          "kind",
          "monthlyUsd",
          "share",
          "catalogueDate",
          "purchase");

  private static final String EOL = "\r\n";

  private CostCsv() {}

  static String write(List<CostReport> reports) {
    var out = new StringBuilder(4096);
    row(out, HEADER);
    for (CostReport r : reports) {
      for (Map.Entry<String, ComponentCost> c : r.components().entrySet()) {
        for (Map.Entry<String, Double> k : c.getValue().byKind().entrySet()) {
          row(
              out,
              List.of(
                  r.design(),
                  c.getKey(),
                  c.getValue().type(),
                  k.getKey(),
                  Formats.decimal(k.getValue()),
                  r.monthlyUsd() > 0 ? Formats.decimal(k.getValue() / r.monthlyUsd()) : "",
                  r.catalogueDate(),
                  r.purchase()));
        }
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(EOL);
  }

  /** A field quoted when RFC 4180 requires it: a comma, a quote or a line break inside. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
