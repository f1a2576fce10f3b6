package io.scalelab.exporters.cost;

import static io.scalelab.exporters.cost.Html.esc;
import static io.scalelab.exporters.cost.Html.num;

import java.util.List;
import java.util.Locale;

/**
 * Cost per hour over a typical day: an area of 24 flat steps (each hour is one figure, so no line
 * pretends to know what happens between them), the day's average as a dashed line, labelled axes.
 */
final class DayChart {

  private static final double WIDTH = 960;
  private static final double HEIGHT = 340;
  private static final double LEFT = 96;
  private static final double RIGHT = 24;
  private static final double TOP = 20;
  private static final double BOTTOM = 64;
  private static final String COLOUR = "#2f5d9b";

  private DayChart() {}

  static void write(StringBuilder out, List<Double> hourlyUsd) {
    double max = hourlyUsd.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double step = niceStep(max / 5);
    double top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    int hours = hourlyUsd.size();
    out.append("<figure class=\"chart\">\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(HEIGHT))
        .append("\" role=\"img\" aria-label=\"Cost per hour over a typical day\">\n");
    yAxis(out, step, top, plotW, plotH);
    xAxis(out, plotW, plotH);
    if (hours > 0) {
      var area = new StringBuilder("M" + num(LEFT) + "," + num(TOP + plotH));
      var line = new StringBuilder();
      for (int h = 0; h < hours; h++) {
        double y = TOP + plotH - hourlyUsd.get(h) / top * plotH;
        double x0 = LEFT + plotW * h / hours;
        double x1 = LEFT + plotW * (h + 1) / hours;
        area.append(" L").append(num(x0)).append(',').append(num(y));
        area.append(" L").append(num(x1)).append(',').append(num(y));
        line.append(h == 0 ? "M" : " L").append(num(x0)).append(',').append(num(y));
        line.append(" L").append(num(x1)).append(',').append(num(y));
      }
      area.append(" L").append(num(LEFT + plotW)).append(',').append(num(TOP + plotH)).append(" Z");
      out.append("<path d=\"")
          .append(area)
          .append("\" fill=\"")
          .append(COLOUR)
          .append("\" fill-opacity=\"0.18\"/>\n")
          .append("<path d=\"")
          .append(line)
          .append("\" fill=\"none\" stroke=\"")
          .append(COLOUR)
          .append("\" stroke-width=\"2.5\"/>\n");
      average(out, hourlyUsd, top, plotW, plotH);
    }
    out.append("</svg>\n");
    note(out, hourlyUsd);
    out.append("</figure>\n");
  }

  /** The figures a reader looks for under the chart: average, busiest and quietest hour. */
  private static void note(StringBuilder out, List<Double> hourlyUsd) {
    if (hourlyUsd.isEmpty()) {
      return;
    }
    int peak = 0;
    int low = 0;
    for (int h = 1; h < hourlyUsd.size(); h++) {
      peak = hourlyUsd.get(h) > hourlyUsd.get(peak) ? h : peak;
      low = hourlyUsd.get(h) < hourlyUsd.get(low) ? h : low;
    }
    double avg = hourlyUsd.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    out.append("<figcaption class=\"chart-note\"><span class=\"dash\"></span>average ")
        .append(esc(Formats.money(avg)))
        .append(" per hour · busiest ")
        .append(esc(Formats.money(hourlyUsd.get(peak))))
        .append(" at ")
        .append(hour(peak, hourlyUsd.size()))
        .append(" · quietest ")
        .append(esc(Formats.money(hourlyUsd.get(low))))
        .append(" at ")
        .append(hour(low, hourlyUsd.size()))
        .append("</figcaption>\n");
  }

  private static String hour(int h, int hours) {
    return String.format(Locale.ROOT, "%02d:00–%02d:00", h * 24 / hours, (h + 1) * 24 / hours);
  }

  private static void average(
      StringBuilder out, List<Double> hourlyUsd, double top, double plotW, double plotH) {
    double avg = hourlyUsd.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double y = TOP + plotH - avg / top * plotH;
    out.append("<line x1=\"")
        .append(num(LEFT))
        .append("\" x2=\"")
        .append(num(LEFT + plotW))
        .append("\" y1=\"")
        .append(num(y))
        .append("\" y2=\"")
        .append(num(y))
        .append("\" stroke=\"#1d2433\" stroke-width=\"1.5\" stroke-dasharray=\"6 5\"/>\n");
  }

  private static void yAxis(
      StringBuilder out, double step, double top, double plotW, double plotH) {
    int ticks = (int) Math.round(top / step);
    for (int i = 0; i <= ticks; i++) {
      double v = i * step;
      double y = TOP + plotH - v / top * plotH;
      out.append("<line x1=\"")
          .append(num(LEFT))
          .append("\" x2=\"")
          .append(num(LEFT + plotW))
          .append("\" y1=\"")
          .append(num(y))
          .append("\" y2=\"")
          .append(num(y))
          .append("\" stroke=\"")
          .append(i == 0 ? "#1d2433" : "#d8dde6")
          .append("\" stroke-width=\"1\"/>\n")
          .append("<text x=\"")
          .append(num(LEFT - 10))
          .append("\" y=\"")
          .append(num(y + 5))
          .append("\" text-anchor=\"end\" font-size=\"15\" fill=\"#3b4354\">")
          .append(esc(Formats.axisMoney(v, step)))
          .append("</text>\n");
    }
    out.append("<text transform=\"translate(20,")
        .append(num(TOP + plotH / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"15\" fill=\"#3b4354\">")
        .append("US dollars per hour</text>\n");
  }

  private static void xAxis(StringBuilder out, double plotW, double plotH) {
    double base = TOP + plotH;
    for (int h = 0; h <= 24; h += 3) {
      double x = LEFT + plotW * h / 24;
      out.append("<line x1=\"")
          .append(num(x))
          .append("\" x2=\"")
          .append(num(x))
          .append("\" y1=\"")
          .append(num(base))
          .append("\" y2=\"")
          .append(num(base + 6))
          .append("\" stroke=\"#1d2433\"/>\n")
          .append("<text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(base + 24))
          .append("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#3b4354\">")
          .append(String.format(Locale.ROOT, "%02d:00", h))
          .append("</text>\n");
    }
    out.append("<text x=\"")
        .append(num(LEFT + plotW / 2))
        .append("\" y=\"")
        .append(num(HEIGHT - 8))
        .append("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#3b4354\">")
        .append("Hour of the day (00:00–24:00)</text>\n");
  }

  /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}: ticks people read at a glance. */
  static double niceStep(double raw) {
    if (!(raw > 0) || !Double.isFinite(raw)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw - 1e-12) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
