package io.scalelab.app.gui.results;

import io.scalelab.simulation.result.EndToEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The end-to-end figures of a result, as the panel lists them (the CLI summary's first lines). */
final class EndToEndFigures {

  private EndToEndFigures() {}

  static List<Figure> of(EndToEnd e, int replications) {
    List<Figure> f = new ArrayList<>();
    f.add(new Figure("requests", String.format(Locale.ROOT, "%,d", e.requests())));
    f.add(
        new Figure(
            "throughput", String.format(Locale.ROOT, "%,.1f req/s", e.throughputPerSecond())));
    f.add(new Figure("error rate", String.format(Locale.ROOT, "%.3f %%", e.errorRate() * 100)));
    f.add(
        new Figure("availability", String.format(Locale.ROOT, "%.4f %%", e.availability() * 100)));
    f.add(new Figure("mean latency", ms(e.latencyMs().mean())));
    if (e.ci95().latencyMeanMs().size() == 2) {
      f.add(
          new Figure(
              "95% interval of the mean",
              String.format(
                  Locale.ROOT,
                  "%.1f – %.1f ms (%d replications)",
                  e.ci95().latencyMeanMs().get(0),
                  e.ci95().latencyMeanMs().get(1),
                  replications)));
    }
    f.add(
        new Figure(
            "queueing-network estimate of the mean",
            e.analytic().meanLatencyMs().isPresent()
                ? ms(e.analytic().meanLatencyMs().getAsDouble())
                : "none (a station is saturated)"));
    f.add(new Figure("p50 latency", ms(e.latencyMs().p50())));
    f.add(new Figure("p95 latency", ms(e.latencyMs().p95())));
    f.add(new Figure("p99 latency", ms(e.latencyMs().p99())));
    f.add(new Figure("max latency", ms(e.latencyMs().max())));
    if (!e.errors().isEmpty()) {
      f.add(new Figure("errors by cause", e.errors().toString()));
    }
    return f;
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, "%.1f ms", v);
  }

  static String seconds(double s) {
    if (s >= 60 && s % 60 == 0) {
      return (long) (s / 60) + " min";
    }
    return String.format(Locale.ROOT, "%.0f s", s);
  }
}
