package io.scalelab.exporters.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.result.CostReport;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CostReportsCsvTest {

  private static final List<CostReport> REPORTS = SampleReports.two();

  private static List<CSVRecord> parse(String csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      assertThat(parser.getHeaderNames())
          .startsWith("design", "component", "type", "kind", "monthlyUsd")
          .contains("share", "catalogueDate", "purchase");
      return parser.getRecords();
    }
  }

  @Test
  void hasOneRowPerComponentAndCostKind() throws IOException {
    List<CSVRecord> rows = parse(CostReports.csv(REPORTS));

    int expected =
        REPORTS.stream()
            .flatMap(r -> r.components().values().stream())
            .mapToInt(c -> c.byKind().size())
            .sum();
    assertThat(rows).hasSize(expected);
    for (CostReport r : REPORTS) {
      r.components()
          .forEach(
              (id, c) ->
                  c.byKind()
                      .forEach(
                          (kind, usd) ->
                              assertThat(
                                      rows.stream()
                                          .filter(
                                              row ->
                                                  row.get("design").equals(r.design())
                                                      && row.get("component").equals(id)
                                                      && row.get("kind").equals(kind)))
                                  .singleElement()
                                  .satisfies(
                                      row -> {
                                        assertThat(row.get("type")).isEqualTo(c.type());
                                        assertThat(Double.parseDouble(row.get("monthlyUsd")))
                                            .isCloseTo(usd, within(1e-6));
                                      })));
    }
  }

  @Test
  void rowsOfEachDesignSumToItsMonthlyTotalWithinACent() throws IOException {
    Map<String, Double> sums = new HashMap<>();
    Map<String, Double> shares = new HashMap<>();
    for (CSVRecord row : parse(CostReports.csv(REPORTS))) {
      sums.merge(row.get("design"), Double.parseDouble(row.get("monthlyUsd")), Double::sum);
      shares.merge(row.get("design"), Double.parseDouble(row.get("share")), Double::sum);
    }
    for (CostReport r : REPORTS) {
      assertThat(sums.get(r.design())).isCloseTo(r.monthlyUsd(), within(0.01));
      assertThat(shares.get(r.design())).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void designNamesWithQuotesAndCommasSurviveTheRoundTrip() throws IOException {
    String csv = CostReports.csv(REPORTS);

    assertThat(parse(csv).get(0).get("design")).isEqualTo(SampleReports.AWKWARD_NAME);
    assertThat(csv).contains("\"Phase <1> & \"\"HA\"\", 'quoted'\"");
    assertThat(csv).endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void numbersUseADotAndTwoToSixDecimalsWhateverTheLocale() throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      for (CSVRecord row : parse(CostReports.csv(REPORTS))) {
        assertThat(row.get("monthlyUsd")).matches("\\d+\\.\\d{2,6}");
        assertThat(row.get("share")).matches("\\d+\\.\\d{2,6}");
        assertThat(row.get("catalogueDate")).isEqualTo(SampleReports.CATALOGUE_DATE);
        assertThat(row.get("purchase")).isEqualTo("on-demand");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void noReportsGiveTheHeaderAlone() throws IOException {
    String csv = CostReports.csv(List.of());

    assertThat(parse(csv)).isEmpty();
    assertThat(csv).startsWith("design,component,type,kind,monthlyUsd,");
  }
}
