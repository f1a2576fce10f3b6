package io.scalelab.phases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.scalelab.simulation.result.FaultResult;
import java.util.List;
import java.util.Locale;

/** The journey as JSON and as a self-contained HTML page a teacher can project. */
public final class JourneyReports {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .enable(SerializationFeature.INDENT_OUTPUT);

  private JourneyReports() {}

  /**
   * {@code {"phases": [{"phase", "name", "users", "runs": {"ownLoad", "nextLoad", "fault"},
   * "bottleneck", "monthlyUsd", "perUserUsd", "verdict"}], "catalogue", "wallSeconds"}}; each run
   * carries the simulation's {@code endToEnd}, {@code availability}, its first bottleneck, its
   * monthly cost and, for the fault run, what each fault did.
   */
  public static String json(JourneyResult journey) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode phases = root.putArray("phases");
    for (JourneyResult.PhaseResult p : journey.phases()) {
      ObjectNode n = phases.addObject();
      n.put("phase", p.phase().number());
      n.put("name", p.phase().title());
      n.put("users", p.phase().users());
      n.put("fixes", p.phase().fixes());
      n.put("breaksNext", p.phase().breaksNext());
      ObjectNode runs = n.putObject("runs");
      runs.set("ownLoad", run(p.ownLoad()));
      runs.set("nextLoad", run(p.nextLoad()));
      runs.set("fault", run(p.fault()));
      p.bottleneck()
          .ifPresent(
              b ->
                  n.putObject("bottleneck")
                      .put("component", b.component())
                      .put("reason", b.reason()));
      n.put("monthlyUsd", p.ownLoad().cost().monthlyUsd());
      n.put("perUserUsd", p.ownLoad().cost().perMonthlyUserUsd());
      n.put("verdict", p.verdict());
    }
    root.put("catalogue", journey.catalogue());
    root.put("wallSeconds", journey.wallSeconds());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a journey always serializes", e);
    }
  }

  private static ObjectNode run(JourneyResult.Run r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("users", r.users());
    n.set("endToEnd", JSON.valueToTree(r.result().endToEnd()));
    n.put("availability", r.result().endToEnd().availability());
    r.firstBottleneck()
        .ifPresent(
            b ->
                n.putObject("bottleneck")
                    .put("component", b.component())
                    .put("reason", b.reason())
                    .put("utilization", b.utilization()));
    n.put("monthlyUsd", r.cost().monthlyUsd());
    n.put("perUserUsd", r.cost().perMonthlyUserUsd());
    if (!r.result().faults().isEmpty()) {
      n.set("faults", JSON.valueToTree(r.result().faults()));
    }
    return n;
  }

  /** One HTML page: the table of phases, their verdicts and cost, no scripts or external files. */
  public static String html(JourneyResult journey) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>ScaleLab journey</title><style>")
        .append(
            "body{font:18px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1200px;color:#1b1f24;padding:0 1rem}")
        .append(
            "h1{font-size:2rem;margin:.2rem 0}table{border-collapse:collapse;width:100%;margin:1rem 0}")
        .append(
            "th,td{padding:.45rem .6rem;border-bottom:1px solid #d0d7de;text-align:right;vertical-align:top}")
        .append(
            "th{background:#f3f5f7;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}")
        .append(
            "td.l,th.l{text-align:left}.bad{color:#b42318;font-weight:600}.ok{color:#067647;font-weight:600}")
        .append(".phase{border-left:6px solid #2f5d8a;padding:.3rem 1rem;margin:1.4rem 0}")
        .append(".phase h2{margin:.2rem 0;font-size:1.35rem}.muted{color:#57606a;font-size:.9rem}")
        .append("</style></head><body>\n");
    h.append(
        "<p class=\"muted\">SCALELAB · THE FIVE-PHASE JOURNEY</p><h1>From one box to two regions</h1>\n");
    h.append("<p class=\"muted\">")
        .append(esc(journey.catalogue()))
        .append(String.format(Locale.ROOT, " · simulated in %.0f s", journey.wallSeconds()))
        .append(
            "</p>\n<table><tr><th class=\"l\">phase</th><th>users</th><th>p50 ms</th><th>p95 ms</th>")
        .append(
            "<th>p99 ms</th><th>errors</th><th>availability</th><th class=\"l\">at the next load</th>")
        .append("<th>under its fault</th><th>$ a month</th><th>$ per user</th></tr>\n");
    for (JourneyResult.PhaseResult p : journey.phases()) {
      var e = p.ownLoad().result().endToEnd();
      h.append("<tr><td class=\"l\"><b>")
          .append(p.phase().number())
          .append(" ")
          .append(esc(p.phase().title()))
          .append("</b></td>")
          .append(td(String.format(Locale.ROOT, "%,d", p.ownLoad().users())))
          .append(td(fmt(e.latencyMs().p50())))
          .append(td(fmt(e.latencyMs().p95())))
          .append(td(fmt(e.latencyMs().p99())))
          .append(td(String.format(Locale.ROOT, "%.2f%%", e.errorRate() * 100)))
          .append(td(String.format(Locale.ROOT, "%.2f%%", e.availability() * 100)))
          .append("<td class=\"l\">")
          .append(
              p.bottleneck()
                  .map(
                      b ->
                          "<span class=\"bad\">"
                              + esc(b.component())
                              + "</span> "
                              + esc(b.reason()))
                  .orElse("<span class=\"ok\">holds</span>"))
          .append(
              String.format(
                  Locale.ROOT,
                  "<br><span class=\"muted\">%,d users, p99 %s ms</span></td>",
                  p.nextLoad().users(),
                  fmt(p.nextLoad().result().endToEnd().latencyMs().p99())))
          .append(
              td(
                  String.format(
                      Locale.ROOT, "%.2f%%", p.fault().result().endToEnd().availability() * 100)))
          .append(td(String.format(Locale.ROOT, "$%,.0f", p.ownLoad().cost().monthlyUsd())))
          .append(td(String.format(Locale.ROOT, "$%.4f", p.ownLoad().cost().perMonthlyUserUsd())))
          .append("</tr>\n");
    }
    h.append("</table>\n");
    for (JourneyResult.PhaseResult p : journey.phases()) {
      h.append("<div class=\"phase\"><h2>Phase ")
          .append(p.phase().number())
          .append(": ")
          .append(esc(p.phase().title()))
          .append("</h2><p><b>Fixes:</b> ")
          .append(esc(p.phase().fixes()))
          .append("<br><b>Breaks next:</b> ")
          .append(esc(p.phase().breaksNext()))
          .append("</p><p>")
          .append(esc(p.verdict()))
          .append("</p>");
      List<FaultResult> faults = p.fault().result().faults();
      if (!faults.isEmpty()) {
        h.append("<p class=\"muted\">");
        for (FaultResult f : faults) {
          h.append(
              esc(
                  String.format(
                      Locale.ROOT,
                      "%s of %s at %.0f s: %,.0f requests failed, last %.0f s after it began. ",
                      f.type(),
                      f.target(),
                      f.atSeconds(),
                      f.failedRequests(),
                      f.recoverySeconds())));
        }
        h.append("</p>");
      }
      h.append("</div>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String td(String s) {
    return "<td>" + s + "</td>";
  }

  private static String fmt(double ms) {
    return String.format(Locale.ROOT, "%,.0f", ms);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
