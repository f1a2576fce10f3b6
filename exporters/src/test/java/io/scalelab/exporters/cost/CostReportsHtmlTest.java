package io.scalelab.exporters.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.simulation.result.CostReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CostReportsHtmlTest {

  private static final List<CostReport> REPORTS = SampleReports.two();
  private static final String HTML = CostReports.html(REPORTS);
  private static final Document PAGE = Jsoup.parse(HTML);

  /** Dollars as en-US writes them, independently of the code under test; for $1 and more. */
  private static String dollars(double usd) {
    return String.format(Locale.US, "$%,.2f", usd);
  }

  @Test
  void loadsNothingFromAnywhere() {
    assertThat(PAGE.select("script")).isEmpty();
    assertThat(PAGE.select("link, img, iframe, object, embed")).isEmpty();
    for (Element e : PAGE.select("[src], [href]")) {
      assertThat(e.attr("src") + e.attr("href")).doesNotContainIgnoringCase("http").startsWith("#");
    }
    assertThat(PAGE.select("style").html()).doesNotContain("@import").doesNotContain("url(");
    assertThat(PAGE.getAllElements())
        .allSatisfy(
            e ->
                assertThat(e.attributes().asList())
                    .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
  }

  @Test
  void showsTheCatalogueDateAndPurchaseOptionUpFront() {
    Element header = PAGE.selectFirst("header");

    assertThat(header.selectFirst(".prices .date").text()).isEqualTo(SampleReports.CATALOGUE_DATE);
    assertThat(header.text()).contains("On-Demand");
  }

  @Test
  void marksAnEstimatedPurchaseOption() {
    CostReport r = REPORTS.get(1);
    CostReport saving =
        new CostReport(
            r.design(),
            r.catalogueDate(),
            r.catalogue(),
            "savings-1y",
            "Compute Savings Plan, 1 year (estimate)",
            r.monthlyUsd(),
            r.byComponent(),
            r.components(),
            r.byKind(),
            r.monthlyRequests(),
            r.perMillionRequestsUsd(),
            r.monthlyUsers(),
            r.perMonthlyUserUsd(),
            r.hourlyUsd(),
            r.assumptions(),
            r.unpriced());

    Document page = Jsoup.parse(CostReports.html(List.of(saving)));

    assertThat(page.selectFirst("header .badge.estimate").text()).contains("(estimate)");
  }

  @Test
  void eachComponentsFigureIsTheReportsValue() {
    for (int i = 0; i < REPORTS.size(); i++) {
      CostReport r = REPORTS.get(i);
      Element section = PAGE.getElementById("design-" + (i + 1));
      Element table = section.selectFirst("table.by-component");
      r.components()
          .forEach(
              (id, c) -> {
                Element row = table.selectFirst("tr[data-component=\"" + id + "\"]");
                assertThat(row.selectFirst("td.total").text())
                    .as("%s in %s", id, r.design())
                    .isEqualTo(dollars(c.monthlyUsd()));
              });
      assertThat(table.selectFirst("tfoot td.total").text()).isEqualTo(dollars(r.monthlyUsd()));
    }
  }

  @Test
  void headlineFiguresEqualTheJson() throws Exception {
    for (int i = 0; i < REPORTS.size(); i++) {
      JsonNode json = new ObjectMapper().readTree(CostReports.json(REPORTS.get(i)));
      Element tiles = PAGE.getElementById("design-" + (i + 1)).selectFirst(".tiles");
      List<String> values = tiles.select(".value").eachText();

      assertThat(values.get(0)).isEqualTo(dollars(json.get("monthlyUsd").asDouble()));
      assertThat(values.get(1)).isEqualTo(dollars(json.get("perMillionRequestsUsd").asDouble()));
      assertThat(json.get("perMonthlyUserUsd").asDouble()).isLessThan(1);
      assertThat(values.get(2))
          .isEqualTo(
              "$"
                  + new java.math.BigDecimal(json.get("perMonthlyUserUsd").asDouble())
                      .round(new java.math.MathContext(2))
                      .toPlainString());
    }
  }

  @Test
  void tinyChargesKeepTheirSignificantDigits() {
    Element db = PAGE.getElementById("design-2").select("details").get(4);

    assertThat(db.selectFirst("summary").text()).startsWith("orders-db");
    assertThat(db.select("td").eachText()).contains("$0.0042");
  }

  @Test
  void comparesDesignsOnlyWhenGivenSeveral() {
    Element comparison = PAGE.selectFirst("table.comparison");
    assertThat(comparison.select("tbody tr")).hasSize(2);
    assertThat(comparison.select("tbody tr").get(1).text())
        .contains(REPORTS.get(1).design(), dollars(REPORTS.get(1).monthlyUsd()), "cdn");

    Document single = Jsoup.parse(CostReports.html(REPORTS.subList(0, 1)));
    assertThat(single.select("table.comparison")).isEmpty();
    assertThat(single.select("section.design")).hasSize(1);
  }

  @Test
  void flagsUnpricedCharges() {
    Element warning = PAGE.getElementById("design-1").selectFirst(".warning.unpriced");

    assertThat(warning.text()).contains("1 charge has no price", "RDS backup storage");
    assertThat(PAGE.getElementById("design-2").select(".warning")).isEmpty();
  }

  @Test
  void escapesTheDesignName() {
    assertThat(HTML)
        .doesNotContain(SampleReports.AWKWARD_NAME)
        .doesNotContain("<1>")
        .contains("Phase &lt;1&gt; &amp; &quot;HA&quot;, &#39;quoted&#39;");
    assertThat(PAGE.getElementById("design-1").selectFirst("h2").text())
        .isEqualTo(SampleReports.AWKWARD_NAME);
    assertThat(PAGE.select("table.comparison a").first().text())
        .isEqualTo(SampleReports.AWKWARD_NAME);
  }

  @Test
  void theWholePageAndEachChartAreWellFormedXml() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    assertThatCode(() -> factory.newDocumentBuilder().parse(stream(HTML)))
        .doesNotThrowAnyException();

    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg[\\s>].*?</svg>", Pattern.DOTALL).matcher(HTML);
    while (m.find()) {
      svgs.add(m.group());
    }
    assertThat(svgs).hasSize(1 + 2 * REPORTS.size());
    for (String svg : svgs) {
      var root = factory.newDocumentBuilder().parse(stream(svg)).getDocumentElement();
      assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
      assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+(\\.\\d+)? \\d+(\\.\\d+)?");
    }
  }

  @Test
  void theDayChartLabelsItsAxesWithUnits() {
    Element svg = PAGE.getElementById("design-1").select("svg").get(1);

    assertThat(svg.select("text").eachText())
        .contains("US dollars per hour", "00:00", "12:00", "24:00")
        .anyMatch(t -> t.startsWith("Hour of the day"));
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(() -> CostReports.html(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
