package io.scalelab.simulation.price;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One product of a Price List {@code GetProducts} answer (format {@code aws_v1}): its SKU,
 * attributes and on-demand price. Each {@code PriceList} element is a JSON document in a string:
 *
 * <pre>{@code
 * {"product": {"productFamily": ..., "attributes": {...}, "sku": "..."},
 *  "terms": {"OnDemand": {"<sku>.<offerTermCode>": {"effectiveDate": "2025-11-01T00:00:00Z",
 *    "priceDimensions": {"<rateCode>": {"unit": "Hrs", "beginRange": "0", "endRange": "Inf",
 *      "pricePerUnit": {"USD": "0.0960000000"}, "description": ...}}}}}}
 * }</pre>
 *
 * @param sku the Price List SKU
 * @param attributes every attribute of the product
 * @param unit the unit all price dimensions share
 * @param tiers the price dimensions as tiers, ordered by {@code beginRange}
 * @param effectiveDate the on-demand term's effective date
 */
record PriceListItem(
    String sku,
    Map<String, String> attributes,
    String unit,
    List<Tier> tiers,
    LocalDate effectiveDate) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Parses one {@code PriceList} element.
   *
   * @throws PriceException saying what is wrong with it, without naming the catalogue's product
   *     (the caller does)
   */
  static PriceListItem parse(String json) throws PriceException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new PriceException("the answer holds a PriceList item that is not JSON: " + oneLine(e));
    }
    if (root == null || !root.isObject()) {
      throw new PriceException("the answer holds a product that is not a JSON object");
    }
    JsonNode product = root.path("product");
    String sku = text(product, "sku", "product.sku");
    Map<String, String> attributes = new TreeMap<>();
    for (Map.Entry<String, JsonNode> a : product.path("attributes").properties()) {
      attributes.put(a.getKey(), a.getValue().asText());
    }

    JsonNode onDemand = root.path("terms").path("OnDemand");
    if (!onDemand.isObject() || onDemand.isEmpty()) {
      throw new PriceException("product " + sku + " has no OnDemand term");
    }
    if (onDemand.size() > 1) {
      throw new PriceException(
          "product " + sku + " has " + onDemand.size() + " OnDemand terms; expected one");
    }
    JsonNode term = onDemand.elements().next();
    LocalDate effective = date(text(term, "effectiveDate", "effectiveDate"), sku);

    JsonNode dimensions = term.path("priceDimensions");
    if (!dimensions.isObject() || dimensions.isEmpty()) {
      throw new PriceException("product " + sku + " has no priceDimensions in its OnDemand term");
    }
    String unit = null;
    List<Tier> tiers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> d : dimensions.properties()) {
      String where = "product " + sku + " price dimension " + d.getKey();
      JsonNode dim = d.getValue();
      String u = text(dim, "unit", where + " unit");
      if (unit != null && !unit.equals(u)) {
        throw new PriceException(
            "product " + sku + " has prices in two units, " + unit + " and " + u);
      }
      unit = u;
      double begin = number(text(dim, "beginRange", where + " beginRange"), where + " beginRange");
      String endText = text(dim, "endRange", where + " endRange");
      double end =
          endText.equals("Inf") ? Double.POSITIVE_INFINITY : number(endText, where + " endRange");
      double usd =
          number(text(dim.path("pricePerUnit"), "USD", where + " pricePerUnit.USD"), where);
      try {
        tiers.add(new Tier(begin, end, usd));
      } catch (IllegalArgumentException e) {
        throw new PriceException(where + ": " + e.getMessage());
      }
    }
    tiers.sort(Comparator.comparingDouble(Tier::startUsage));
    return new PriceListItem(sku, attributes, unit, tiers, effective);
  }

  private static String text(JsonNode node, String field, String where) throws PriceException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new PriceException("the answer's " + where + " is missing or not a string");
    }
    return v.asText();
  }

  private static double number(String text, String where) throws PriceException {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new PriceException(where + ": found " + text + "; expected a number");
    }
  }

  /** Price List dates are instants like {@code 2025-11-01T00:00:00Z}; the day is what counts. */
  private static LocalDate date(String text, String sku) throws PriceException {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new PriceException(
          "product " + sku + " effectiveDate: found " + text + "; expected a date");
    }
  }

  private static String oneLine(JsonProcessingException e) {
    var loc = e.getLocation();
    return e.getOriginalMessage().lines().findFirst().orElse("")
        + (loc == null ? "" : " (column " + loc.getColumnNr() + ")");
  }
}
