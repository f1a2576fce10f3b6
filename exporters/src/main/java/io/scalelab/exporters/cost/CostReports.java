package io.scalelab.exporters.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.scalelab.model.file.AtomicFiles;
import io.scalelab.simulation.result.CostReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Cost reports as files people read: CSV for spreadsheets, one HTML page with charts, JSON for
 * scripts. Reports come from {@code CostModel.estimate(..)}; several reports (the five phases, say)
 * go side by side. Amounts are US dollars a month of 730 hours. Every method is linear in the
 * number of components and charges.
 */
public final class CostReports {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private CostReports() {}

  /**
   * The CSV text (RFC 4180: comma separated, CRLF line ends, quoted where needed) of one or more
   * designs' costs: a header, then one row per design, component and cost kind the component has,
   * in design order. Columns: {@code design, component, type, kind, monthlyUsd, share,
   * catalogueDate, purchase}; {@code share} is the row's fraction of its design's total (0 to 1),
   * empty when the total is zero. Numbers use a dot and two to six decimals whatever the locale.
   * Components with no charges have no rows.
   *
   * @param reports the designs, in the order they are to appear; may be empty (header only)
   */
  public static String csv(List<CostReport> reports) {
    return CostCsv.write(reports);
  }

  /**
   * One self-contained HTML5 page (inline CSS and SVG, no scripts, nothing fetched from anywhere)
   * showing each design's cost: the prices' date and purchase option, headline figures, a bar by
   * component, tables by component and kind and by charge, the cost per hour over a typical day,
   * the assumptions and anything left unpriced. With more than one report it opens with a
   * comparison table and a chart of the designs by cost kind. All text is escaped.
   *
   * @param reports one or more designs, in the order they are to appear
   * @throws IllegalArgumentException if {@code reports} is empty
   */
  public static String html(List<CostReport> reports) {
    return CostHtml.page(reports);
  }

  /** The JSON text of a report, the same as the {@code cost} field of a result file. */
  public static String json(CostReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a cost report always serializes", e);
    }
  }

  /** Several cost reports as one JSON document: {@code {"reports": [...]}}, in the given order. */
  public static String json(List<CostReport> reports) {
    try {
      return JSON.writeValueAsString(java.util.Map.of("reports", reports));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a cost report always serializes", e);
    }
  }

  /**
   * Writes {@code text} (from {@link #csv}, {@link #html} or {@link #json}) to {@code file} as
   * UTF-8, atomically: a reader never sees half a report, and a failed write leaves the old one.
   */
  public static void write(Path file, String text) throws IOException {
    AtomicFiles.writeString(file, text);
  }
}
